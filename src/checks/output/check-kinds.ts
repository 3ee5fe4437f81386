import { checkCardPdf, checkCardPng } from './card-files.ts';
import { checkBrf } from './brf.ts';
import type { CheckFinding } from './finding.ts';
import type { ManifestFile } from './manifest.ts';
import { checkPdf } from './pdf.ts';
import { checkPrintBooklet } from './print-booklet.ts';
import { checkTextFile } from './text-file.ts';

/** Checks one published file's bytes against its manifest entry. */
export type FileCheck = (target: string, bytes: Uint8Array, expected: ManifestFile) => Promise<CheckFinding[]>;

const pdfExpectations = ({ lang, minTextSize, text }: ManifestFile) => ({
  ...(lang ? { lang } : {}),
  ...(minTextSize ? { minTextSize } : {}),
  ...(text ? { text } : {}),
});

/**
 * Every check kind a manifest entry can name. A format's files say which kind verifies
 * them; a new kind of file gets a new entry here (and a broken fixture it must fail).
 */
export const CHECK_KINDS: Record<string, FileCheck> = {
  /** Tagged PDF: structure, language, text size, the source's text, actions. */
  pdf: (target, bytes, expected) => checkPdf(target, bytes, pdfExpectations(expected)),
  /** A card for a printer: a tagged PDF with trim and bleed boxes. */
  'card-pdf': async (target, bytes, expected) => [
    ...(await checkPdf(target, bytes, pdfExpectations(expected))),
    ...(await checkCardPdf(target, bytes, expected)),
  ],
  /**
   * A print-only booklet (imposed pages for staff to print and fold): no tags required, since
   * imposition scrambles reading order; sheet size, whole sheets, language, title, fonts, text
   * size, and the text read back in booklet order.
   */
  'print-booklet-pdf': (target, bytes, expected) => checkPrintBooklet(target, bytes, pdfExpectations(expected)),
  /** A card image: size at 300 ppi and 7:1 contrast. */
  'card-png': async (target, bytes, expected) => checkCardPng(target, bytes, expected),
  /**
   * A Braille-ready file: Braille ASCII only, CR LF line ends, at most 40 cells a line and 25
   * lines a page, and the charter's words read back with liblouis, each language with its table.
   */
  brf: (target, bytes, expected) => checkBrf(target, bytes, expected),
  /** Plain text: UTF-8 and the source's text in order. */
  text: async (target, bytes, expected) => checkTextFile(target, bytes, expected),
};

/** The kind's check, or one finding saying the manifest names a kind this checker lacks (never skipped silently). */
export async function checkFile(target: string, bytes: Uint8Array, expected: ManifestFile): Promise<CheckFinding[]> {
  const check = CHECK_KINDS[expected.check];
  if (check) return check(target, bytes, expected);
  return [
    {
      format: expected.format,
      tool: 'manifest',
      target,
      rule: 'unknown-check-kind',
      severity: 'error',
      wcag: [],
      message: `The manifest asks for a "${expected.check}" check, which this checker does not have.`,
    },
  ];
}

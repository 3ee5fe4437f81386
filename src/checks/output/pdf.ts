import { execFileSync } from 'node:child_process';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
  PDFHexString,
  decodePDFRawStream,
} from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CheckFinding } from './finding.ts';
import { unsafeActions } from './pdf-actions.ts';
import { pdfTextItems } from './pdf-text.ts';

/**
 * Machine-checkable PDF/UA-1 conditions (formats-standards §4.2, §8) read back from the
 * bytes with pdf-lib (catalog), pdf.js (structure, text, annotations — what Firefox gives
 * screen readers) and poppler (fonts). No veraPDF or PAC can be installed here, so this is
 * not a conformance verdict; a manual PAC/veraPDF pass is still needed.
 */
export interface PdfExpectations {
  /** Smallest text size allowed, in pt (the profile's body size). */
  minTextSize?: number;
  lang?: string;
  /** Text runs (paragraphs, items, cells) that must appear whole and in order. */
  text?: string[];
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

const HELP = 'https://www.pdfa.org/resource/the-matterhorn-protocol/';
/** ISO 32000-1 (the copy Adobe publishes), §12.6 Actions: what each action type does. */
const ACTIONS_HELP = 'https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf';

export async function checkPdf(file: string, bytes: Uint8Array, expected: PdfExpectations = {}): Promise<CheckFinding[]> {
  const findings: CheckFinding[] = [];
  const add = (rule: string, wcag: string[], pdfua: string, message: string, element?: string) =>
    findings.push({
      format: 'pdf',
      tool: 'pdf',
      target: file,
      rule,
      severity: 'error',
      wcag,
      pdfua,
      message,
      help: HELP,
      ...(element ? { element } : {}),
    });

  // Catalog: tagging, language, title display, XMP identification.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = doc.catalog;
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  if (markInfo?.lookupMaybe(PDFName.of('Marked'), PDFBool)?.asBoolean() !== true)
    add('pdf-tagged', ['1.3.1'], '7.1', 'The PDF is not marked as tagged (MarkInfo /Marked true).');
  const treeRoot = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const rootKids = treeRoot?.lookup(PDFName.of('K'));
  const firstKid = rootKids instanceof PDFArray ? rootKids.lookup(0) : rootKids;
  if (!treeRoot) add('pdf-struct-tree', ['1.3.1'], '7.1', 'The PDF has no structure tree (StructTreeRoot).');
  else if (!(firstKid instanceof PDFDict) || firstKid.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText() !== 'Document')
    add('pdf-struct-root', ['1.3.1'], '7.1', 'The structure tree does not start with a Document element.');
  const lang = catalog.lookup(PDFName.of('Lang'));
  const langText = lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined;
  if (!langText) add('pdf-lang', ['3.1.1'], '7.2', 'The document has no language (catalog /Lang).');
  else if (expected.lang && langText !== expected.lang)
    add('pdf-lang', ['3.1.1'], '7.2', `The document language is "${langText}", expected "${expected.lang}".`);
  const prefs = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  if (prefs?.lookupMaybe(PDFName.of('DisplayDocTitle'), PDFBool)?.asBoolean() !== true)
    add('pdf-display-title', ['2.4.2'], '7.1', 'Viewers are not told to show the document title (ViewerPreferences /DisplayDocTitle).');
  if (!doc.getTitle()) add('pdf-title', ['2.4.2'], '7.1', 'The document has no title.');
  const metadata = catalog.lookup(PDFName.of('Metadata'));
  const xmp =
    metadata instanceof PDFRawStream
      ? Buffer.from(decodePDFRawStream(metadata).decode()).toString('utf8')
      : metadata instanceof PDFStream
        ? Buffer.from(metadata.getContents()).toString('utf8')
        : '';
  if (!/<pdfuaid:part>1<\/pdfuaid:part>|pdfuaid:part="1"/.test(xmp))
    add('pdf-xmp-pdfua', [], '5', 'The XMP metadata does not identify the file as PDF/UA-1 (pdfuaid:part).');

  // Actions: only links the reader follows (https, http, mailto, tel); no scripts, launches,
  // form submissions or actions that run on their own. Not a PDF/UA-1 clause (no WCAG
  // criterion either): a security rule for every file we publish (see pdf-actions.ts).
  for (const problem of unsafeActions(doc)) {
    findings.push({
      format: 'pdf',
      tool: 'pdf',
      target: file,
      rule: problem.rule,
      severity: 'error',
      wcag: [],
      message: problem.message,
      element: problem.element,
      help: ACTIONS_HELP,
    });
  }

  // Structure, text and annotations as pdf.js reads them.
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const headings: number[] = [];
  const extracted: string[] = [];
  let smallest: { size: number; text: string; page: number } | undefined;
  const walk = (node: StructNode | null | undefined, path: string) => {
    if (!node) return;
    const role = node.role ?? '';
    const kids = (node.children ?? []).filter((child) => child.role);
    const heading = /^H([1-6])$/.exec(role);
    if (heading) headings.push(Number(heading[1]));
    if (role === 'Figure' && !node.alt?.trim()) add('pdf-figure-alt', ['1.1.1'], '7.3', 'A Figure has no alternative text (/Alt).', path);
    if (role === 'L' && kids.some((kid) => kid.role !== 'LI' && kid.role !== 'Caption'))
      add('pdf-list-structure', ['1.3.1'], '7.6', 'A list (L) contains something other than list items (LI).', path);
    if (role === 'LI' && kids.some((kid) => kid.role !== 'Lbl' && kid.role !== 'LBody'))
      add('pdf-list-structure', ['1.3.1'], '7.6', 'A list item (LI) contains something other than Lbl and LBody.', path);
    if (role === 'Table' && kids.some((kid) => !['TR', 'THead', 'TBody', 'TFoot', 'Caption'].includes(kid.role ?? '')))
      add('pdf-table-structure', ['1.3.1'], '7.5', 'A Table contains something other than rows.', path);
    if (role === 'TR' && kids.some((kid) => kid.role !== 'TH' && kid.role !== 'TD'))
      add('pdf-table-structure', ['1.3.1'], '7.5', 'A table row (TR) contains something other than TH and TD cells.', path);
    for (const [index, child] of kids.entries()) walk(child, `${path} > ${child.role}[${index}]`);
  };
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    walk((await page.getStructTree()) as StructNode | null, `page ${number}`);
    for (const item of await pdfTextItems(page)) {
      if (!smallest || item.size < smallest.size) smallest = { size: item.size, text: item.text, page: number };
      if (item.tag !== 'Artifact') extracted.push(item.text);
    }
    for (const annotation of await page.getAnnotations()) {
      const contents = (annotation as { contentsObj?: { str?: string } }).contentsObj?.str;
      if (annotation.subtype === 'Link' && !contents?.trim())
        add('pdf-link-contents', ['2.4.4'], '7.18.5', 'A link annotation has no /Contents describing it.', `page ${number}`);
    }
  }
  await pdf.destroy();
  headings.forEach((level, index) => {
    const previous = index === 0 ? 0 : (headings[index - 1] ?? 0);
    if (level > previous + 1)
      add(
        'pdf-heading-order',
        ['1.3.1'],
        '7.4.2',
        `Heading level ${level} follows level ${previous}: a level is skipped.`,
        `heading ${index + 1}`,
      );
  });
  if (expected.minTextSize && smallest && smallest.size < expected.minTextSize - 0.01) {
    add(
      'pdf-text-size',
      ['1.4.4'],
      '',
      `Text at ${smallest.size.toFixed(1)} pt is below this edition's ${expected.minTextSize} pt minimum (UKAAF): "${smallest.text}" on page ${smallest.page}.`,
    );
  }
  const missing = expected.text && firstMissingRun(extracted, expected.text);
  if (missing)
    add('pdf-text-match', ['1.3.1'], '7.1', `Text from the source is missing, garbled or out of order: "${missing.slice(0, 60)}".`);

  for (const problem of fontProblems(bytes)) add(problem.rule, problem.wcag, problem.pdfua, problem.message, problem.element);
  return findings;
}

/**
 * The first run of `expected` (paragraphs, items, cells) not found whole and in order in the
 * extracted text, spaces ignored (line breaks differ), or undefined when all are there.
 */
export function firstMissingRun(extracted: readonly string[], expected: readonly string[]): string | undefined {
  const squash = (text: string) => text.replace(/\s+/g, '');
  const all = squash(extracted.join(''));
  let from = 0;
  for (const run of expected.map(squash).filter(Boolean)) {
    const at = all.indexOf(run, from);
    if (at < 0) return run;
    from = at + run.length;
  }
  return undefined;
}

/** A font that is not embedded, or has no Unicode map, as poppler's pdffonts lists it. */
export interface FontProblem {
  rule: 'pdf-font-embedded' | 'pdf-font-unicode';
  wcag: string[];
  pdfua: string;
  message: string;
  /** The pdffonts row. */
  element: string;
}

/** Fonts: embedded, with Unicode maps (PDF/UA-1 7.21.3.1, 7.21.7), those inside Form XObjects too. */
export function fontProblems(bytes: Uint8Array): FontProblem[] {
  const fonts = execFileSync('pdffonts', ['-'], { input: bytes, encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return fonts.flatMap((row): FontProblem[] => {
    const [emb, , uni] = row.trim().split(/\s+/).slice(-5, -2);
    const element = row.trim();
    return [
      ...(emb === 'yes'
        ? []
        : [{ rule: 'pdf-font-embedded' as const, wcag: [], pdfua: '7.21.3.1', message: 'A font is not embedded.', element }]),
      ...(uni === 'yes'
        ? []
        : [
            {
              rule: 'pdf-font-unicode' as const,
              wcag: ['1.3.1'],
              pdfua: '7.21.7',
              message: 'A font has no ToUnicode map: its text cannot be extracted reliably.',
              element,
            },
          ]),
    ];
  });
}

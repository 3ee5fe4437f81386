import type { CheckFinding } from './finding.ts';

/** ISO 32000-1 (the copy Adobe publishes): §7.5.2 the header, §7.5.5 the trailer. */
const PDF_HELP = 'https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf';

/**
 * Why a PDF's envelope is broken, or undefined: it must start with `%PDF-` (ISO 32000-1
 * §7.5.2) and end with `%%EOF` on its last line (§7.5.5), which a file cut short lacks. Some
 * readers repair such a file silently and others refuse it, so either way it is not the file
 * that was checked; pdf.js and pdf-lib may also throw on it, which must not stop the run.
 */
export function pdfEnvelopeProblem(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (head !== '%PDF-') return 'it does not start with %PDF- (ISO 32000-1 §7.5.2): it is not a PDF';
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 32))).toString('latin1');
  if (!/%%EOF[\r\n]*$/.test(tail)) return 'it does not end with %%EOF (ISO 32000-1 §7.5.5): it was cut short, or damaged';
  return undefined;
}

/**
 * A published file the checks cannot read: a finding (it fails the run, and the run goes on
 * to every other file), never a crash. `pdf-unreadable` for PDFs, `file-unreadable` else.
 */
export function unreadableFinding(target: string, format: string, why: string): CheckFinding {
  const pdf = target.endsWith('.pdf');
  return {
    format,
    tool: pdf ? 'pdf' : 'manifest',
    target,
    rule: pdf ? 'pdf-unreadable' : 'file-unreadable',
    severity: 'error',
    wcag: [],
    message: `The file cannot be read: ${why}. Nothing else in it could be checked. Fix: rebuild with npm run build and publish its whole output.`,
    ...(pdf ? { help: PDF_HELP } : {}),
  };
}

/** An error's message, first line only (pdf.js and pdf-lib errors can run to many lines). */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? text).slice(0, 300);
}

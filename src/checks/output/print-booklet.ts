import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CheckFinding } from './finding.ts';
import { firstMissingRun, fontProblems } from './pdf.ts';
import { unsafeActions } from './pdf-actions.ts';
import { pdfTextItems, type PdfTextItem } from './pdf-text.ts';

/** What a print-only booklet should be, from the manifest. */
export interface PrintBookletExpectations {
  lang?: string;
  /** The smallest text allowed on its pages, in pt (the edition's body size). */
  minTextSize?: number;
  /** The edition's text, in reading order: read back from the sheets in booklet order. */
  text?: string[];
}

/** A4 landscape in pt (ISO 216), within half a point. */
const SHEET = { width: 841.89, height: 595.28, tolerance: 0.5 };
const HELP = 'https://www.pdfa.org/resource/the-matterhorn-protocol/';

/**
 * The A5 page numbers (from 1) on side `side` (from 0) of a booklet of `sides` sides, left
 * then right: sheet k's front has pages n − 2k and 2k + 1, its back 2k + 2 and n − 1 − 2k,
 * where n = 2 × sides (saddle-stitch order, printed on both sides and flipped on the short edge).
 */
export function bookletPages(side: number, sides: number): [number, number] {
  const n = 2 * sides;
  const sheet = Math.floor(side / 2);
  return side % 2 === 0 ? [n - 2 * sheet, 2 * sheet + 1] : [2 * sheet + 2, n - 1 - 2 * sheet];
}

/**
 * A print-only booklet (an imposed file for staff to print and fold: two A5 pages side by side
 * on each side of A4 landscape, in booklet order). Imposition scrambles reading order, so the
 * file cannot be tagged truthfully and is not required to be (formats-standards §7.2: the
 * imposition PDF "need not be tagged"; readers get the tagged clear-print PDF). What it must
 * be: every side A4 landscape; whole sheets (an even number of sides); a language and a title
 * (saying it is for printing); no actions; embedded fonts with Unicode maps; no text below the
 * edition's size; and the edition's text, read back half-side by half-side in booklet order,
 * whole and in reading order, which proves the imposition put every page in its place.
 */
export async function checkPrintBooklet(
  target: string,
  bytes: Uint8Array,
  expected: PrintBookletExpectations = {},
): Promise<CheckFinding[]> {
  const findings: CheckFinding[] = [];
  const add = (rule: string, wcag: string[], message: string, element?: string) =>
    findings.push({
      format: 'pdf',
      tool: 'pdf',
      target,
      rule,
      severity: 'error',
      wcag,
      message,
      help: HELP,
      ...(element ? { element } : {}),
    });

  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const lang = doc.catalog.lookup(PDFName.of('Lang'));
  const langText = lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined;
  if (!langText) add('pdf-lang', ['3.1.1'], 'The document has no language (catalog /Lang).');
  else if (expected.lang && langText !== expected.lang)
    add('pdf-lang', ['3.1.1'], `The document language is "${langText}", expected "${expected.lang}".`);
  if (!doc.getTitle()) add('pdf-title', ['2.4.2'], 'The document has no title.');
  for (const problem of unsafeActions(doc)) add(problem.rule, [], problem.message, problem.element);

  const sides = doc.getPages();
  sides.forEach((page, index) => {
    const { width, height } = page.getSize();
    const rotated = page.getRotation().angle % 180 !== 0;
    if (Math.abs(width - SHEET.width) > SHEET.tolerance || Math.abs(height - SHEET.height) > SHEET.tolerance || rotated)
      add(
        'print-sheet-size',
        [],
        `Side ${index + 1} is ${width.toFixed(1)} × ${height.toFixed(1)} pt${rotated ? ', rotated' : ''}; a booklet side is A4 landscape (841.9 × 595.3 pt).`,
      );
  });
  if (sides.length === 0 || sides.length % 2 !== 0)
    add(
      'print-sheet-count',
      [],
      `The booklet has ${sides.length} sides: printed on both sides, it needs whole sheets (an even number of sides, A5 pages a multiple of 4).`,
    );

  const { pages, smallest } = await bookletText(bytes, sides.length);
  if (expected.minTextSize && smallest && smallest.size < expected.minTextSize - 0.01)
    add(
      'pdf-text-size',
      ['1.4.4'],
      `Text at ${smallest.size.toFixed(1)} pt is below this edition's ${expected.minTextSize} pt minimum (UKAAF): "${smallest.text}".`,
    );
  const missing = expected.text && firstMissingRun(pages, expected.text);
  if (missing)
    add(
      'print-booklet-order',
      ['1.3.1'],
      `Read in booklet order, text from the source is missing, garbled or out of order: "${missing.slice(0, 60)}".`,
    );
  for (const problem of fontProblems(bytes)) add(problem.rule, problem.wcag, problem.message, problem.element);
  return findings;
}

/**
 * The text of each A5 page in reading order: each side's items split at the fold into its
 * left and right page, placed by `bookletPages`. Page furniture marked as artifacts is left
 * out, as in a tagged PDF's check.
 */
async function bookletText(bytes: Uint8Array, sides: number): Promise<{ pages: string[]; smallest?: PdfTextItem }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = Array.from({ length: 2 * sides }, () => '');
  let smallest: PdfTextItem | undefined;
  for (let side = 0; side < pdf.numPages; side += 1) {
    const page = await pdf.getPage(side + 1);
    const [, , width] = page.view as [number, number, number, number];
    const [left, right] = bookletPages(side, sides);
    for (const item of await pdfTextItems(page)) {
      if (!smallest || item.size < smallest.size) smallest = item;
      if (item.tag === 'Artifact') continue;
      const number = item.x < width / 2 ? left : right;
      pages[number - 1] += item.text;
    }
  }
  await pdf.destroy();
  return { pages, ...(smallest ? { smallest } : {}) };
}

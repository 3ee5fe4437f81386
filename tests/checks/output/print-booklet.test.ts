/**
 * The `print-booklet-pdf` check kind, proven on the real clear-print booklet and on broken
 * ones it must fail: an unimposed A5 file, pages imposed in reading order instead of booklet
 * order, half a sheet missing, no language or title, text below the edition's size.
 */
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../../src/checks/output/check-kinds.ts';
import type { CheckFinding } from '../../../src/checks/output/finding.ts';
import { bookletPages } from '../../../src/checks/output/print-booklet.ts';
import { loadCharterFile } from '../../../src/model/load-charter.ts';
import { publishContext } from '../../../src/outputs/context.ts';
import { CLEAR_PRINT_BOOKLET_PDF } from '../../../src/outputs/formats/clear-print-booklet.ts';
import { pdfContextFor } from '../../../src/outputs/formats/pdf-editions.ts';
import type { FileExpectations } from '../../../src/outputs/types.ts';
import { CLEAR_PRINT_A5, renderPdfWithInfo } from '../../../src/renderers/pdf/index.ts';
import { FIXTURES } from '../../helpers/paths.ts';

const doc = loadCharterFile(path.join(FIXTURES, 'valid/every-block-type/charter.mdx'));
const context = publishContext();
const [file] = CLEAR_PRINT_BOOKLET_PDF.files(doc, context);
const expected = file?.expect as FileExpectations;
const rules = (findings: CheckFinding[]) => findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule);
const check = (bytes: Uint8Array, expect: Partial<FileExpectations> = {}) =>
  checkFile('x-clear-print-booklet.pdf', bytes, { format: CLEAR_PRINT_BOOKLET_PDF.id, ...expected, ...expect });
const save = (pdf: PDFDocument) => pdf.save({ useObjectStreams: false });

/** The A5 pages imposed two to a side in reading order (1 | 2, 3 | 4 …): whole sheets, the wrong order. */
async function inReadingOrder(a5: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const pages = await pdf.embedPages((await PDFDocument.load(a5)).getPages());
  const padded = Math.ceil(pages.length / 4) * 4;
  for (let at = 0; at < padded; at += 2) {
    const side = pdf.addPage([841.89, 595.28]);
    [pages[at], pages[at + 1]].forEach(
      (page, column) => page && side.drawPage(page, { x: 420.945 - page.width + column * page.width, y: 0 }),
    );
  }
  pdf.setTitle('Wrong order');
  pdf.setLanguage(doc.lang);
  return save(pdf);
}

describe('the print-booklet-pdf check kind', () => {
  let booklet: Uint8Array;
  let a5: Uint8Array;
  beforeAll(async () => {
    booklet = (await file!.render()).bytes;
    a5 = (await renderPdfWithInfo(doc, CLEAR_PRINT_A5, pdfContextFor(doc, context))).bytes;
  });

  it('is what the format asks the manifest for, with the clear print’s text and size', () => {
    expect(expected).toMatchObject({ check: 'print-booklet-pdf', lang: doc.lang, minTextSize: 14 });
    expect(expected.text?.length).toBeGreaterThan(5);
  });

  it('passes the real booklet, untagged as it is, where the tagged-PDF check would fail it', async () => {
    expect(await check(booklet)).toEqual([]);
    expect(rules(await check(booklet, { check: 'pdf' }))).toEqual(expect.arrayContaining(['pdf-tagged', 'pdf-struct-tree']));
  });

  it('reads side s as the pages booklet order puts there (8 pages: 8 | 1, 2 | 7, 6 | 3, 4 | 5)', () => {
    expect([0, 1, 2, 3].map((side) => bookletPages(side, 4))).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
  });

  it('reports A5 pages that were never imposed: not A4 landscape sides', async () => {
    expect(rules(await check(a5))).toContain('print-sheet-size');
  });

  it('reports pages imposed in reading order, not booklet order', async () => {
    const found = rules(await check(await inReadingOrder(a5)));
    expect(found).toContain('print-booklet-order');
    expect(found).not.toContain('print-sheet-size');
  });

  it('reports half a sheet missing (an odd number of sides)', async () => {
    const pdf = await PDFDocument.load(booklet);
    pdf.removePage(pdf.getPageCount() - 1);
    expect(rules(await check(await save(pdf)))).toContain('print-sheet-count');
  });

  it('reports a booklet with no language or title', async () => {
    const pdf = await PDFDocument.load(booklet, { updateMetadata: false });
    pdf.catalog.delete(PDFName.of('Lang'));
    pdf.setTitle('');
    expect(rules(await check(await save(pdf)))).toEqual(expect.arrayContaining(['pdf-lang', 'pdf-title']));
  });

  it('reports text below the edition’s size', async () => {
    expect(rules(await check(booklet, { minTextSize: 16 }))).toContain('pdf-text-size');
  });
});

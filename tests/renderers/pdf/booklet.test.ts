/**
 * The clear-print A5 booklet (src/renderers/pdf/booklet.ts): booklet order, the A5 clear
 * print it imposes (tagged, A5, 14 pt, inside its margins), and the imposed file read back
 * with poppler: A4 landscape sides, a multiple of 4 A5 pages, each half-side holding the A5
 * page booklet order puts there, and a print-only file (untagged, titled, /Lang, no PDF/UA
 * claim, duplex on the short edge).
 */
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartersDir, loadAllCharters } from '../../../src/model/load-charter.ts';
import { blocksText } from '../../../src/model/text.ts';
import { bookletOrder, renderClearPrintBooklet, type RenderedBooklet } from '../../../src/renderers/pdf/booklet.ts';
import { CLEAR_PRINT_A5, renderPdfWithInfo } from '../../../src/renderers/pdf/index.ts';
import { inkOutside, poppler, readPdf, toFile, type ParsedPdf } from '../../helpers/pdf.ts';

const context = {
  pageUrl: 'https://charters.example.org/charters/fixture/',
  formatRequest: { email: 'formats@fixture.example', phone: '0300 123 4567' },
};
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const squash = (text: string) => text.replace(/\s+/g, '');
const charters = loadAllCharters(chartersDir());

describe('bookletOrder', () => {
  it('puts n and 1 on the first side, 2 and n − 1 on the second, and so on inwards', () => {
    expect(bookletOrder(8)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
  });

  it('pads with blank pages (null) to a multiple of 4, at the end before the back cover', () => {
    expect(bookletOrder(6)).toEqual([
      [null, 1],
      [2, null],
      [6, 3],
      [4, 5],
    ]);
    expect(bookletOrder(1)).toEqual([
      [null, 1],
      [null, null],
    ]);
  });

  it('places every page once, on whole sheets', () => {
    for (let pages = 1; pages <= 40; pages += 1) {
      const sides = bookletOrder(pages);
      expect(sides.length % 2).toBe(0);
      expect((sides.length * 2) % 4).toBe(0);
      expect(
        sides
          .flat()
          .filter((page) => page !== null)
          .sort((a, b) => a - b),
      ).toEqual(Array.from({ length: pages }, (_, index) => index + 1));
    }
  });
});

describe.each(
  charters
    .filter((doc) => ['oxfordshire-care-and-support', 'dundee-social-work-customer-care'].includes(doc.id))
    .map((doc) => [doc.id, doc] as const),
)('the clear-print booklet of %s', (_id, doc) => {
  let a5: { bytes: Uint8Array; pageCount: number; file: string; pdf: ParsedPdf };
  let booklet: RenderedBooklet & { file: string };
  beforeAll(async () => {
    const rendered = await renderPdfWithInfo(doc, CLEAR_PRINT_A5, context);
    a5 = { ...rendered, file: toFile(rendered.bytes), pdf: await readPdf(rendered.bytes) };
    const imposed = await renderClearPrintBooklet(doc, context);
    booklet = { ...imposed, file: toFile(imposed.bytes) };
  });

  it('lays the clear print out at A5, tagged, at 14 pt, with every word in order and nothing outside its margins', () => {
    const info = poppler('pdfinfo', [a5.file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+419\.5\d+ x 595\.2\d+ pts$/m);
    for (const page of a5.pdf.pages) for (const item of page.items) expect(item.size, item.text).toBeGreaterThanOrEqual(14 - 0.01);
    const extracted = squash(
      a5.pdf.pages.flatMap((page) => page.items.filter((item) => item.tag !== 'Artifact').map((item) => item.text)).join(''),
    );
    let from = 0;
    for (const run of blocksText(doc.blocks, { printed: true }).map(squash).filter(Boolean)) {
      const at = extracted.indexOf(run, from);
      expect(at, `"${run.slice(0, 60)}" missing or out of order`).toBeGreaterThanOrEqual(0);
      from = at + run.length;
    }
    const margins = inkOutside(a5.file, CLEAR_PRINT_A5.margin);
    expect(margins).toEqual(margins.map(() => 0));
  });

  it('puts each A5 page number on the outer edge: right on odd (right-hand) pages, left on even ones', () => {
    expect(a5.pageCount).toBeGreaterThan(1);
    a5.pdf.pages.forEach((page, index) => {
      const number = page.items.filter((item) => item.tag === 'Artifact' && /\d+\D+\d+/.test(item.text)).at(-1);
      expect(number, `page ${index + 1} has a page number`).toBeDefined();
      const { x, width } = number!;
      if ((index + 1) % 2 === 1) expect(x + width, `page ${index + 1}`).toBeGreaterThan(page.width - CLEAR_PRINT_A5.margin.right - 1);
      else expect(x, `page ${index + 1}`).toBeLessThan(CLEAR_PRINT_A5.margin.left + 1);
    });
  });

  it('imposes it on A4 landscape sides, a multiple of 4 A5 pages, sheets printed on both sides', () => {
    const info = poppler('pdfinfo', [booklet.file]);
    const sides = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(info).toMatch(/^Page size:\s+841\.89\d* x 595\.2\d+ pts \(A4\)$/m);
    expect(booklet.pages).toBe(a5.pageCount);
    expect((sides * 2) % 4).toBe(0);
    expect(sides * 2).toBeGreaterThanOrEqual(a5.pageCount);
    expect(sides * 2 - a5.pageCount).toBeLessThan(4);
    expect(booklet.sheets).toBe(sides / 2);
  });

  it('holds on each half-side the A5 page booklet order puts there, read back with pdftotext', () => {
    const sides = bookletOrder(a5.pageCount);
    const a5Text = (page: number) => normalise(poppler('pdftotext', ['-f', String(page), '-l', String(page), a5.file, '-']));
    const half = (side: number, column: 0 | 1) =>
      normalise(
        poppler('pdftotext', [
          '-f',
          String(side),
          '-l',
          String(side),
          '-x',
          String(column * 421),
          '-y',
          '0',
          '-W',
          '421',
          '-H',
          '596',
          booklet.file,
          '-',
        ]),
      );
    sides.forEach(([left, right], index) => {
      expect(half(index + 1, 0), `side ${index + 1}, left`).toBe(left === null ? '' : a5Text(left));
      expect(half(index + 1, 1), `side ${index + 1}, right`).toBe(right === null ? '' : a5Text(right));
    });
    // Side 1 is the back cover (the last page, or a blank) and the front cover: the title on the right.
    expect(half(1, 1).startsWith(normalise(doc.title))).toBe(true);
  });

  it('is a print-only file: untagged, no PDF/UA claim, titled as for printing only, with /Lang, duplex on the short edge', async () => {
    const info = poppler('pdfinfo', [booklet.file]);
    expect(info).toMatch(/^Tagged:\s+no$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+.*${doc.title.slice(0, 30)}.*: clear print A5 booklet, for printing only$`, 'm'));
    expect(poppler('pdfinfo', ['-meta', booklet.file])).not.toContain('pdfuaid:part>');
    const pdf = await PDFDocument.load(booklet.bytes, { updateMetadata: false });
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFHexString).decodeText()).toBe(doc.lang);
    expect(pdf.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeUndefined();
    const preferences = pdf.catalog.getViewerPreferences();
    expect(preferences?.getDuplex()).toBe('DuplexFlipShortEdge');
    expect(preferences?.getPrintScaling()).toBe('None');
  });
});

/**
 * `paginate` on hand-made flows with a fake measurer, on a small page where the numbers are
 * easy to follow: every character is 10 pt wide at 10 pt, so a line holds one 9-letter word
 * (10 characters with its space), and the content box holds exactly 10 lines of 10 pt.
 */
import { describe, expect, it } from 'vitest';
import { paginate } from '../../../../src/renderers/pdf/layout/paginate.ts';
import type { FlowItem, LaidOutPage, RowItem, StructNode, TextItem } from '../../../../src/renderers/pdf/layout/types.ts';
import { LARGE_PRINT, type PdfProfile } from '../../../../src/renderers/pdf/profiles.ts';
import type { Measurer } from '../../../../src/renderers/tagged-pdf/measure.ts';

const measure: Measurer = { ascent: 0.8, width: (text, _bold, size) => [...text].length * size };
const SIZE = 10;
/** Content box: x 20–120, y 10–110 (bottom margin 5 + footer 5): 10 lines of 10 pt. */
const profile: PdfProfile = {
  ...LARGE_PRINT,
  page: { width: 130, height: 120 },
  margin: { top: 10, right: 10, bottom: 5, left: 20 },
  footerHeight: 5,
  bodySize: SIZE,
  leading: 1,
};
const TOP = 110;
/** Where the first baseline of a page sits: centred leading, 0.8 of the size above the baseline. */
const FIRST_BASELINE = TOP - 0.8 * SIZE;

let nextId = 1;
const node = (type: StructNode['type'] = 'P'): StructNode => ({ id: nextId++, type, parent: null });

/** Words of 9 letters named after the item, so each line of the result says where it came from. */
const words = (name: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => `${name}${String(index + 1).padStart(9 - name.length, '0')}`);

/** A text item of `lines` lines (one word a line). */
function para(name: string, lines: number, options: Partial<TextItem> = {}): TextItem {
  return {
    kind: 'text',
    runs: [{ text: words(name, lines).join(' '), bold: false, struct: node() }],
    size: SIZE,
    indent: 0,
    spaceBefore: 0,
    keepWithNext: false,
    rules: [],
    ...options,
  };
}

/** A table row of single-column cells, each of `lines` lines. */
function row(name: string, lines: number, options: Partial<RowItem> = {}): RowItem {
  const td = node('TD');
  return {
    kind: 'row',
    cells: [{ runs: [{ text: words(name, lines).join(' '), bold: false, struct: td }], struct: td, x: 0, width: 100 }],
    size: SIZE,
    spaceBefore: 0,
    isHeader: false,
    keepWithNext: false,
    rules: [],
    ...options,
  };
}

/** Each page's lines as text, repeated (artifact) lines marked. */
function linesOf(pages: readonly LaidOutPage[]): string[][] {
  return pages.map((page) =>
    page.placed.flatMap((placed) =>
      placed.kind === 'line'
        ? [
            `${placed.segments
              .map((segment) => segment.text)
              .join('')
              .trim()}${placed.artifact ? ' (artifact)' : ''}`,
          ]
        : [],
    ),
  );
}

const run = (items: FlowItem[]) => paginate(items, profile, measure);

describe('paginate', () => {
  it('fills a page with lines and starts another when it is full', () => {
    const pages = run(Array.from({ length: 25 }, (_, index) => para(`p${index + 1}-`, 1)));
    expect(pages).toHaveLength(3);
    expect(linesOf(pages).map((lines) => lines.length)).toEqual([10, 10, 5]);
  });

  it('returns one empty page for an empty flow', () => {
    expect(run([])).toEqual([{ placed: [] }]);
  });

  it('keeps every line inside the content box', () => {
    const pages = run([para('a', 7), para('b', 8, { spaceBefore: 10 }), para('c', 9, { spaceBefore: 10 })]);
    for (const page of pages) {
      for (const placed of page.placed) {
        if (placed.kind !== 'line') continue;
        expect(placed.baseline).toBeLessThanOrEqual(FIRST_BASELINE);
        expect(placed.baseline - 0.2 * SIZE).toBeGreaterThanOrEqual(10);
        expect(placed.x).toBe(profile.margin.left);
      }
    }
  });

  it('leaves out the space above an item at the top of a page', () => {
    const pages = run([para('a', 10), para('b', 1, { spaceBefore: 30 })]);
    expect(linesOf(pages)).toEqual([words('a', 10), ['b00000001']]);
    const [first] = pages[1]?.placed ?? [];
    expect(first).toMatchObject({ kind: 'line', baseline: FIRST_BASELINE });
  });

  it('counts the space above an item that is not at the top', () => {
    const pages = run([para('a', 5), para('b', 1, { spaceBefore: 30 })]);
    expect(linesOf(pages)).toHaveLength(1);
    const placed = pages[0]?.placed.filter((entry) => entry.kind === 'line') ?? [];
    expect(placed.at(-1)).toMatchObject({ baseline: FIRST_BASELINE - 5 * SIZE - 30 });
  });

  it('never leaves a heading alone at the foot of a page: it moves to the next page with its text', () => {
    // Two lines are left: enough for the heading, not for the heading and two lines of text.
    const pages = run([para('a', 8), para('h', 1, { keepWithNext: true, heading: { level: 2, title: 'H' } }), para('b', 3)]);
    expect(linesOf(pages)).toEqual([words('a', 8), ['h00000001', ...words('b', 3)]]);
    // The bookmark's anchor goes where the heading is: the top of page 2.
    expect(pages[1]?.placed[0]).toEqual({ kind: 'anchor', heading: { level: 2, title: 'H' }, y: TOP });
    expect(pages[0]?.placed.some((entry) => entry.kind === 'anchor')).toBe(false);
  });

  it('keeps a chain of kept items (heading, intro, first item) together', () => {
    const pages = run([para('a', 7), para('h', 1, { keepWithNext: true }), para('i', 1, { keepWithNext: true }), para('b', 3)]);
    expect(linesOf(pages)).toEqual([words('a', 7), ['h00000001', 'i00000001', ...words('b', 3)]]);
  });

  it('keeps a heading on its page when its text fits after it', () => {
    const pages = run([para('a', 7), para('h', 1, { keepWithNext: true }), para('b', 2)]);
    expect(linesOf(pages)).toEqual([[...words('a', 7), 'h00000001', ...words('b', 2)]]);
  });

  it('never leaves a single line of a paragraph at the foot of a page (orphan)', () => {
    const pages = run([para('a', 9), para('b', 3)]);
    expect(linesOf(pages)).toEqual([words('a', 9), words('b', 3)]);
  });

  it('never leaves a single line of a paragraph at the top of a page (widow)', () => {
    // Four lines are left for five: three go on this page, two on the next, not four and one.
    const pages = run([para('a', 6), para('b', 5)]);
    expect(linesOf(pages)).toEqual([[...words('a', 6), ...words('b', 3)], words('b', 5).slice(3)]);
  });

  it('moves a kept-together item (a contact row) whole to the next page rather than split it', () => {
    // Two lines are left for a row of three: a plain paragraph puts one line there, the row none.
    expect(linesOf(run([para('a', 8), para('b', 3)]))[0]).toHaveLength(9);
    expect(linesOf(run([para('a', 8), para('b', 3, { keepTogether: true })]))).toEqual([words('a', 8), words('b', 3)]);
  });

  it('splits a paragraph longer than a page', () => {
    const pages = run([para('a', 23)]);
    expect(linesOf(pages).map((lines) => lines.length)).toEqual([10, 10, 3]);
    expect(linesOf(pages).flat()).toEqual(words('a', 23));
  });

  it('never splits a table row across pages', () => {
    // Three lines are left; the row needs three lines and its padding.
    const pages = run([para('a', 7), row('r', 3)]);
    expect(linesOf(pages)).toEqual([words('a', 7), words('r', 3)]);
  });

  it("keeps a table's header row with its first row", () => {
    const header = row('head', 1, { isHeader: true, keepWithNext: true });
    const pages = run([para('a', 8), header, row('r', 1, { repeatHeader: header })]);
    expect(linesOf(pages)).toEqual([words('a', 8), ['head00001', 'r00000001']]);
  });

  it('repeats the header row, as an artifact, at the top of each new page of the table', () => {
    const header = row('head', 1, { isHeader: true, keepWithNext: true });
    // Rows are 16 pt (a line and its padding): the header and five rows fill the first page.
    const rows = [1, 2, 3, 4, 5, 6, 7, 8].map((number) => row(`r${number}-`, 1, { repeatHeader: header }));
    const pages = run([header, ...rows]);
    const names = rows.map((_, index) => `r${index + 1}-000001`);
    expect(linesOf(pages)).toEqual([
      ['head00001', ...names.slice(0, 5)],
      ['head00001 (artifact)', ...names.slice(5)],
    ]);
  });

  it('keeps an empty cell in the structure tree', () => {
    const [full, empty] = [node('TD'), node('TD')];
    const item: RowItem = {
      kind: 'row',
      cells: [
        { runs: [{ text: 'full', bold: false, struct: full }], struct: full, x: 0, width: 50 },
        { runs: [], struct: empty, x: 50, width: 50 },
      ],
      size: SIZE,
      spaceBefore: 0,
      isHeader: false,
      keepWithNext: false,
      rules: [],
    };
    const [page] = run([item]);
    expect(page?.placed.filter((entry) => entry.kind === 'empty')).toEqual([{ kind: 'empty', struct: empty }]);
  });

  it('draws the hanging label of a list item beside its first line only', () => {
    const lbl = node('Lbl');
    const [page] = run([para('a', 3, { indent: 10, label: { text: '•', struct: lbl, indent: 0 } })]);
    const lines = page?.placed.filter((entry) => entry.kind === 'line') ?? [];
    expect(lines.map((line) => [line.x, line.segments.map((segment) => segment.text.trim()).join('')])).toEqual([
      [20, '•'],
      [30, 'a00000001'],
      [30, 'a00000002'],
      [30, 'a00000003'],
    ]);
    expect(lines[0]?.baseline).toBe(lines[1]?.baseline);
    expect(lines[0]?.segments[0]?.struct).toBe(lbl);
  });

  it('starts what follows an easy-read point below its picture, and moves a point that does not fit', () => {
    const picture = { code: '260E', size: 50, x: 0 };
    const pages = run([para('p', 1, { picture, endsGroup: true }), para('q', 1)]);
    const placed = pages[0]?.placed ?? [];
    expect(placed[0]).toEqual({ kind: 'picture', code: '260E', x: 20, top: TOP, size: 50 });
    const [, next] = placed.filter((entry) => entry.kind === 'line');
    expect(next).toMatchObject({ baseline: TOP - 50 - 0.8 * SIZE });
    // Four lines (40 pt) are left: the text would fit, the 50 pt picture does not.
    const moved = run([para('a', 6), para('p', 1, { picture, endsGroup: true })]);
    expect(linesOf(moved)).toEqual([words('a', 6), ['p00000001']]);
    expect(moved[1]?.placed[0]).toMatchObject({ kind: 'picture', top: TOP });
  });

  it('keeps the last sentence of a point whole beside its picture, never splitting it across pages', () => {
    const picture = { code: '260E', size: 20, x: 0 };
    // Four lines are left after a; the point is 1 + 4 lines: its 4-line last sentence must not be split 3/1 or 2/2.
    const pages = run([para('a', 6), para('p', 1, { picture, keepWithNext: true }), para('q', 4, { keepTogether: true, endsGroup: true })]);
    expect(linesOf(pages)).toEqual([words('a', 6), [...words('p', 1), ...words('q', 4)]]);
    expect(pages[1]?.placed[0]).toMatchObject({ kind: 'picture', top: TOP });
  });

  it('starts a new page at an item that asks for one, and does not keep what comes before with it', () => {
    const pages = run([para('a', 2, { keepWithNext: true }), para('b', 2, { breakBefore: true }), para('c', 1)]);
    expect(linesOf(pages)).toEqual([words('a', 2), [...words('b', 2), ...words('c', 1)]]);
    // At the top of a page already, it starts no empty page.
    expect(linesOf(run([para('a', 1, { breakBefore: true })]))).toEqual([words('a', 1)]);
  });

  it('draws a picture above an item at full size when it fits, and shrinks it to the room left, down to its least size', () => {
    const above = (size: number, minSize: number) => ({ code: '1F4C4', size, minSize, x: 5, gap: 10 });
    // Full size: 40 pt picture, 10 pt gap, then the line.
    const [full] = run([para('a', 1, { pictureAbove: above(40, 20) })]);
    expect(full?.placed[0]).toEqual({ kind: 'picture', code: '1F4C4', x: 25, top: TOP, size: 40 });
    expect(full?.placed[1]).toMatchObject({ kind: 'line', baseline: TOP - 50 - 0.8 * SIZE });
    // Three lines above leave 70 pt: a 100 pt picture shrinks to 70 − 10 (gap) − 10 (its line) = 50 pt.
    const [shrunk] = run([para('t', 3, { keepWithNext: true }), para('a', 1, { pictureAbove: above(100, 20) })]);
    expect(shrunk?.placed.find((placed) => placed.kind === 'picture')).toMatchObject({ top: TOP - 30, size: 50 });
    // Less room than its least size: the item and its picture start a new page.
    const moved = run([para('t', 8), para('a', 1, { pictureAbove: above(100, 20) })]);
    expect(linesOf(moved)).toEqual([words('t', 8), ['a00000001']]);
    expect(moved[1]?.placed[0]).toMatchObject({ kind: 'picture', top: TOP, size: 80 });
  });

  it("draws a box's left rule beside each of its lines as one continuous rule", () => {
    const [page] = run([para('a', 2, { rules: [0] }), para('b', 1, { rules: [0], spaceBefore: 10 })]);
    const rules = page?.placed.filter((entry) => entry.kind === 'rule') ?? [];
    // b's line box is 80–70; its rule reaches up across the 10 pt space to meet a's at 90.
    expect(rules.map((rule) => [rule.y1, rule.y2])).toEqual([
      [110, 100],
      [100, 90],
      [90, 70],
    ]);
    expect(new Set(rules.map((rule) => rule.x1))).toEqual(new Set([20 + 1.5]));
  });
});

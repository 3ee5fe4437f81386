/**
 * The A4 sheet of 10 wallet cards, read back from its bytes: where pdf.js finds each card
 * drawn (gutters, margins, fronts and backs registered for flipping on the long edge), what
 * poppler prints (cut guides outside every card, each card's background bleeding into its
 * gutters), and what a screen reader gets (one Figure a side; guides and notes are artifacts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardContent, cardPageUrl } from '../../../src/model/card-content.ts';
import { loadCharterFile } from '../../../src/model/load-charter.ts';
import { loadSite } from '../../../src/model/load-site.ts';
import { CARD_COLOURS, renderCardSheetPdf, SHEET } from '../../../src/renderers/card/index.ts';
import { formPlacements, rasterPage, type FormPlacement } from '../../helpers/pdf-drawing.ts';
import { mmToPt, printFacts, SITE_URL } from '../../helpers/card.ts';
import { readPdf, toFile, wordBoxes } from '../../helpers/pdf.ts';
import { ROOT } from '../../helpers/paths.ts';

const mm = mmToPt;
/** Avery C32011 (glabels template): 15 mm side margins, a 10 mm column gutter (pitch 95 mm). */
const CITED = { sideMargin: mm(15), columnGutter: mm(10), rowGutter: mm(1) };
/** What an office printer cannot print: 4.2 mm (1/6 in) at each edge. */
const UNPRINTABLE = mm(4.2);

const doc = loadCharterFile(path.join(ROOT, 'content/charters/dundee-social-work-customer-care/charter.mdx'));
const content = cardContent(doc, loadSite(), cardPageUrl(doc.id, SITE_URL));
const facts = printFacts('e', { title: doc.title, organisation: doc.meta.organisation });
const bytes = await renderCardSheetPdf(content, facts);
const file = toFile(bytes);
const placements = await formPlacements(bytes);
const cards = (page: number) => placements.filter((placement) => placement.page === page);
const distinct = (values: number[]) => [...new Set(values.map((value) => Math.round(value * 100) / 100))].sort((a, b) => a - b);

describe('the A4 card sheet', () => {
  it('draws ten 85 × 55 mm cards a side, each whole on the page, clear of the printer’s edge', () => {
    for (const page of [1, 2]) {
      expect(cards(page)).toHaveLength(10);
      for (const { box } of cards(page)) {
        expect(box[2] - box[0]).toBeCloseTo(mm(85), 1);
        expect(box[3] - box[1]).toBeCloseTo(mm(55), 1);
        expect(Math.min(box[0], box[1], SHEET.width - box[2], SHEET.height - box[3])).toBeGreaterThanOrEqual(UNPRINTABLE);
      }
    }
  });

  it('leaves the cited gutters between the cards and margins beside them', () => {
    const boxes = cards(1).map((card) => card.box);
    const lefts = distinct(boxes.map((box) => box[0]));
    const bottoms = distinct(boxes.map((box) => box[1]));
    expect(lefts).toHaveLength(2);
    expect(bottoms).toHaveLength(5);
    expect(lefts[1]! - (lefts[0]! + mm(85))).toBeGreaterThanOrEqual(CITED.columnGutter - 0.01);
    for (let row = 1; row < bottoms.length; row += 1)
      expect(bottoms[row]! - (bottoms[row - 1]! + mm(55))).toBeGreaterThanOrEqual(CITED.rowGutter - 0.01);
    expect(lefts[0]).toBeCloseTo(CITED.sideMargin, 1);
    expect(SHEET.width - (lefts[1]! + mm(85))).toBeCloseTo(CITED.sideMargin, 1);
  });

  it('puts each back behind its front when printed double-sided, flipping on the long edge', () => {
    const key = ([x1, y1, x2, y2]: FormPlacement['box']) => [x1, y1, x2, y2].map((value) => value.toFixed(2)).join(' ');
    // Turning an A4 portrait sheet over on its long edge maps x to (width − x) and keeps y.
    const mirrored = (box: FormPlacement['box']): FormPlacement['box'] => [SHEET.width - box[2], box[1], SHEET.width - box[0], box[3]];
    expect(
      cards(2)
        .map((card) => key(mirrored(card.box)))
        .sort(),
    ).toEqual(
      cards(1)
        .map((card) => key(card.box))
        .sort(),
    );
    // The tagged card of each side is the same card: the back's Figure lies behind the front's.
    const [front] = cards(1).filter((card) => card.tag === 'Figure');
    const [back] = cards(2).filter((card) => card.tag === 'Figure');
    expect(key(mirrored(back!.box))).toBe(key(front!.box));
  });

  it('tags one card a side as a Figure and everything else, notes included, as artifacts', async () => {
    for (const page of [1, 2])
      expect(
        cards(page)
          .map((card) => card.tag)
          .sort(),
      ).toEqual([...Array(9).fill('Artifact'), 'Figure'].sort());
    const pdf = await readPdf(bytes);
    for (const page of pdf.pages) {
      expect(page.roles).toEqual(expect.arrayContaining(['Figure']));
      expect(page.roles).not.toContain('P');
      const note = page.items.filter((item) => /100 %|long edge/.test(item.text));
      expect(note.length).toBeGreaterThan(0);
      for (const item of note) expect(item.tag).toBe('Artifact');
    }
  });

  describe('as printed (poppler at 150 dpi)', () => {
    const raster = rasterPage(file, 1, 150);
    const px = (pt: number) => Math.round(pt * raster.scale);
    /** A pixel of a cut guide: the guides are the only mid-grey on the page (0.46 grey). */
    const isGuide = (x: number, y: number) => {
      const [r, g, b] = raster.rgb(x, y);
      return Math.max(r, g, b) - Math.min(r, g, b) < 12 && r > 70 && r < 210;
    };
    const boxes = cards(1).map((card) => card.box);
    // The printing note (also black on white, so also grey at its edges) is left out.
    const [words] = wordBoxes(file);
    const noteBottom = Math.max(...words!.words.filter((word) => word.yMax < mm(15)).map((word) => word.yMax)) + 2;
    const guides: [number, number][] = [];
    for (let y = px(noteBottom); y < raster.height; y += 1)
      for (let x = 0; x < raster.width; x += 1) if (isGuide(x, y)) guides.push([x, y]);
    // PDF space (origin bottom left) to pixels (origin top left).
    const toPx = (x: number, y: number): [number, number] => [px(x), px(SHEET.height - y)];

    it('has cut guides, none on a card or its bleed', () => {
      expect(guides.length).toBeGreaterThan(100);
      for (const [x1, y1, x2, y2] of boxes) {
        const [left, bottom] = toPx(x1 - SHEET.bleed.x, y1 - SHEET.bleed.y);
        const [right, top] = toPx(x2 + SHEET.bleed.x, y2 + SHEET.bleed.y);
        expect(guides.filter(([x, y]) => x > left && x < right && y > top && y < bottom)).toEqual([]);
      }
    });

    it('marks every edge of every card outside it: each column edge below the cards, each row edge in both margins and between the columns', () => {
      const near = (a: number, b: number) => Math.abs(a - b) <= 1;
      const gridBottom = px(SHEET.height - Math.min(...boxes.map((box) => box[1])));
      for (const x of distinct(boxes.flatMap((box) => [box[0], box[2]]))) {
        expect(
          guides.some(([gx, gy]) => near(gx, px(x)) && gy > gridBottom),
          `column edge ${x}`,
        ).toBe(true);
      }
      const lefts = distinct(boxes.map((box) => box[0]));
      const [gutterFrom, gutterTo] = [px(lefts[0]! + mm(85)), px(lefts[1]!)];
      for (const y of distinct(boxes.flatMap((box) => [box[1], box[3]]))) {
        const row = guides.filter(([, gy]) => near(gy, px(SHEET.height - y)));
        expect(
          row.some(([gx]) => gx < px(lefts[0]!)),
          `row edge ${y}, left margin`,
        ).toBe(true);
        expect(
          row.some(([gx]) => gx > px(lefts[1]! + mm(85))),
          `row edge ${y}, right margin`,
        ).toBe(true);
        expect(
          row.some(([gx]) => gx > gutterFrom && gx < gutterTo),
          `row edge ${y}, between the columns`,
        ).toBe(true);
      }
    });

    it('runs each front’s background past its trim into the gutters, leaving white between the columns', () => {
      const hex = CARD_COLOURS.front.background;
      const blue = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
      const isBlue = (x: number, y: number) => raster.rgb(x, y).every((value, index) => Math.abs(value - blue[index]!) < 10);
      const inside = mm(0.35);
      for (const [x1, y1, x2, y2] of boxes) {
        const [midX, midY] = [(x1 + x2) / 2, (y1 + y2) / 2];
        expect(isBlue(...toPx(x1 - inside, midY)), 'left bleed').toBe(true);
        expect(isBlue(...toPx(x2 + inside, midY)), 'right bleed').toBe(true);
        expect(isBlue(...toPx(midX, y1 - inside)), 'bottom bleed').toBe(true);
        expect(isBlue(...toPx(midX, y2 + inside)), 'top bleed').toBe(true);
      }
      const lefts = distinct(boxes.map((box) => box[0]));
      expect(raster.rgb(...toPx((lefts[0]! + mm(85) + lefts[1]!) / 2, SHEET.height / 2))).toEqual([255, 255, 255]);
    });
  });
});

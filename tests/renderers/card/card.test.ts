/**
 * Charter cards on their real bytes: PNG size at 300 ppi, PDF boxes in points, Figure alt
 * text equal to the card, overflow as an error, contrast, determinism. Seeds are read from
 * dist/ (npm test builds first).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCards } from '../../../src/checks/content/card-fit.ts';
import { contrastRatio } from '../../../src/lib/contrast.ts';
import { configuredSiteUrl } from '../../../src/lib/site-url.ts';
import { cardContent, cardPageUrl, cardText, type CardContent } from '../../../src/model/card-content.ts';
import { chartersDir, loadAllCharters } from '../../../src/model/load-charter.ts';
import { loadSite } from '../../../src/model/load-site.ts';
import {
  CARD_COLOURS,
  CardOverflowError,
  LARGE_PRINT_CARD,
  proveCardFits,
  renderCardPng,
  renderCardPrintPdf,
  renderCardSvg,
  WALLET_CARD,
} from '../../../src/renderers/card/index.ts';
import { parseCardSvg } from '../../../src/renderers/card/svg-to-pdf.ts';
import { figureAlts, mmToPt, printBoxes, printFacts, trimAndBleed } from '../../helpers/card.ts';
import { inkOnFirstPage, poppler, toFile } from '../../helpers/pdf.ts';
import { DIST, FIXTURES } from '../../helpers/paths.ts';

const docs = loadAllCharters(chartersDir());
const site = loadSite();
const pngSize = (bytes: Uint8Array) => {
  const view = Buffer.from(bytes);
  expect(view.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
};

describe.each(docs.map((doc) => [doc.id, doc] as const))('cards of %s', (id, doc) => {
  const file = (name: string) => path.join(DIST, 'charters', id, `${id}-${name}`);
  // As published: the back ends with the charter page's address on the site the build was for.
  const content = cardContent(doc, site, cardPageUrl(doc.id, configuredSiteUrl()));
  const text = cardText(content);

  it('has front and back PNGs of 85 × 55 mm at 300 ppi', () => {
    for (const side of ['front', 'back']) {
      expect(pngSize(readFileSync(file(`card-${side}.png`)))).toEqual({
        width: Math.round((85 / 25.4) * 300),
        height: Math.round((55 / 25.4) * 300),
      });
    }
  });

  it('has a print PDF with TrimBox 85 × 55 mm, BleedBox 3 mm larger, and room for crop marks', () => {
    const boxes = printBoxes(file('card-print.pdf'));
    const { width, height, bleed } = trimAndBleed(boxes);
    expect(width).toBeCloseTo(mmToPt(85), 1);
    expect(height).toBeCloseTo(mmToPt(55), 1);
    for (const edge of bleed) expect(edge).toBeCloseTo(mmToPt(3), 1);
    expect(boxes.bleed[0]).toBeGreaterThan(boxes.media[0] ?? 0);
    expect(boxes.bleed[2]).toBeLessThan(boxes.media[2] ?? 0);
  });

  it('has a large print card on A6', () => {
    const { width, height } = trimAndBleed(printBoxes(file('card-large-print.pdf')));
    expect(width).toBeCloseTo(mmToPt(105), 1);
    expect(height).toBeCloseTo(mmToPt(148), 1);
  });

  it('has an A4 sheet: fronts then backs, tagged', () => {
    const info = poppler('pdfinfo', [file('card-sheet.pdf')]);
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toMatch(/^Page size:\s+595\.27\d x 841\.8\d pts \(A4\)$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(poppler('pdftotext', [file('card-sheet.pdf'), '-'])).toContain('Print at 100 % (actual size)');
    // Vector artwork: no raster images, yet the printed page is covered by the ten cards.
    expect(
      poppler('pdfimages', ['-list', file('card-sheet.pdf')])
        .trim()
        .split('\n'),
    ).toHaveLength(2);
    expect(inkOnFirstPage(file('card-sheet.pdf'))).toBeGreaterThan(0.3);
  });

  it('tags each card PDF side as a Figure whose alt is that side’s text', async () => {
    for (const name of ['card-print.pdf', 'card-large-print.pdf', 'card-sheet.pdf']) {
      const bytes = new Uint8Array(readFileSync(file(name)));
      expect(await figureAlts(bytes), name).toEqual([text.front, text.back]);
      const info = poppler('pdfinfo', [file(name)]);
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toContain(doc.title);
    }
  });

  it('states every line of the card block in its alt text', () => {
    for (const line of [doc.meta.card.title, ...doc.meta.card.promises, doc.meta.card.contact ?? '']) expect(text.full).toContain(line);
  });

  it('uses at least 12 pt on the wallet card and 16 pt on the large print card', async () => {
    for (const side of ['front', 'back'] as const) {
      expect((await renderCardSvg(content, side, WALLET_CARD, { bleed: false })).fontSize).toBeGreaterThanOrEqual(12);
      expect((await renderCardSvg(content, side, LARGE_PRINT_CARD, { bleed: false })).fontSize).toBeGreaterThanOrEqual(16);
    }
  });
});

describe('card rendering', () => {
  const content = cardContent(docs[0]!, site);
  const facts = printFacts('a');

  it('fails on text that does not fit, naming the card, the field and the overflow in mm', async () => {
    const crowded: CardContent = {
      ...content,
      id: 'crowded-card',
      front: {
        ...content.front,
        promises: [
          'We will always answer your letters within 5 working days',
          'We will treat you with dignity and respect at all times',
          'We will explain what happens next in plain words',
          'We will keep you up to date throughout our work',
          'We will listen to you and act on what you say',
        ],
      },
    };
    const error = await renderCardSvg(crowded, 'front', WALLET_CARD, { bleed: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CardOverflowError);
    expect((error as CardOverflowError).message).toMatch(
      /^crowded-card: the wallet card does not fit: "card\.promises\[\d\]" runs \d+\.\d mm past the safe area even at 12 pt\./,
    );
  });

  // The content check proves cards fit with one layout at the floor (proveCardFits); it must
  // agree with the renderer's step-down from the target size, fitting or not, error for error.
  it('proves a card fits exactly when the renderer finds it fits, with the renderer’s own error when not', async () => {
    const outcome = (run: () => Promise<unknown>) =>
      run().then(
        () => 'fits',
        (error: unknown) => (error as Error).message,
      );
    const crowded: CardContent = {
      ...content,
      id: 'crowded-card',
      front: { ...content.front, promises: Array.from({ length: 6 }, () => 'We will always answer your letters within 5 working days') },
    };
    const contents = [...docs.map((doc) => cardContent(doc, site)), crowded];
    for (const card of contents)
      for (const profile of [WALLET_CARD, LARGE_PRINT_CARD])
        for (const side of ['front', 'back'] as const) {
          const proved = await outcome(() => proveCardFits(card, side, profile));
          expect(proved, `${card.id} ${side} ${profile.id}`).toBe(
            await outcome(() => renderCardSvg(card, side, profile, { bleed: false })),
          );
        }
    expect(await outcome(() => proveCardFits(crowded, 'front', WALLET_CARD))).toMatch(/^crowded-card: the wallet card does not fit/);
  });

  it('reports an overflowing card at the charter’s card: line before anything is built', async () => {
    const [fixture] = loadAllCharters(path.join(FIXTURES, 'cards'));
    const problems = await checkCards({ charters: [fixture!], dir: path.join(FIXTURES, 'cards'), site });
    expect(problems[0]?.message).toMatch(/The front of the wallet card does not fit: card\.promises\[\d\] runs \d+\.\d mm/);
    expect(problems[0]?.line).toBe(
      readFileSync(path.join(FIXTURES, 'cards/overflowing-card/charter.mdx'), 'utf8')
        .split('\n')
        .findIndex((line) => line.startsWith('card:')) + 1,
    );
  });

  it('is byte-identical when rendered twice', async () => {
    const [a, b] = [await renderCardPng(content, 'front'), await renderCardPng(content, 'front')];
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(true);
    const [c, d] = [await renderCardPrintPdf(content, WALLET_CARD, facts), await renderCardPrintPdf(content, WALLET_CARD, facts)];
    expect(Buffer.from(c).equals(Buffer.from(d))).toBe(true);
  });

  it('renders a print PDF that is not blank (pdftoppm)', async () => {
    const ink = inkOnFirstPage(toFile(await renderCardPrintPdf(content, WALLET_CARD, facts)));
    expect(ink).toBeGreaterThan(0.2);
  });

  it('draws satori’s artwork as vector paths, and falls back to the PNG for anything else', async () => {
    const { svg } = await renderCardSvg(content, 'front', WALLET_CARD, { bleed: true });
    const shapes = parseCardSvg(svg);
    expect(shapes?.[0]).toMatchObject({ kind: 'rect', fill: CARD_COLOURS.front.background });
    expect(shapes?.filter((shape) => shape.kind === 'path').length).toBeGreaterThan(3);
    expect(parseCardSvg('<svg width="10" height="10"><image href="x.png"/></svg>')).toBeUndefined();
    expect(parseCardSvg('<svg width="10" height="10"><path d="M0 0L1 1Z" fill="#000000" transform="rotate(4)"/></svg>')).toBeUndefined();
    const pdf = await renderCardPrintPdf(content, WALLET_CARD, facts);
    expect(
      poppler('pdfimages', ['-list', toFile(pdf)])
        .trim()
        .split('\n'),
    ).toHaveLength(2);
  });

  it('uses colours with at least 7:1 contrast on both sides', () => {
    expect(contrastRatio(CARD_COLOURS.front.text, CARD_COLOURS.front.background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(CARD_COLOURS.back.text, CARD_COLOURS.back.background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(CARD_COLOURS.back.heading, CARD_COLOURS.back.background)).toBeGreaterThanOrEqual(7);
  });
});

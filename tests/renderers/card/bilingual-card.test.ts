/**
 * The bilingual large-print card of a translated pair (our-promise en-GB ↔ ein-haddewid
 * cy-GB) on its real bytes: both languages on each side at one size, the site's first
 * language first; A6 with bleed and crop marks; each side tagged as two Figures, one per
 * language, each with /Alt and /Lang (pdf.js), in reading order with their boxes (poppler).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCards } from '../../../src/checks/content/card-fit.ts';
import { t } from '../../../src/i18n/index.ts';
import { bilingualCardContent, bilingualCardText } from '../../../src/model/bilingual-card.ts';
import { cardText } from '../../../src/model/card-content.ts';
import { loadCharterFile } from '../../../src/model/load-charter.ts';
import type { CharterDocument } from '../../../src/model/types.ts';
import {
  BILINGUAL_CARD,
  CardOverflowError,
  renderBilingualCardPrintPdf,
  renderBilingualCardSvg,
  type CardSide,
} from '../../../src/renderers/card/index.ts';
import { figures, mmToPt, printBoxes, trimAndBleed } from '../../helpers/card.ts';
import { englishFurnitureIn } from '../../helpers/english-furniture.ts';
import { inkOnFirstPage, poppler, readPdf, structTree, toFile } from '../../helpers/pdf.ts';
import { ROOT } from '../../helpers/paths.ts';
import { testSite } from '../../helpers/site.ts';

const PAIR = path.join(ROOT, 'tests/fixtures/translations/pair');
const en = loadCharterFile(path.join(PAIR, 'our-promise/charter.mdx'));
const cy = loadCharterFile(path.join(PAIR, 'ein-haddewid/charter.mdx'));
const SIDES: CardSide[] = ['front', 'back'];
const SITE = testSite();

function render(first: CharterDocument, second: CharterDocument): Promise<Uint8Array> {
  const date = new Date(Date.UTC(2024, 3, 1));
  return renderBilingualCardPrintPdf(bilingualCardContent(first, second, SITE), {
    first: { title: first.title, organisation: first.meta.organisation, date, seed: 'b'.repeat(64) },
    second: { title: second.title, organisation: second.meta.organisation },
  });
}

/** Each Figure's /BBox as poppler reads the structure tree (`pdfinfo -struct`). */
function figureBoxes(file: string): number[][] {
  return [...poppler('pdfinfo', ['-struct', file]).matchAll(/\/BBox \[([\d. -]+)\]/g)].map((match) =>
    match[1]!.trim().split(/\s+/).map(Number),
  );
}

describe('the bilingual card’s words', () => {
  const content = bilingualCardContent(cy, en, SITE);

  it('keeps each language’s card words from its own dictionary and gives the channels once, with both labels', () => {
    expect(content.id).toBe('ein-haddewid');
    expect(content.first.lang).toBe('cy-GB');
    expect(content.second.lang).toBe('en-GB');
    expect(content.first.back.heading).toBe(t('cy-GB', 'card.back.heading'));
    expect(content.second.back.heading).toBe(t('en-GB', 'card.back.heading'));
    expect(content.first.back.formats).toBe(t('cy-GB', 'card.back.formats'));
    expect(content.second.back.formats).toBe(t('en-GB', 'card.back.formats'));
    expect(content.channels).toEqual(['E-bost / Email: help@fixture.example']);
    expect(bilingualCardContent(en, cy, SITE).channels).toEqual(['Email / E-bost: help@fixture.example']);
  });

  it('gives a channel in each language when the pair’s numbers differ', () => {
    const other = {
      ...en,
      meta: { ...en.meta, contact: { ...en.meta.contact, emails: [{ address: 'other@fixture.example' }] } },
    } as CharterDocument;
    expect(bilingualCardContent(cy, other, SITE).channels).toEqual(['E-bost: help@fixture.example', 'Email: other@fixture.example']);
  });

  it('has alt text whole in each language, with none of the English furniture in the Welsh', () => {
    const text = bilingualCardText(content);
    expect(text.first).toEqual(cardText(content.first));
    expect(text.second).toEqual(cardText(content.second));
    expect(englishFurnitureIn(text.first.full)).toEqual([]);
    expect(text.first.back).toContain('help@fixture.example');
    expect(text.second.back).toContain('help@fixture.example');
  });
});

describe('the bilingual card, laid out', () => {
  it.each([
    ['cy-GB first', cy, en],
    ['en-GB first', en, cy],
  ] as const)('puts both languages at one size on each side, %s', async (_name, first, second) => {
    const content = bilingualCardContent(first, second, SITE);
    for (const side of SIDES) {
      const laid = await renderBilingualCardSvg(content, side, { bleed: false });
      expect(laid.fontSize, side).toBeGreaterThanOrEqual(BILINGUAL_CARD.fontSize.min);
      const line = laid.fontSize * BILINGUAL_CARD.lineHeight;
      const rows = [...laid.boxes].map(([key, box]) => ({ ...box, key, owner: laid.owners.get(key) }));
      // Every row of both languages is whole lines of one line height (titles of one scaled height),
      // so neither language is smaller; and the first language's rows all come before the second's.
      for (const row of rows) {
        const height = row.key.endsWith('.title') || row.key.endsWith('.heading') ? line * BILINGUAL_CARD.titleScale : line;
        const lines = row.height / height;
        expect(Math.abs(lines - Math.round(lines)), row.key).toBeLessThan(0.05);
      }
      const key = side === 'front' ? 'title' : 'heading';
      expect(laid.boxes.get(`first.${key}`)?.height).toBeCloseTo(laid.boxes.get(`second.${key}`)?.height ?? 0, 1);
      const firstRows = rows.filter((row) => row.owner === 'first' && !row.key.endsWith('.formats'));
      const secondRows = rows.filter((row) => row.owner === 'second' && !row.key.endsWith('.formats'));
      expect(Math.max(...firstRows.map((row) => row.top))).toBeLessThan(Math.min(...secondRows.map((row) => row.top)));
      if (side === 'back') expect(laid.boxes.get('first.formats')?.top ?? 0).toBeLessThan(laid.boxes.get('second.formats')?.top ?? 0);
      expect(rows.map((row) => row.key)).toEqual(
        side === 'front'
          ? [
              'first.title',
              'first.organisation',
              'first.promise-1',
              'first.promise-2',
              'first.promise-3',
              'second.title',
              'second.organisation',
              'second.promise-1',
              'second.promise-2',
              'second.promise-3',
            ]
          : ['first.heading', 'first.contact', 'second.heading', 'second.contact', 'shared.channel-1', 'first.formats', 'second.formats'],
      );
    }
  });

  it('fails naming the first-language charter and the row when the two languages do not fit even at the floor', async () => {
    // Six long promises in one language and three in the other: too much for one A6 side at 16 pt.
    const long = [
      'We will always answer your letters within 5 working days',
      'We will treat you with dignity and respect at all times',
      'We will explain what happens next in plain words',
      'We will keep you up to date throughout our work',
      'We will listen to you and act on what you say',
      'We will tell you who to contact if you are unhappy',
    ];
    const crowded = { ...en, meta: { ...en.meta, card: { ...en.meta.card, promises: long } } } as CharterDocument;
    const error = await renderBilingualCardSvg(bilingualCardContent(cy, crowded, SITE), 'front', { bleed: false }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CardOverflowError);
    expect((error as CardOverflowError).message).toMatch(
      /^ein-haddewid: the bilingual large print card \(a6\) does not fit: "card\.promises\[\d\] \(en-GB\)" runs \d+\.\d mm past the safe area even at 16 pt\./,
    );
    // The content check reports it before the build, at the first-language charter's card: line.
    const problems = await checkCards({ charters: [cy, crowded], dir: PAIR, site: SITE, firstLanguage: 'cy-GB' });
    const bilingual = problems.filter((problem) => problem.message.includes('bilingual'));
    expect(bilingual).toHaveLength(1);
    expect(bilingual[0]).toMatchObject({ file: 'tests/fixtures/translations/pair/ein-haddewid/charter.mdx', line: 16, rule: 'card-fit' });
    expect(bilingual[0]?.message).toMatch(
      /^The front of the bilingual large print card \(a6\) with our-promise \(both languages at the same size\) does not fit: card\.promises\[\d\] \(en-GB\) runs/,
    );
    expect(await checkCards({ charters: [cy, en], dir: PAIR, site: SITE, firstLanguage: 'cy-GB' })).toEqual([]);
  });
});

describe.each([
  ['Welsh first (firstLanguage: cy-GB)', cy, en],
  ['English first (firstLanguage: en-GB)', en, cy],
] as const)('the bilingual card print PDF, %s', (_name, first, second) => {
  const bytes = render(first, second);
  const content = bilingualCardContent(first, second, SITE);
  const text = bilingualCardText(content);

  it('is A6 with TrimBox 105 × 148 mm, BleedBox 3 mm larger and room for crop marks outside it', async () => {
    const file = toFile(await bytes);
    for (const page of [1, 2]) {
      const boxes = printBoxes(file, page);
      const { width, height, bleed } = trimAndBleed(boxes);
      expect(width).toBeCloseTo(mmToPt(105), 1);
      expect(height).toBeCloseTo(mmToPt(148), 1);
      for (const edge of bleed) expect(edge).toBeCloseTo(mmToPt(3), 1);
      expect(boxes.bleed[0]).toBeGreaterThan(boxes.media[0]! + mmToPt(5));
      expect(boxes.bleed[2]).toBeLessThan(boxes.media[2]! - mmToPt(5));
    }
  });

  it('is in the first language, titled in both, first first', async () => {
    const pdf = await readPdf(await bytes);
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.language).toBe(first.lang);
    const title = (doc: CharterDocument) => t(doc.lang === 'cy-GB' ? 'cy-GB' : 'en-GB', 'card.print.title.bilingual', { title: doc.title });
    expect(pdf.title).toBe(`${title(first)} / ${title(second)}`);
  });

  it('tags each side as two Figures, first language then second, each with its own /Alt and /Lang (pdf.js)', async () => {
    expect(await figures(await bytes)).toEqual([
      { page: 1, alt: text.first.front, lang: first.lang },
      { page: 1, alt: text.second.front, lang: second.lang },
      { page: 2, alt: text.first.back, lang: first.lang },
      { page: 2, alt: text.second.back, lang: second.lang },
    ]);
    // Both languages' promises are in the tags, each in its own language's Figure.
    for (const promise of first.meta.card.promises) expect(text.first.front).toContain(promise);
    for (const promise of second.meta.card.promises) expect(text.second.front).toContain(promise);
  });

  it('reads back in poppler as Document → four Figures, the first language’s drawn above the second’s', async () => {
    const file = toFile(await bytes);
    const tree = structTree(file);
    expect(tree.children.map((node) => node.type)).toEqual(['Document']);
    expect(tree.children[0]?.children.map((node) => node.type)).toEqual(['Figure', 'Figure', 'Figure', 'Figure']);
    const [frontFirst, frontSecond, backFirst, backSecond] = figureBoxes(file);
    // PDF y runs upwards: the first language's box starts higher on the page.
    expect(frontFirst![3]).toBeGreaterThan(frontSecond![3]!);
    expect(frontFirst![1]).toBeGreaterThan(frontSecond![3]!);
    expect(backFirst![3]).toBeGreaterThan(backSecond![3]!);
    expect(poppler('pdfinfo', [file])).toMatch(/^Tagged:\s+yes$/m);
  });

  it('draws vector artwork that fills the card', async () => {
    const file = toFile(await bytes);
    expect(poppler('pdfimages', ['-list', file]).trim().split('\n')).toHaveLength(2);
    expect(inkOnFirstPage(file)).toBeGreaterThan(0.3);
  });

  it('is byte-identical when rendered twice', async () => {
    expect(Buffer.from(await render(first, second)).equals(Buffer.from(await bytes))).toBe(true);
  });
});

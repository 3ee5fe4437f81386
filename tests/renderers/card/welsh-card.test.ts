/**
 * A Welsh charter's card: the back heading, channel labels, formats line and alt texts are
 * Welsh; its PDFs are /Lang cy-GB, titled in Welsh, and the A4 sheet's printing notes are
 * Welsh and fit their line. A card in a third language keeps English notes (artifacts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { t, UI_LANGUAGES } from '../../../src/i18n/index.ts';
import { cardContent, cardText } from '../../../src/model/card-content.ts';
import { loadCharterFile } from '../../../src/model/load-charter.ts';
import {
  LARGE_PRINT_CARD,
  renderCardPng,
  renderCardPrintPdf,
  renderCardSheetPdf,
  renderCardSvg,
  SHEET,
  WALLET_CARD,
} from '../../../src/renderers/card/index.ts';
import { createMeasurer } from '../../../src/renderers/tagged-pdf/fonts.ts';
import { printFacts, structNodes } from '../../helpers/card.ts';
import { englishFurnitureIn } from '../../helpers/english-furniture.ts';
import { poppler, readPdf, toFile } from '../../helpers/pdf.ts';
import { FIXTURES } from '../../helpers/paths.ts';
import { testSite } from '../../helpers/site.ts';

const doc = loadCharterFile(path.join(FIXTURES, 'welsh-print/siarter/charter.mdx'));
const content = cardContent(doc, testSite());
const text = cardText(content);
const facts = printFacts('c', { title: doc.title, organisation: doc.meta.organisation, date: new Date(Date.UTC(2025, 3, 1)) });

/** Each Figure's /Alt, and every /Lang in the structure tree, as pdf.js reads them. */
async function structure(bytes: Uint8Array): Promise<{ alts: string[]; langs: string[] }> {
  const nodes = await structNodes(bytes);
  return {
    alts: nodes.filter((node) => node.role === 'Figure').map((node) => node.alt ?? ''),
    langs: nodes.flatMap((node) => (node.lang ? [node.lang] : [])),
  };
}

describe('a Welsh charter card', () => {
  it('says how to contact us, the channels and the formats line in Welsh', () => {
    expect(content.lang).toBe('cy-GB');
    expect(content.back).toEqual({
      heading: 'Sut i gysylltu â ni',
      contact: 'Ffoniwch 0300 123 4567',
      channels: ['Cyfnewid testun: 18001 0300 123 4567', 'E-bost: gofal@sir-enghraifft.example'],
      formats: 'Print bras, hawdd ei ddeall a fformatau eraill: gofynnwch i ni.',
    });
  });

  it('labels a phone channel in Welsh when the card line does not give the number', () => {
    const other = cardContent({ ...doc, meta: { ...doc.meta, card: { ...doc.meta.card, contact: 'Galwch heibio' } } }, testSite());
    expect(other.back.channels[0]).toBe('Ffôn: 0300 123 4567');
  });

  it('has Welsh alt texts with none of the English furniture', () => {
    expect(text.front).toBe(
      'Blaen y cerdyn: Ein haddewidion i chi. Cyngor Sir Enghraifft. Byddwn yn gwrando arnoch. Byddwn yn eich parchu. Byddwn yn ateb yn gyflym.',
    );
    expect(text.back).toMatch(/^Cefn y cerdyn: Sut i gysylltu â ni\. Ffoniwch 0300 123 4567\. /);
    expect(text.full).toBe(`${text.front} ${text.back}`);
    expect(englishFurnitureIn(text.full)).toEqual([]);
  });

  it('fits both sides at the target sizes, and draws them', async () => {
    for (const side of ['front', 'back'] as const) {
      expect((await renderCardSvg(content, side, WALLET_CARD, { bleed: false })).fontSize).toBeGreaterThanOrEqual(12);
      expect((await renderCardSvg(content, side, LARGE_PRINT_CARD, { bleed: false })).fontSize).toBeGreaterThanOrEqual(16);
      expect((await renderCardPng(content, side)).png.length).toBeGreaterThan(1000);
    }
  });

  it.each([
    [WALLET_CARD, "Ein siarter gofal a chymorth: cerdyn waled i'w argraffu"],
    [LARGE_PRINT_CARD, "Ein siarter gofal a chymorth: cerdyn print bras (A6) i'w argraffu"],
  ])('gives the $id print PDF a Welsh title, /Lang cy-GB and Welsh alt texts', async (profile, title) => {
    const bytes = await renderCardPrintPdf(content, profile, facts);
    const pdf = await readPdf(bytes);
    expect(pdf.title).toBe(title);
    expect(pdf.language).toBe('cy-GB');
    expect(await structure(bytes)).toEqual({ alts: [text.front, text.back], langs: [] });
    expect(englishFurnitureIn(`${pdf.title} ${poppler('pdfinfo', ['-meta', toFile(bytes)])}`)).toEqual([]);
  });

  it('prints the A4 sheet with Welsh notes and title, and nothing marked English', async () => {
    const bytes = await renderCardSheetPdf(content, facts);
    const pdf = await readPdf(bytes);
    expect(pdf.title).toBe('Ein siarter gofal a chymorth: dalen o 10 o gardiau waled');
    expect(pdf.language).toBe('cy-GB');
    const sheet = poppler('pdftotext', [toFile(bytes), '-']).replace(/\s+/g, ' ');
    expect(sheet).toContain(t('cy-GB', 'card.sheet.note.front'));
    expect(sheet).toContain(t('cy-GB', 'card.sheet.note.back'));
    expect(englishFurnitureIn(sheet)).toEqual([]);
    expect(await structure(bytes)).toEqual({ alts: [text.front, text.back], langs: [] });
  });
});

describe('the A4 sheet’s printing notes', () => {
  it.each(UI_LANGUAGES)('fit on one 12 pt line above the cards in %s', (lang) => {
    const measure = createMeasurer();
    const gridWidth = SHEET.columns * WALLET_CARD.trim.width;
    for (const key of ['card.sheet.note.front', 'card.sheet.note.back'] as const)
      expect(measure.width(t(lang, key), false, 12), key).toBeLessThanOrEqual(gridWidth);
  });

  it('stay English on a card in a third language, as artifacts (printing aids, not the card’s words)', async () => {
    const polish = { ...content, lang: 'pl' };
    const bytes = await renderCardSheetPdf(polish, facts);
    expect((await readPdf(bytes)).language).toBe('pl');
    expect(poppler('pdftotext', [toFile(bytes), '-'])).toContain('Print at 100 % (actual size)');
    // Only the two Figures are in the structure tree: the notes are not read out, so need no /Lang.
    expect(await structure(bytes)).toEqual({ alts: [cardText(polish).front, cardText(polish).back], langs: [] });
    expect(cardText(polish).front).toMatch(/^Front of card: /);
  });
});

/**
 * A Welsh charter's PDFs, read back with pdf.js and poppler: every word the renderer writes
 * itself (page 1, page numbers, the contact section, link texts, bookmarks, the title) is
 * Welsh, the document is /Lang cy-GB with no English marking left, and no phrase of the
 * English print dictionary appears anywhere (Welsh Language Standards: parity in every format).
 */
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCharterFile } from '../../../src/model/load-charter.ts';
import { blocksText } from '../../../src/model/text.ts';
import { CLEAR_PRINT, LARGE_PRINT, renderPdfWithInfo, type PdfProfile } from '../../../src/renderers/pdf/index.ts';
import { englishFurnitureIn } from '../../helpers/english-furniture.ts';
import { poppler, readPdf, toFile, type ParsedPdf } from '../../helpers/pdf.ts';
import { FIXTURES } from '../../helpers/paths.ts';

const doc = loadCharterFile(path.join(FIXTURES, 'welsh-print/siarter/charter.mdx'));
const context = {
  pageUrl: 'https://charters.example.org/charters/siarter/',
  formatRequest: { email: 'fformatau@sir-enghraifft.example', phone: '0300 765 4321' },
};
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Every /Lang in the structure tree, and every link annotation's /Contents, as pdf.js reads them. */
async function langsAndLinks(bytes: Uint8Array): Promise<{ langs: string[]; links: string[] }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const langs: string[] = [];
  const links: string[] = [];
  const walk = (node: { lang?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.lang) langs.push(node.lang);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    walk((await page.getStructTree()) as never);
    for (const annotation of (await page.getAnnotations()) as { subtype: string; contentsObj?: { str: string } }[]) {
      if (annotation.subtype === 'Link') links.push(annotation.contentsObj?.str ?? '');
    }
  }
  await pdf.destroy();
  return { langs, links };
}

describe.each([
  [LARGE_PRINT, 'print bras'],
  [CLEAR_PRINT, 'print clir'],
] as [PdfProfile, string][])('a Welsh charter’s $id PDF', (profile, edition) => {
  let pdf: ParsedPdf;
  let text: string;
  let firstPage: string;
  let marks: { langs: string[]; links: string[] };

  beforeAll(async () => {
    const { bytes } = await renderPdfWithInfo(doc, profile, context);
    pdf = await readPdf(bytes);
    const file = toFile(bytes);
    text = squash(poppler('pdftotext', [file, '-']));
    firstPage = squash(poppler('pdftotext', ['-f', '1', '-l', '1', file, '-']));
    marks = await langsAndLinks(bytes);
  });

  it('is in Welsh, with no part marked as English', () => {
    expect(doc.lang).toBe('cy-GB');
    expect(pdf.language).toBe('cy-GB');
    expect(marks.langs).not.toContain('en-GB');
    expect(marks.langs).toEqual([]);
  });

  it('is titled in Welsh', () => {
    expect(pdf.title).toBe(`Ein siarter gofal a chymorth (${edition})`);
  });

  it('numbers every page in Welsh, as an artifact at body size', () => {
    pdf.pages.forEach((page, index) => {
      const number = page.items.find((item) => item.text === `Tudalen ${index + 1} o ${pdf.pages.length}`);
      expect(number?.tag, `page ${index + 1}`).toBe('Artifact');
      expect(number?.size).toBeCloseTo(profile.bodySize, 1);
    });
  });

  it('says on page 1, in Welsh, when it was reviewed and how to get other formats', () => {
    expect(firstPage).toContain('Adolygwyd ddiwethaf: Ebrill 2025. Adolygiad nesaf: Mawrth 2026.');
    expect(firstPage).toContain(
      `Dyma'r argraffiad ${edition}. I gael y siarter hon mewn fformat arall, fel fersiwn hawdd ei ddeall, Braille, sain neu iaith arall, anfonwch e-bost at fformatau@sir-enghraifft.example neu ffoniwch 0300 765 4321. Mae hefyd ar gael ar y we yn https://charters.example.org/charters/siarter/`,
    );
  });

  it('gives the default intros in Welsh, and the body text whole', () => {
    expect(text).toContain('Byddwn yn:');
    expect(text).toContain('Sut y byddwn yn mesur hyn:');
    const extracted = text.replace(/\s+/g, '');
    for (const run of blocksText(doc.blocks)) expect(extracted).toContain(run.replace(/\s+/g, ''));
  });

  it('ends with the contact details under a Welsh heading and bookmark, labelled in Welsh', () => {
    expect(pdf.outline[0]?.items.map((item) => item.title)).toEqual([
      'Ein haddewidion',
      "Os ydych chi'n anhapus",
      'Manylion cyswllt Cyngor Sir Enghraifft',
    ]);
    for (const row of [
      'Tîm Gofal Cwsmeriaid',
      'Ffôn: 0300 123 4567',
      'Cyfnewid testun: 18001 0300 123 4567',
      'Iaith Arwyddion Prydain: Gofynnwch am ddehonglydd',
      'E-bost: gofal@sir-enghraifft.example',
      'E-bost (Cwynion): cwynion@sir-enghraifft.example',
      'Post: Tîm Gofal Cwsmeriaid, Neuadd y Sir',
      'Oriau agor: Dydd Llun i ddydd Gwener',
      'Gwefan: https://sir-enghraifft.example/gofal',
    ])
      expect(text).toContain(row);
  });

  it('describes its links in Welsh', () => {
    expect(marks.links).toEqual([
      'Anfon e-bost at fformatau@sir-enghraifft.example',
      'Tudalen we: https://charters.example.org/charters/siarter/',
      'Ffôn: 0300 123 4567',
      'E-bost: gofal@sir-enghraifft.example',
      'E-bost (Cwynion): cwynion@sir-enghraifft.example',
      'Gwefan: https://sir-enghraifft.example/gofal',
    ]);
  });

  it('has none of the English furniture', () => {
    expect(englishFurnitureIn(text)).toEqual([]);
    expect(englishFurnitureIn(marks.links.join(' '))).toEqual([]);
    expect(
      englishFurnitureIn(
        `${pdf.title} ${pdf.outline.flatMap((entry) => [entry.title, ...entry.items.map((item) => item.title)]).join(' ')}`,
      ),
    ).toEqual([]);
    // The one-word labels, where they would stand in English.
    expect(text).not.toMatch(/\bPage \d|\b(Phone|Email|Website|Contact)\b/);
  });
});

describe('the same charter in other languages', () => {
  it('has English furniture in English, which the check above would catch', async () => {
    const { bytes } = await renderPdfWithInfo({ ...doc, lang: 'en-GB' }, LARGE_PRINT, context);
    const text = squash(poppler('pdftotext', [toFile(bytes), '-']));
    expect(englishFurnitureIn(text)).toEqual(expect.arrayContaining(['This is the large print edition', 'Last reviewed', 'Opening hours']));
    expect((await langsAndLinks(bytes)).langs).toEqual([]);
  });

  it('marks the English furniture of a charter in a third language as en-GB', async () => {
    const { bytes } = await renderPdfWithInfo({ ...doc, lang: 'pl' }, LARGE_PRINT, context);
    const pdf = await readPdf(bytes);
    expect(pdf.language).toBe('pl');
    expect(pdf.pages[0]?.items.some((item) => item.text === `Page 1 of ${pdf.pages.length}`)).toBe(true);
    // The dates, the formats paragraph, the contact heading and the contact details (per page
    // as pdf.js walks it, so an element on two pages counts twice).
    const { langs } = await langsAndLinks(bytes);
    expect(langs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(langs)).toEqual(new Set(['en-GB']));
  });
});

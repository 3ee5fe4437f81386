/**
 * One bilingual charter (tests/fixtures/charters/bilingual/dwyieithog: English, then the
 * Welsh half in a <Language lang="cy"> passage, Welsh words marked inline in English
 * sentences, a heading and a link text), rendered as large print and read back with pdf.js
 * (the structure tree and marked content Firefox gives screen readers) and poppler: every
 * Welsh word sits under an element with /Lang cy (PDF/UA-1 §7.2; WCAG 3.1.2), the inline
 * words in a Span, and the bookmarks list the sections of both halves.
 */
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPdf } from '../../../src/checks/output/pdf.ts';
import { loadCharterFile } from '../../../src/model/load-charter.ts';
import { blocksText } from '../../../src/model/text.ts';
import { LARGE_PRINT, renderPdf } from '../../../src/renderers/pdf/index.ts';
import { FIXTURES } from '../../helpers/paths.ts';
import { readPdf, structTree, toFile, walkStruct, textOf, type ParsedPdf } from '../../helpers/pdf.ts';

const doc = loadCharterFile(path.join(FIXTURES, 'bilingual/dwyieithog/charter.mdx'));
const context = {
  pageUrl: 'https://charters.example.org/charters/dwyieithog/',
  formatRequest: { email: 'care@county-example.example', phone: '01234 567890' },
};

/** A structure element as pdf.js reads it: its role, its own /Lang, the language it is read in, and its text. */
interface Element {
  role: string;
  lang: string | undefined;
  /** The nearest /Lang on it or an element around it, else the document's. */
  readIn: string;
  text: string;
  parentRole: string;
}

interface StructKid {
  role?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: StructKid[];
}

/** Every structure element of every page, with the text of its marked content (in order) and the language it is read in. */
async function elementsOf(
  bytes: Uint8Array,
  docLang: string,
): Promise<{
  elements: Element[];
  links: { contents: string; rect: number[]; page: number }[];
  words: { text: string; x: number; page: number }[];
}> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const elements: Element[] = [];
  const links: { contents: string; rect: number[]; page: number }[] = [];
  const words: { text: string; x: number; page: number }[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const texts = new Map<string, string>();
    let current: string | undefined;
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps') current = (item as { id?: string }).id;
        else if (item.type === 'endMarkedContent') current = undefined;
      } else if (current) {
        texts.set(current, (texts.get(current) ?? '') + item.str);
        if (item.str.trim()) words.push({ text: item.str, x: (item.transform as number[])[4] ?? 0, page: number });
      }
    }
    const textOfKid = (kid: StructKid): string =>
      kid.type === 'content' ? (texts.get(kid.id ?? '') ?? '') : (kid.children ?? []).map(textOfKid).join('');
    const walk = (node: StructKid, readIn: string, parentRole: string) => {
      const here = node.lang ?? readIn;
      if (node.role) elements.push({ role: node.role, lang: node.lang, readIn: here, text: textOfKid(node), parentRole });
      for (const child of node.children ?? []) if (child.role) walk(child, here, node.role ?? parentRole);
    };
    walk((await page.getStructTree()) as StructKid, docLang, '');
    for (const annotation of (await page.getAnnotations()) as { subtype: string; contentsObj?: { str: string }; rect: number[] }[]) {
      if (annotation.subtype === 'Link') links.push({ contents: annotation.contentsObj?.str ?? '', rect: annotation.rect, page: number });
    }
  }
  await pdf.destroy();
  return { elements, links, words };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a bilingual charter’s large-print PDF', () => {
  let bytes: Uint8Array;
  let pdf: ParsedPdf;
  let read: Awaited<ReturnType<typeof elementsOf>>;

  beforeAll(async () => {
    bytes = await renderPdf(doc, LARGE_PRINT, context);
    pdf = await readPdf(bytes);
    read = await elementsOf(bytes, 'en-GB');
  });

  it('is in English, the charter’s language', () => {
    expect(pdf.language).toBe('en-GB');
  });

  it('tags the Welsh words inside English sentences, a heading and a link as Spans with /Lang cy', () => {
    const spans = read.elements.filter((element) => element.role === 'Span');
    expect(spans.map((span) => [span.parentRole, span.lang, squash(span.text)])).toEqual([
      ['P', 'cy', 'Ein haddewid i chi'],
      ['H2', 'cy', 'Iaith Gwaith'],
      ['P', 'cy', 'Iaith Gwaith'],
      ['Link', 'cy', 'Swyddog y Gymraeg'],
    ]);
    // The English words around them stay English.
    const intro = read.elements.find((element) => element.role === 'P' && element.text.includes('This charter says'));
    expect(intro).toMatchObject({ lang: undefined, readIn: 'en-GB' });
    const heading = read.elements.find((element) => element.role === 'H2' && element.text.includes('speaking Welsh with us'));
    expect(squash(heading?.text ?? '')).toBe('Iaith Gwaith: speaking Welsh with us');
    expect(heading?.readIn).toBe('en-GB');
  });

  it('keeps the Welsh words of a link text inside its link: the Span is under the Link, and the link’s area covers them', () => {
    const link = read.links.find((entry) => entry.contents.startsWith('Swyddog y Gymraeg'));
    expect(link?.contents).toBe('Swyddog y Gymraeg: cymraeg@county-example.example');
    const word = read.words.find((entry) => entry.text.startsWith('Swyddog') && entry.page === link?.page);
    expect(word).toBeDefined();
    const [x1 = 0, , x2 = 0] = link?.rect ?? [];
    expect(word?.x).toBeGreaterThanOrEqual(x1 - 0.5);
    expect(word?.x).toBeLessThan(x2);
  });

  it('puts the Welsh half in a Div with /Lang cy: its headings and every paragraph and item read in Welsh', () => {
    const welshDiv = read.elements.filter((element) => element.role === 'Div' && element.lang === 'cy');
    expect(welshDiv.length).toBeGreaterThanOrEqual(1);
    const welshHeadings = read.elements
      .filter((element) => element.role === 'H2' && element.readIn === 'cy')
      .map((element) => squash(element.text));
    expect(welshHeadings).toEqual([
      'Ein haddewid i chi',
      'Ein haddewidion',
      'Pa mor gyflym y byddwn yn ateb',
      'Iaith Gwaith: siarad Cymraeg â ni',
      'Os nad ydych yn fodlon',
    ]);
    for (const sentence of ['Byddwn yn:', 'eich trin â pharch ac urddas', 'Dywedwch wrthym.']) {
      const element = read.elements.find((entry) => ['P', 'LBody'].includes(entry.role) && entry.text.includes(sentence));
      expect(element?.readIn, sentence).toBe('cy');
    }
    const english = read.elements.find((entry) => entry.role === 'P' && entry.text.startsWith('Tell us.'));
    expect(english?.readIn).toBe('en-GB');
  });

  it('bookmarks the sections of both halves under the title, then the contact details', () => {
    expect(pdf.outline).toEqual([
      {
        title: doc.title,
        items: [
          'Our promises',
          'How quickly we answer',
          'Iaith Gwaith: speaking Welsh with us',
          'If you are not happy',
          'Ein haddewid i chi',
          'Ein haddewidion',
          'Pa mor gyflym y byddwn yn ateb',
          'Iaith Gwaith: siarad Cymraeg â ni',
          'Os nad ydych yn fodlon',
          'Contact Example County Borough Council',
        ].map((title) => ({ title })),
      },
    ]);
    expect(pdf.outline[0]?.items.slice(0, -1).map((item) => item.title)).toEqual(doc.sections.map((section) => section.text));
  });

  it('reads the same in poppler: a Span inside the heading and inside the Link', () => {
    const tree = structTree(toFile(bytes));
    const spans = [...walkStruct(tree)].filter((node) => node.type === 'Span').map(textOf);
    expect(spans).toEqual(['Ein haddewid i chi', 'Iaith Gwaith', 'Iaith Gwaith', 'Swyddog y Gymraeg']);
    const heading = [...walkStruct(tree)].find((node) => node.type === 'H2' && textOf(node).includes('speaking Welsh'));
    expect(heading?.children.map((child) => child.type)).toEqual(['Span']);
    const link = [...walkStruct(tree)].find((node) => node.type === 'Link' && textOf(node).includes('Swyddog'));
    expect(link?.children.map((child) => child.type)).toEqual(['Span']);
  });

  it('passes the PDF checks of npm run check, with every word of the model in order', async () => {
    expect(
      await checkPdf('dwyieithog.pdf', bytes, { lang: 'en-GB', minTextSize: LARGE_PRINT.bodySize, text: blocksText(doc.blocks) }),
    ).toEqual([]);
  });
});

/**
 * The PDFs on their real bytes, parsed back with pdf.js and poppler: structure, text, sizes,
 * margins, fonts, metadata, determinism. Seeds are read from dist/ (npm test builds first);
 * layout fixtures are rendered here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartersDir, loadAllCharters, loadCharterFile } from '../../../src/model/load-charter.ts';
import { blocksText, inlineText } from '../../../src/model/text.ts';
import type { CharterDocument } from '../../../src/model/types.ts';
import { allBlocks } from '../../../src/model/walk.ts';
import { CLEAR_PRINT, LARGE_PRINT, PDF_PROFILES, renderPdfWithInfo, type PdfProfile } from '../../../src/renderers/pdf/index.ts';
import {
  inkOnFirstPage,
  inkOutside,
  poppler,
  readPdf,
  structTree,
  textOf,
  toFile,
  walkStruct,
  wordBoxes,
  type ParsedPdf,
} from '../../helpers/pdf.ts';
import { DIST, FIXTURES } from '../../helpers/paths.ts';

const context = {
  pageUrl: 'https://charters.example.org/charters/fixture/',
  formatRequest: { email: 'formats@fixture.example', phone: '0300 123 4567' },
};
const squash = (text: string) => text.replace(/\s+/g, '');

/** Every paragraph, item and cell of the model appears whole and in order in the extracted text. */
function expectModelTextInOrder(doc: CharterDocument, pdf: ParsedPdf): void {
  const extracted = squash(
    pdf.pages.flatMap((page) => page.items.filter((item) => item.tag !== 'Artifact').map((item) => item.text)).join(''),
  );
  expect(extracted).not.toContain('\ufffd');
  let from = 0;
  for (const run of blocksText(doc.blocks).map(squash).filter(Boolean)) {
    const at = extracted.indexOf(run, from);
    expect(at, `"${run.slice(0, 60)}…" missing or out of order`).toBeGreaterThanOrEqual(0);
    from = at + run.length;
  }
}

/**
 * Nothing is drawn outside the margins: no ink in the rendered pages (pdftoppm), and every
 * word's box (pdftotext -bbox) inside. A line's last word carries its trailing space (kept
 * so extracted lines join into words), which is invisible, so its box may reach one space
 * width further.
 */
function expectWithinMargins(file: string, profile: PdfProfile): void {
  const { margin } = profile;
  expect(inkOutside(file, margin)).toEqual(inkOutside(file, margin).map(() => 0));
  for (const [index, page] of wordBoxes(file).entries()) {
    for (const word of page.words) {
      const where = `page ${index + 1}: "${word.text}"`;
      const spaceWidth = 0.3 * (word.yMax - word.yMin);
      expect(word.xMin, where).toBeGreaterThanOrEqual(margin.left - 0.01);
      expect(word.xMax - spaceWidth, where).toBeLessThanOrEqual(page.width - margin.right + 0.01);
      expect(word.yMin, where).toBeGreaterThanOrEqual(margin.top - 0.01);
      expect(word.yMax, where).toBeLessThanOrEqual(page.height - margin.bottom + 0.01);
    }
  }
}

function expectMinimumSize(pdf: ParsedPdf, profile: PdfProfile): void {
  for (const page of pdf.pages) for (const item of page.items) expect(item.size, item.text).toBeGreaterThanOrEqual(profile.bodySize - 0.01);
}

describe.each(
  loadAllCharters(chartersDir()).flatMap((doc) => PDF_PROFILES.map((profile) => [`${doc.id} ${profile.id}`, doc, profile] as const)),
)('%s.pdf', (_name, doc, profile) => {
  const file = path.join(DIST, 'charters', doc.id, `${doc.id}-${profile.id}.pdf`);
  let pdf: ParsedPdf;
  beforeAll(async () => {
    pdf = await readPdf(new Uint8Array(readFileSync(file)));
  });

  it('is tagged, A4, titled, with XMP metadata (pdfinfo)', () => {
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595\.27\d x 841\.8\d pts \(A4\)$/m);
    expect(info).toContain(doc.title);
    const xmp = poppler('pdfinfo', ['-meta', file]);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<dc:title>');
  });

  it('embeds every font as a subset with a Unicode map (pdffonts)', () => {
    const rows = poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBe(2);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+AtkinsonHyperlegibleNext-(Regular|Bold)\s/);
      expect(row).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    }
  });

  it('has the model’s headings as its structure, under one Document', () => {
    const tree = structTree(file);
    expect(tree.children.map((node) => node.type)).toEqual(['Document']);
    const headings = [...walkStruct(tree)].filter((node) => /^H\d$/.test(node.type)).map((node) => `${node.type} ${textOf(node).trim()}`);
    const expected = [
      `H1 ${doc.title}`,
      ...[...allBlocks(doc.blocks)].flatMap((block) => (block.type === 'heading' ? [`H${block.level} ${inlineText(block.content)}`] : [])),
      ...(!doc.hasContactBlock && doc.meta.contact ? [`H2 Contact ${doc.meta.organisation}`] : []),
    ];
    expect(headings).toEqual(expected);
  });

  it('exposes the same heading sequence to pdf.js (what Firefox gives screen readers)', () => {
    const roles = pdf.pages.flatMap((page) => page.roles.filter((role) => /^H\d$/.test(role)));
    const expected = [
      'H1',
      ...[...allBlocks(doc.blocks)].flatMap((block) => (block.type === 'heading' ? [`H${block.level}`] : [])),
      ...(!doc.hasContactBlock && doc.meta.contact ? ['H2'] : []),
    ];
    expect(roles).toEqual(expected);
    expect(pdf.pages[0]?.roles.slice(0, 2)).toEqual(['Root', 'Document']);
  });

  it('lists and tables are well formed', () => {
    for (const node of walkStruct(structTree(file))) {
      if (node.type === 'L') expect(node.children.every((child) => child.type === 'LI')).toBe(true);
      if (node.type === 'LI') expect(node.children.map((child) => child.type)).toEqual(['Lbl', 'LBody']);
      if (node.type === 'Table') expect(node.children.every((child) => child.type === 'TR')).toBe(true);
      if (node.type === 'TR') expect(node.children.every((child) => child.type === 'TH' || child.type === 'TD')).toBe(true);
    }
  });

  it('carries every word of the model, in order, nothing garbled', () => expectModelTextInOrder(doc, pdf));

  it(`has no text smaller than ${profile.bodySize} pt`, () => expectMinimumSize(pdf, profile));

  it('draws nothing outside the margins', () => expectWithinMargins(file, profile));

  it('declares its language, title and bookmarks', () => {
    expect(pdf.language).toBe(doc.lang);
    expect(pdf.title).toContain(doc.title);
    expect(pdf.outline[0]?.title).toBe(doc.title);
    expect(pdf.outline[0]?.items.map((item) => item.title)).toEqual(expect.arrayContaining(doc.sections.map((section) => section.text)));
  });

  it('marks page numbers as artifacts, at body size, on every page', () => {
    pdf.pages.forEach((page, index) => {
      const number = page.items.find((item) => item.text === `Page ${index + 1} of ${pdf.pages.length}`);
      expect(number?.tag).toBe('Artifact');
      expect(number?.size).toBeCloseTo(profile.bodySize, 1);
    });
  });

  it('never ends a page with a heading', () => {
    for (const page of pdf.pages.slice(0, -1)) {
      const last = page.items.filter((item) => item.tag !== 'Artifact').at(-1);
      expect(last?.tag).not.toMatch(/^H\d$/);
    }
  });
});

describe('PDF determinism and rendering', () => {
  const doc = loadAllCharters(chartersDir())[0] as CharterDocument;

  it('gives byte-identical PDFs when rendered twice', async () => {
    const first = await renderPdfWithInfo(doc, LARGE_PRINT, context);
    const second = await renderPdfWithInfo(doc, LARGE_PRINT, context);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('renders page 1 to pixels with poppler (not blank)', async () => {
    const { bytes } = await renderPdfWithInfo(doc, LARGE_PRINT, context);
    const ink = inkOnFirstPage(toFile(bytes));
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.5);
  });

  it('keeps a phone number on one line', async () => {
    const { bytes } = await renderPdfWithInfo(doc, LARGE_PRINT, {
      ...context,
      formatRequest: { email: 'formats@fixture.example', phone: '01865 815906' },
    });
    const text = poppler('pdftotext', ['-layout', toFile(bytes), '-']);
    expect(text).toContain('01865 815906');
  });
});

describe.each([LARGE_PRINT, CLEAR_PRINT])('layout fixtures, %s', (profile) => {
  const render = async (name: string) => {
    const doc = loadCharterFile(path.join(FIXTURES, 'pdf', `${name}.mdx`));
    const { bytes } = await renderPdfWithInfo(doc, profile, context);
    return { doc, bytes, pdf: await readPdf(bytes), file: toFile(bytes) };
  };

  it('splits a word longer than a line instead of drawing past the margin', async () => {
    const { doc, pdf, file } = await render('long-word');
    expectWithinMargins(file, profile);
    expectModelTextInOrder(doc, pdf);
  });

  it('repeats a long table’s header row on every page, as an artifact', async () => {
    const { doc, pdf, file } = await render('long-table');
    expect(pdf.pages.length).toBeGreaterThan(2);
    // Every page after the first that continues the table starts with the repeated header.
    for (const page of pdf.pages.slice(1).filter((p) => p.items.some((item) => item.tag === 'TD'))) {
      const [first, second] = page.items;
      expect([first?.text, second?.text]).toEqual(['Standard', 'Target']);
      expect(first?.tag).toBe('Artifact');
    }
    const headers = [...walkStruct(structTree(file))].filter((node) => node.type === 'TH');
    expect(headers.map((node) => textOf(node).trim())).toEqual(['Standard', 'Target']);
    const rows = [...walkStruct(structTree(file))].filter((node) => node.type === 'TR');
    expect(rows).toHaveLength(61);
    expectModelTextInOrder(doc, pdf);
    expectWithinMargins(file, profile);
  });

  it('continues a list across pages as one list', async () => {
    const { doc, pdf, file } = await render('list-across-pages');
    expect(pdf.pages.length).toBeGreaterThan(1);
    const lists = [...walkStruct(structTree(file))].filter((node) => node.type === 'L');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.children).toHaveLength(40);
    expectModelTextInOrder(doc, pdf);
  });

  it('gives text in another language its own /Lang, and draws Welsh letters', async () => {
    const doc = loadCharterFile(path.join(FIXTURES, 'valid/every-block-type/charter.mdx'));
    const { bytes } = await renderPdfWithInfo(doc, profile, context);
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const langs: string[] = [];
    const walk = (node: { lang?: string; children?: unknown[] } | null) => {
      if (!node) return;
      if (node.lang) langs.push(node.lang);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    for (let number = 1; number <= pdf.numPages; number += 1) walk((await (await pdf.getPage(number)).getStructTree()) as never);
    await pdf.destroy();
    expect(langs).toContain('cy');
    expect(poppler('pdftotext', [toFile(bytes), '-']).replace(/\s+/g, ' ')).toContain('Mae ŵ ac ŷ yn llythrennau Cymraeg.');
  });

  it('moves a heading that would fall at the foot of a page to the next page', async () => {
    const { doc, pdf } = await render('heading-at-page-foot');
    expect(pdf.pages.length).toBeGreaterThan(3);
    for (const page of pdf.pages.slice(0, -1)) {
      const last = page.items.filter((item) => item.tag !== 'Artifact').at(-1);
      expect(last?.tag).toBe('P');
    }
    expectModelTextInOrder(doc, pdf);
    expectMinimumSize(pdf, profile);
  });
});

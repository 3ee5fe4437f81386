/**
 * A four-column table of response targets (tests/fixtures/charters/wide-targets-table) in the
 * large-print and clear-print PDFs, read back with poppler and pdf.js: its columns are too
 * narrow for "Acknowledgement" at 18 pt and at 14 pt, which the grid used to print as
 * "Acknowledgeme / nt". It is set as labelled rows instead, so no word of the table is broken
 * across lines, tagged as a list (L → LI → Lbl + LBody); a table whose words fit stays a
 * tagged grid, as the seeds' tables do; and the files pass the PDF checks of `npm run check`.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPdf } from '../../../src/checks/output/pdf.ts';
import { chartersDir, loadAllCharters, loadCharterFile } from '../../../src/model/load-charter.ts';
import { blocksText, inlineText } from '../../../src/model/text.ts';
import type { CharterDocument, TableBlock } from '../../../src/model/types.ts';
import { allBlocks } from '../../../src/model/walk.ts';
import { CLEAR_PRINT, LARGE_PRINT, renderPdf, type PdfProfile } from '../../../src/renderers/pdf/index.ts';
import { createMeasurer } from '../../../src/renderers/tagged-pdf/fonts.ts';
import { poppler, structTree, textOf, toFile, walkStruct, type StructNodeText } from '../../helpers/pdf.ts';
import { FIXTURES } from '../../helpers/paths.ts';

const context = {
  pageUrl: 'https://charters.example.org/charters/response-targets/',
  formatRequest: { email: 'formats@district-council-example.example', phone: '01234 567890' },
};
const doc = loadCharterFile(path.join(FIXTURES, 'wide-targets-table/response-targets/charter.mdx'));
const tablesOf = (charter: CharterDocument) =>
  [...allBlocks(charter.blocks)].filter((block): block is TableBlock => block.type === 'table');
const [targets, reviews] = tablesOf(doc) as [TableBlock, TableBlock];
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const children = (node: StructNodeText | undefined) => node?.children.map((child) => child.type);

describe.each([LARGE_PRINT, CLEAR_PRINT])('a four-column table of targets, %s', (profile: PdfProfile) => {
  let bytes: Uint8Array;
  let file: string;
  let text: string;
  beforeAll(async () => {
    bytes = await renderPdf(doc, profile, context);
    file = toFile(bytes);
    text = poppler('pdftotext', [file, '-']);
  });

  it('has a header word wider than a quarter of the line at this size: the fixture needs the fix', () => {
    const { page, margin, bodySize, boxPadding } = profile;
    const column = (page.width - margin.left - margin.right) / 4 - boxPadding;
    expect(createMeasurer().width('Acknowledgement', true, bodySize)).toBeGreaterThan(column);
  });

  it('breaks no word of the table across lines: every word is whole in the text read back', () => {
    const tokens = words(text).map((token) => token.replace(/[:.,]$/, ''));
    const cells = [...targets.head.slice(1), ...targets.rows.flat()].map((cell) => inlineText(cell));
    for (const word of cells.flatMap(words)) {
      expect(tokens, word).toContain(word);
      // Nor is any part of it left at a line's end with the rest on the next line ("Acknowledgeme / nt").
      for (let cut = 1; cut < word.length; cut += 1) {
        expect(text, `${word} broken after "${word.slice(0, cut)}"`).not.toContain(`${word.slice(0, cut)}\n${word.slice(cut)}`);
        expect(text, `${word} hyphenated after "${word.slice(0, cut)}"`).not.toContain(`${word.slice(0, cut)}-\n${word.slice(cut)}`);
      }
    }
    // Each body cell is there whole, in order, on its column header's line.
    expect(text).toContain('Acknowledgement: By the end of the next working');
    expect(text).toContain('Who responds: The team that provides your service');
  });

  it('tags the labelled rows as a list: one LI a row, its first cell the Lbl, each other cell a P in the LBody', () => {
    const tree = structTree(file);
    const lists = [...walkStruct(tree)].filter((node) => node.type === 'L');
    expect(lists).toHaveLength(1);
    const items = lists[0]?.children ?? [];
    expect(items.map((item) => item.type)).toEqual(targets.rows.map(() => 'LI'));
    items.forEach((item, index) => {
      const row = targets.rows[index] ?? [];
      expect(children(item)).toEqual(['Lbl', 'LBody']);
      expect(textOf(item.children[0] as StructNodeText).trim()).toBe(inlineText(row[0] ?? []));
      const lines = (item.children[1]?.children ?? []).map((p) => [p.type, textOf(p).replace(/\s+/g, ' ').trim()]);
      expect(lines).toEqual(
        row.slice(1).map((cell, column) => ['P', `${inlineText(targets.head[column + 1] ?? [])}: ${inlineText(cell)}`]),
      );
    });
  });

  it('keeps the two-column table whose words fit as a grid: Table → TR → TH (Scope Column) / TD', () => {
    const tables = [...walkStruct(structTree(file))].filter((node) => node.type === 'Table');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.children.map((row) => children(row))).toEqual([['TH', 'TH'], ...reviews.rows.map(() => ['TD', 'TD'])]);
    expect(poppler('pdfinfo', ['-struct-text', file])).toMatch(/TH:\n\s+\/Scope \/Column\n\s+"Review"/);
  });

  it('passes the PDF checks of npm run check, the text of the source in order', async () => {
    expect(
      await checkPdf('response-targets.pdf', bytes, {
        minTextSize: profile.bodySize,
        lang: 'en-GB',
        text: blocksText(doc.blocks, { printed: true }),
      }),
    ).toEqual([]);
  });
});

describe('the seeds’ tables', () => {
  const seeds = loadAllCharters(chartersDir()).filter((seed) => tablesOf(seed).length > 0);

  it.each(seeds.map((seed) => [seed.id, seed] as const))('stay tagged grids in both editions: %s', async (_id, seed) => {
    for (const profile of [LARGE_PRINT, CLEAR_PRINT]) {
      const tree = structTree(toFile(await renderPdf(seed, profile, context)));
      const tables = [...walkStruct(tree)].filter((node) => node.type === 'Table');
      expect(tables.map((table) => table.children.length)).toEqual(tablesOf(seed).map((table) => table.rows.length + 1));
    }
  });
});

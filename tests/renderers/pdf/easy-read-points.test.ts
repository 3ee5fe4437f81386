/**
 * An easy-read point is never split from its picture (ER-6: a picture beside every point):
 * a booklet of many points of every shape — sentences, lists, a list first, a long last
 * sentence, contact details — rendered and read back with pdf.js. Every point's words are
 * whole on the page where its picture is drawn, and its first line sits beside the picture.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCharterFile, loadEasyReadFile } from '../../../src/model/load-charter.ts';
import type { Block, CharterDocument, ListBlock, ParagraphBlock, PointBlock } from '../../../src/model/types.ts';
import { EASY_READ, renderPdfWithInfo } from '../../../src/renderers/pdf/index.ts';
import { FIXTURES } from '../../helpers/paths.ts';
import { expectPointsBesidePictures } from '../../helpers/easy-read-pdf.ts';
import { imagePlacements, readPdf, type ImagePlacement, type ParsedPdf } from '../../helpers/pdf.ts';

const DIR = path.join(FIXTURES, 'own-easy-read/council-promise');
const charter = loadCharterFile(path.join(DIR, 'charter.mdx'));
const edition = loadEasyReadFile(path.join(DIR, 'easy-read.mdx'), new Map([[charter.id, charter]]));
const context = { pageUrl: 'https://charters.example.org/charters/council-promise/easy-read/', formatRequest: { email: 'a@x.example' } };

const paragraph = (value: string): ParagraphBlock => ({ type: 'paragraph', line: 1, content: [{ type: 'text', value }] });
const list = (point: number, count: number): ListBlock => ({
  type: 'list',
  ordered: false,
  items: Array.from({ length: count }, (_, index) => ({ content: [paragraph(`Point ${point} item ${index + 1}`)] })),
});
const LONG = 'is a long last sentence that goes on and on over three or four lines of the column beside the picture, so it needs room';

/** Point `index` in one of five shapes, each word marked with the point's number so it can be found. */
function point(index: number): PointBlock {
  const shapes: PointBlock['content'][] = [
    [paragraph(`Point ${index} says one thing.`), paragraph(`Point ${index} says another.`), list(index, 4)],
    [paragraph(`Point ${index} starts short.`), paragraph(`Point ${index} ${LONG}.`)],
    [list(index, 3)],
    [paragraph(`Point ${index} has a list.`), list(index, 2), paragraph(`Point ${index} ${LONG} after its list.`)],
    [paragraph(`Point ${index} gives the contact details.`)],
  ];
  const content = shapes[index % shapes.length] ?? [];
  return { type: 'point', line: 1, picture: { name: 'telephone', code: '260E' }, content, contact: index % shapes.length === 4 };
}

/** 36 points under headings; `shift` more short points first move every page break to another place. */
function booklet(shift: number): { doc: CharterDocument; points: PointBlock[] } {
  const shifted = Array.from({ length: shift }, (_, index): PointBlock => ({
    ...point(100 + index),
    content: [paragraph(`A short point, number ${index}.`)],
  }));
  const blocks: Block[] = [
    ...shifted,
    ...Array.from({ length: 36 }, (_, index) => [
      ...(index % 7 === 0
        ? [
            {
              type: 'heading' as const,
              line: 1,
              level: 2 as const,
              id: `part-${index}`,
              content: [{ type: 'text' as const, value: `Part ${index}` }],
            },
          ]
        : []),
      point(index),
    ]).flat(),
  ];
  return { doc: { ...edition, blocks, sections: [] }, points: blocks.filter((block): block is PointBlock => block.type === 'point') };
}

describe.each([0, 1, 2, 3])('an easy-read booklet of points of every shape, shifted by %i', (shift) => {
  const { doc, points } = booklet(shift);
  let pdf: ParsedPdf;
  let pictures: ImagePlacement[];
  beforeAll(async () => {
    const { bytes } = await renderPdfWithInfo(doc, EASY_READ, context);
    pdf = await readPdf(bytes);
    pictures = await imagePlacements(bytes);
  });

  it('runs over several pages, with one picture for the cover and one for each point', () => {
    expect(pdf.pages.length).toBeGreaterThan(5);
    expect(pictures[0]).toMatchObject({ page: 1, width: EASY_READ.picture.cover });
  });

  it('puts every point whole on the page of its picture, its first line beside the picture', () => {
    expectPointsBesidePictures(pdf, pictures, points);
  });
});

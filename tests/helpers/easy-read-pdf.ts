import { expect } from 'vitest';
import { blocksText } from '../../src/model/text.ts';
import type { PointBlock } from '../../src/model/types.ts';
import { EASY_READ } from '../../src/renderers/pdf/profiles.ts';
import type { ImagePlacement, ParsedPdf } from './pdf.ts';

const squash = (text: string) => text.replace(/\s+/g, '');

/** A page's text as tagged content (artifacts left out), spaces removed. */
export function pageText(pdf: ParsedPdf, page: number): string {
  return squash(
    (pdf.pages[page - 1]?.items ?? [])
      .filter((item) => item.tag !== 'Artifact')
      .map((item) => item.text)
      .join(''),
  );
}

/**
 * Each point is on the page of its picture and beside it: `pictures` are every image painted,
 * in drawing order, the cover's first; picture i + 1 belongs to point i. All of the point's
 * words are whole on that page, and its first line's baseline is within the first line box
 * below the picture's top edge, in the sentences' column (a list item's text indented in it).
 */
export function expectPointsBesidePictures(pdf: ParsedPdf, pictures: readonly ImagePlacement[], points: readonly PointBlock[]): void {
  expect(pictures.length).toBe(points.length + 1);
  const column = EASY_READ.margin.left + EASY_READ.picture.size + EASY_READ.picture.gap;
  points.forEach((block, index) => {
    const picture = pictures[index + 1] as ImagePlacement;
    const where = `point ${index + 1} ("${blocksText([block])[0]?.slice(0, 40)}…"), picture on page ${picture.page}`;
    expect(picture.width, where).toBeCloseTo(EASY_READ.picture.size, 1);
    const text = pageText(pdf, picture.page);
    for (const run of blocksText([block], { printed: true }).map(squash))
      expect(text.includes(run), `${where}: "${run}" not whole`).toBe(true);
    const first = squash(blocksText([block], { printed: true })[0] ?? '');
    const top = picture.y + picture.height;
    const line = pdf.pages[picture.page - 1]?.items.find(
      (item) =>
        squash(item.text).length > 0 && first.startsWith(squash(item.text)) && item.x > column - 1 && item.y < top && item.y > picture.y,
    );
    expect(line, `${where}: no first line beside it`).toBeDefined();
    expect(top - (line?.y ?? 0), where).toBeLessThan(EASY_READ.bodySize * EASY_READ.leading);
  });
}

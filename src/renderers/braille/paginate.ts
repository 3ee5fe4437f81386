import { CELLS_PER_LINE, wrapBraille } from './wrap.ts';
import type { BlockSpacing, BrailleBlock } from './types.ts';

/** Lines per braille page (UKAAF and BANA: 25 lines of 40 cells). */
export const LINES_PER_PAGE = 25;

/**
 * Line 1 of every page carries the braille page number at the right (UK practice, RNIB
 * Braillists' Manual "Page numbering"): the text has the other 24 lines.
 */
export const TEXT_LINES_PER_PAGE = LINES_PER_PAGE - 1;

/** A heading keeps at least this many lines of what follows on its page (BANA Braille Formats 2016). */
const LINES_AFTER_HEADING = 2;

/** A block already broken into lines (wrapped text, or a contents entry with its page number). */
export interface LaidBlock extends BlockSpacing {
  lines: string[];
}

/** A block of braille wrapped to the line. */
export function layBlock(block: BrailleBlock): LaidBlock {
  const { braille, format, ...spacing } = block;
  return { ...spacing, lines: wrapBraille(braille, format) };
}

/** The lines a block needs on its page to start there: all of a heading's, with what it keeps with. */
function linesToKeep(blocks: readonly LaidBlock[], index: number): number {
  const block = blocks[index] as LaidBlock;
  if (!block.keepWithNext) return 1;
  const next = blocks[index + 1];
  if (!next) return block.lines.length;
  const gap = block.blankAfter || next.blankBefore ? 1 : 0;
  const following = next.keepWithNext ? linesToKeep(blocks, index + 1) : Math.min(LINES_AFTER_HEADING, next.lines.length);
  return block.lines.length + gap + following;
}

/** Pages of text lines (at most 24 each; line 1, the page number line, is added later) and the page index each section starts on. */
export interface Pagination {
  pages: string[][];
  sections: Map<string, number>;
}

/**
 * Lays blocks onto pages in order: a blank line is dropped at the top of a page, a heading
 * moves to the next page when its page cannot also hold the start of what follows it, and a
 * paragraph runs on to the next page where its page ends.
 */
export function paginate(blocks: readonly LaidBlock[]): Pagination {
  const pages: string[][] = [[]];
  const sections = new Map<string, number>();
  let page = pages[0] as string[];
  const newPage = () => {
    page = [];
    pages.push(page);
  };
  let blankPending = false;
  blocks.forEach((block, index) => {
    if (block.lines.length === 0) return;
    if (block.pageBreakBefore && page.length > 0) newPage();
    let blank = (blankPending || block.blankBefore === true) && page.length > 0;
    if (page.length + (blank ? 1 : 0) + linesToKeep(blocks, index) > TEXT_LINES_PER_PAGE && page.length > 0) {
      newPage();
      blank = false;
    }
    if (blank) page.push('');
    if (block.section) sections.set(block.section, pages.length - 1);
    for (const line of block.lines) {
      if (page.length >= TEXT_LINES_PER_PAGE) newPage();
      page.push(line);
    }
    blankPending = block.blankAfter === true;
  });
  return { pages: pages.filter((lines, index) => lines.length > 0 || index === 0), sections };
}

/** A braille page number: the numeric indicator, then the digits as the letters a–j (UEB and Welsh braille alike), in Braille ASCII. */
export function brailleNumber(value: number): string {
  return `#${[...String(value)].map((digit) => 'JABCDEFGHI'[Number(digit)]).join('')}`;
}

/** The page number line: the number at the right margin, or blank on a page that shows none (the title page). */
export function numberLine(page: number | undefined): string {
  if (page === undefined) return '';
  const number = brailleNumber(page);
  return ' '.repeat(CELLS_PER_LINE - number.length) + number;
}

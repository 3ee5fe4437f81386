/**
 * Braille pages: 24 lines of text under the page-number line, a heading never left at a page
 * foot without two lines of what follows, no blank line at the top of a page, and page
 * numbers in braille at the right of line 1.
 */
import { describe, expect, it } from 'vitest';
import { brailleNumber, numberLine, paginate, type LaidBlock } from '../../../src/renderers/braille/paginate.ts';

const lines = (count: number, word = 'TEXT') => Array.from({ length: count }, (_, index) => `${word} ${index + 1}`);

describe('paginate', () => {
  it('puts at most 24 lines of text on a page', () => {
    const { pages } = paginate([{ lines: lines(60) }]);
    expect(pages.map((page) => page.length)).toEqual([24, 24, 12]);
  });

  it('moves a heading to the next page when two lines of its text would not fit after it', () => {
    const blocks: LaidBlock[] = [
      { lines: lines(21) },
      { lines: ['HEAD+'], blankBefore: true, blankAfter: true, keepWithNext: true, section: 'second' },
      { lines: lines(5, 'AFT]') },
    ];
    const { pages, sections } = paginate(blocks);
    expect(pages[0]).toHaveLength(21);
    expect(pages[1]?.slice(0, 3)).toEqual(['HEAD+', '', 'AFT] 1']);
    expect(sections.get('second')).toBe(1);
  });

  it('drops a blank line at the top of a page', () => {
    const { pages } = paginate([{ lines: lines(24) }, { lines: ['NEXT'], blankBefore: true }]);
    expect(pages[1]).toEqual(['NEXT']);
  });

  it('writes braille page numbers at the right margin of line 1', () => {
    expect(brailleNumber(1)).toBe('#A');
    expect(brailleNumber(120)).toBe('#ABJ');
    expect(numberLine(12)).toBe(`${' '.repeat(37)}#AB`);
    expect(numberLine(undefined)).toBe('');
  });
});

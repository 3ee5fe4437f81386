import { describe, expect, it } from 'vitest';
import { protectSpaces } from '../../../../src/lib/keep-together.ts';
import { wrapRuns } from '../../../../src/renderers/pdf/layout/wrap.ts';
import type { Measurer } from '../../../../src/renderers/tagged-pdf/measure.ts';
import type { Run, StructNode } from '../../../../src/renderers/pdf/layout/types.ts';

// One unit per character at size 1: widths are character counts.
const measure: Measurer = { ascent: 0.8, width: (text, _bold, size) => [...text].length * size };
const p: StructNode = { id: 1, type: 'P', parent: null };
const link: StructNode = { id: 2, type: 'Link', parent: p };
const run = (text: string, bold = false, struct = p): Run => ({ text, bold, struct });
const lines = (runs: Run[], width: number) => wrapRuns(runs, width, 1, measure).map((line) => line.segments.map((s) => s.text).join(''));

describe('wrapRuns', () => {
  it('fills lines greedily and keeps trailing spaces for text extraction', () => {
    expect(lines([run('We will answer your letter quickly')], 15)).toEqual(['We will answer ', 'your letter ', 'quickly']);
  });

  it('lets a line be exactly the width, not counting its trailing space', () => {
    expect(lines([run('abcde fghij klmno')], 11)).toEqual(['abcde fghij ', 'klmno']);
  });

  it('never breaks a phone number, a date or a number from its word', () => {
    expect(lines([run('Call us on 0344 800 8020 today')], 14)).toEqual(['Call us on ', '0344 800 8020 ', 'today']);
    expect(lines([run('Adopted on 23 August 2004 here')], 16)).toEqual(['Adopted on ', '23 August 2004 ', 'here']);
    expect(lines([run('within 5 working days')], 10)).toEqual(['within ', '5 working ', 'days']);
    // A year is not glued to the word after it.
    expect(lines([run('In 2004 the council agreed')], 12)).toEqual(['In 2004 the ', 'council ', 'agreed']);
  });

  it('splits an over-long word, preferring a break after a slash', () => {
    const out = lines([run('https://example.org/a/long/path')], 16);
    expect(out.join('')).toBe('https://example.org/a/long/path');
    expect(out).toEqual(['https://example.', 'org/a/long/path']);
    out.forEach((line) => expect(line.length).toBeLessThanOrEqual(16));
  });

  it('keeps styles and owners as separate segments with correct offsets', () => {
    const [line] = wrapRuns([run('Call '), run('01865 815906', true, link), run('.')], 40, 1, measure);
    expect(line?.segments.map((s) => [s.text, s.bold, s.struct.type, s.x])).toEqual([
      ['Call ', false, 'P', 0],
      ['01865 815906', true, 'Link', 5],
      ['.', false, 'P', 17],
    ]);
  });
});

describe('protectSpaces', () => {
  it('keeps the text the same length', () => {
    const text = 'Phone 01865 815906 on 5 May 2024 at 9 am';
    expect(protectSpaces(text)).toHaveLength(text.length);
    expect(protectSpaces(text)).toBe('Phone 01865\u00a0815906 on 5\u00a0May\u00a02024 at 9\u00a0am');
  });
});

/**
 * Wrapping braille to the 40-cell line: at braille word boundaries, with the block's indent and
 * runover, centred headings with three blank cells each side, a phone number's numbers never
 * split, and a word longer than a line divided at a safe point.
 */
import { describe, expect, it } from 'vitest';
import { wrapBraille } from '../../../src/renderers/braille/wrap.ts';

const words = (count: number) => Array.from({ length: count }, (_, index) => `W${'O'.repeat(index % 7)}RD`).join(' ');

describe('wrapBraille', () => {
  it('keeps every line within 40 cells, breaking only at spaces', () => {
    const text = words(60);
    const lines = wrapBraille(text, { first: 2, runover: 0 });
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.map((line) => line.trim()).join(' ')).toBe(text);
  });

  it('indents the first line and the runovers as the format says (3-1 paragraph, 1-3 list item)', () => {
    const paragraph = wrapBraille(words(30), { first: 2, runover: 0 });
    expect(paragraph[0]).toMatch(/^ {2}\S/);
    expect(paragraph[1]).toMatch(/^\S/);
    const item = wrapBraille(words(30), { first: 0, runover: 2 });
    expect(item[0]).toMatch(/^\S/);
    for (const line of item.slice(1)) expect(line).toMatch(/^ {2}\S/);
  });

  it('centres a heading with at least three blank cells each side', () => {
    const lines = wrapBraille(words(20), { first: 0, runover: 0, centred: true });
    for (const line of lines) {
      expect(line.length - line.trimStart().length).toBeGreaterThanOrEqual(3);
      expect(line.trimStart().length).toBeLessThanOrEqual(34);
    }
    expect(wrapBraille(',HEAD+', { first: 0, runover: 0, centred: true })).toEqual([`${' '.repeat(17)},HEAD+`]);
  });

  it('keeps the numbers of a phone number on one line (Welsh braille keeps the print space)', () => {
    const before = 'A'.repeat(27);
    const lines = wrapBraille(`${before} #JABCD #EFGHIJ4`, { first: 0, runover: 0 });
    expect(lines).toEqual([before, '#JABCD #EFGHIJ4']);
  });

  it('divides a web address longer than a line after a slash, with no hyphen added', () => {
    const address = 'HTTPS3_/_/*>T]S4EXAMPLE4ORG_/*>T]S_/OXF=D%IRE-C>E-&-SUPPORT_/';
    const lines = wrapBraille(address, { first: 0, runover: 0 });
    expect(lines.join('')).toBe(address);
    expect(lines[0]).toMatch(/_\/$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('divides a number longer than a line with the line continuation indicator (UEB §6.10.3)', () => {
    const number = `#${'ABCDEFGHIJ'.repeat(5)}`;
    const [first, second] = wrapBraille(number, { first: 0, runover: 0 });
    expect(first).toHaveLength(40);
    expect(first?.endsWith('"')).toBe(true);
    expect(`${first?.slice(0, -1)}${second}`).toBe(number);
  });
});

import { describe, expect, it } from 'vitest';
import { protectSpaces } from '../../../../src/lib/keep-together.ts';
import { breakRank, isAddress, widestWord, wrapRuns } from '../../../../src/renderers/pdf/layout/wrap.ts';
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
    // Not after "https://" (a scheme alone on a line), so before the dot: it starts the next line.
    expect(out).toEqual(['https://example', '.org/a/long/path']);
    out.forEach((line) => expect(line.length).toBeLessThanOrEqual(16));
  });

  it('splits a plain over-long word after its own hyphen, as before', () => {
    expect(lines([run('Acknowledgement-and-response')], 17)).toEqual(['Acknowledgement-', 'and-response']);
  });
});

describe('web and email addresses', () => {
  const page = 'https://charters.example.org/charters/oxfordshire-care-and-support/';

  it('breaks a web address after a "/" of its path, never at one of its hyphens', () => {
    expect(lines([run(page)], 45)).toEqual(['https://charters.example.org/charters/', 'oxfordshire-care-and-support/']);
  });

  it('starts an address that does not fit the rest of the line on its own line', () => {
    expect(lines([run(`It is also on the web at ${page}`)], 45)).toEqual([
      'It is also on the web at ',
      'https://charters.example.org/charters/',
      'oxfordshire-care-and-support/',
    ]);
    expect(lines([run(`On the web at ${page}`)], 70)).toEqual(['On the web at ', page]);
  });

  it('breaks an address in brackets after a link the same way, punctuation and all', () => {
    const out = lines([run('Read it (https://example.org/our-charter/easy-read-version).')], 30);
    expect(out).toEqual(['Read it ', '(https://example.org/', 'our-charter/', 'easy-read-version).']);
  });

  it('breaks an email address after its "@", not at a hyphen', () => {
    expect(lines([run('someone.with-a-long-name@county-council.gov.uk')], 26)).toEqual([
      'someone.with-a-long-name@',
      'county-council.gov.uk',
    ]);
  });

  it('never ends a line just after an address’s own hyphen, at any width', () => {
    const addresses = [
      page,
      'https://www.north-east-lincolnshire-county-council.example/care-and-support-services-for-adults',
      'care-and-support-team-for-older-people@north-east-lincolnshire-council.example',
      'www.very-long-domain-name-with-many-hyphens.example/a-b-c-d-e-f',
      'mailto:first-name.last-name@a-very-long-council-name.example',
    ];
    for (const address of addresses) {
      for (let width = 6; width <= 70; width += 1) {
        const out = lines([run(`Visit ${address} today`)], width);
        expect(out.join(''), `${address} at ${width}`).toBe(`Visit ${address} today`);
        for (const line of out.slice(0, -1)) expect(line, `${address} at ${width}`).not.toMatch(/-$/);
        for (const line of out) expect(line.trimEnd().length, `${address} at ${width}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('recognises web and email addresses, with the punctuation around them', () => {
    for (const word of [
      'https://example.org/a-b',
      'http://x.example',
      '(https://example.org/page).',
      'www.example.org',
      'mailto:a@b.example',
      'tel:+441234567890',
      'care-team@county-council.gov.uk,',
      'example.org/a-path',
    ])
      expect(isAddress(word), word).toBe(true);
    for (const word of ['Acknowledgement', 'well-being', 'and/or', 'e.g.', '10:30-11:00', 'self-assessment.'])
      expect(isAddress(word), word).toBe(false);
  });

  it('ranks a break after a path’s "/" above one after "@" and before a dot, and never after a hyphen', () => {
    const chars = [...'https://a-b.example/c-d@e.f'];
    const rank = (at: number) => breakRank(chars, at, true);
    expect(rank(chars.indexOf('/', 8) + 1)).toBe(3);
    expect(rank(chars.indexOf('@') + 1)).toBe(2);
    expect(rank(chars.indexOf('.'))).toBe(1);
    expect(rank(8)).toBe(1);
    expect(rank(chars.indexOf('-') + 1)).toBe(0);
    // A plain word keeps its breaks after hyphens.
    expect(breakRank([...'well-being'], 5, false)).toBe(1);
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

describe('widestWord', () => {
  it('measures the widest unbreakable word, without its trailing space', () => {
    expect(widestWord([run('Call 0300 123 4567 or write')], 1, measure)).toBe(13);
    expect(widestWord([run('Acknowledge'), run('ment by', true)], 1, measure)).toBe(15);
    expect(widestWord([], 1, measure)).toBe(0);
  });
});

describe('protectSpaces', () => {
  it('keeps the text the same length', () => {
    const text = 'Phone 01865 815906 on 5 May 2024 at 9 am';
    expect(protectSpaces(text)).toHaveLength(text.length);
    expect(protectSpaces(text)).toBe('Phone 01865\u00a0815906 on 5\u00a0May\u00a02024 at 9\u00a0am');
  });
});

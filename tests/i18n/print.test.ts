/**
 * The print dictionary (src/i18n/*\/print.ts): counts in Welsh take the right plural form and
 * mutation, and sentences with slots keep their words whole around them.
 */
import { describe, expect, it } from 'vitest';
import { PRINT } from '../../src/i18n/en-GB/print.ts';
import { dictionary, t, tParts } from '../../src/i18n/index.ts';

describe('Welsh counts', () => {
  it.each([
    [1, 'Siarter: dalen o 1 cerdyn waled'],
    [2, 'Siarter: dalen o 2 gerdyn waled'],
    [10, 'Siarter: dalen o 10 o gardiau waled'],
  ])('names a sheet of %i wallet cards', (count, expected) => {
    expect(t('cy-GB', 'card.sheet.title', { title: 'Siarter', count })).toBe(expected);
  });

  it('numbers pages "Tudalen 2 o 5"', () => {
    expect(t('cy-GB', 'pdf.pageNumber', { page: 2, pages: 5 })).toBe('Tudalen 2 o 5');
    expect(t('en-GB', 'pdf.pageNumber', { page: 2, pages: 5 })).toBe('Page 2 of 5');
  });
});

describe('tParts', () => {
  it('cuts a sentence at its slots, fills the other placeholders, and drops empty words', () => {
    expect(tParts('en-GB', 'pdf.firstPage.formatsByEmail', ['email', 'webPage'], { edition: 'This is it.' })).toEqual([
      { text: 'This is it. To get this charter in another format, such as easy read, Braille, audio or another language, email ' },
      { slot: 'email' },
      { text: '. It is also on the web at ' },
      { slot: 'webPage' },
    ]);
    expect(tParts('cy-GB', 'contact.row', ['value'], { label: 'Ffôn' })).toEqual([{ text: 'Ffôn: ' }, { slot: 'value' }]);
  });

  it('needs a value for every placeholder that is not a slot', () => {
    expect(() => tParts('en-GB', 'contact.row', ['value'])).toThrow('needs a value for {label}');
  });
});

describe('the Welsh print dictionary', () => {
  it('translates every sentence: no Welsh message of more than one word is the English one', () => {
    const welsh = dictionary('cy-GB');
    const same = Object.entries(PRINT).filter(([key, english]) => {
      const words = JSON.stringify(english).replace(/\{\w+\}/g, '');
      return /\p{L}+ \p{L}+/u.test(words) && JSON.stringify(welsh[key as keyof typeof PRINT]) === JSON.stringify(english);
    });
    expect(same).toEqual([]);
  });
});

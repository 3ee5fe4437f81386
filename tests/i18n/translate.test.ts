import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/i18n/dates.ts';
import { dictionary, uiLanguageFor } from '../../src/i18n/index.ts';

describe('the dictionaries', () => {
  it('give Welsh every key English has, and no other', () => {
    expect(Object.keys(dictionary('cy-GB')).sort()).toEqual(Object.keys(dictionary('en-GB')).sort());
  });

  it('have the same placeholders in both languages', () => {
    const placeholders = (message: unknown) => [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])].sort();
    for (const [key, english] of Object.entries(dictionary('en-GB'))) {
      expect(placeholders(dictionary('cy-GB')[key as keyof ReturnType<typeof dictionary>]), key).toEqual(placeholders(english));
    }
  });

  it('give every Welsh plural message all six CLDR forms', () => {
    for (const [key, message] of Object.entries(dictionary('cy-GB'))) {
      if (typeof message === 'string') continue;
      expect(Object.keys(message).sort(), key).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    }
  });
});

describe('the interface language', () => {
  it.each([
    ['cy-GB', 'cy-GB'],
    ['cy', 'cy-GB'],
    ['en-GB', 'en-GB'],
    ['pl-PL', 'en-GB'],
  ])('is %s content → %s furniture', (content, ui) => {
    expect(uiLanguageFor(content)).toBe(ui);
  });
});

describe('dates', () => {
  it.each([
    ['2004-08-23', 'en-GB', '23 August 2004'],
    ['2010-12', 'en-GB', 'December 2010'],
    ['2004', 'en-GB', '2004'],
    ['2004-08-23', 'cy-GB', '23 Awst 2004'],
    ['2010-12', 'cy-GB', 'Rhagfyr 2010'],
    ['2024-04-01', 'cy-GB', '1 Ebrill 2024'],
  ] as const)('writes %s in %s as "%s"', (value, lang, expected) => {
    expect(formatPartialDate(value, lang)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from '../../src/lib/contact-links.ts';
import { formatPartialDate } from '../../src/i18n/dates.ts';

// Dates are written by src/i18n/dates.ts (src/lib/format-date.ts is gone): English as before,
// the GOV.UK way; Welsh in tests/i18n/translate.test.ts.
describe('formatPartialDate', () => {
  it.each([
    ['2004-08-23', '23 August 2004'],
    ['2010-12', 'December 2010'],
    ['2011', '2011'],
    ['2024-01-05', '5 January 2024'],
  ])('writes %s as %s', (input, expected) => expect(formatPartialDate(input, 'en-GB')).toBe(expected));
});

describe('contact links', () => {
  it('dials UK numbers in international form', () => {
    expect(telHref('01865 815906')).toBe('tel:+441865815906');
    expect(telHref('0344 800 8020')).toBe('tel:+443448008020');
  });

  it('encodes a pre-filled subject and body', () => {
    const href = mailtoHref('team@council.gov.uk', { subject: 'Large print & Braille', body: 'Line 1\nLine 2' });
    expect(href).toBe('mailto:team@council.gov.uk?subject=Large%20print%20%26%20Braille&body=Line%201%0ALine%202');
  });
});

describe('uiLangWithin', () => {
  it('marks the site’s English words only inside pages in another language', async () => {
    const { uiLangWithin } = await import('../../src/lib/ui-language.ts');
    expect(uiLangWithin('cy-GB')).toBe('en-GB');
    expect(uiLangWithin('cy')).toBe('en-GB');
    expect(uiLangWithin('en-GB')).toBeUndefined();
    expect(uiLangWithin('en')).toBeUndefined();
  });

  it('marks nothing on a Welsh page with Welsh furniture, and English furniture on a page in a language without a dictionary', async () => {
    const { uiLangWithin } = await import('../../src/lib/ui-language.ts');
    expect(uiLangWithin('cy-GB', 'cy-GB')).toBeUndefined();
    expect(uiLangWithin('cy', 'cy-GB')).toBeUndefined();
    expect(uiLangWithin('pl-PL', 'en-GB')).toBe('en-GB');
    expect(uiLangWithin('en-GB', 'cy-GB')).toBe('cy-GB');
  });
});

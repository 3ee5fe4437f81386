import type { UiLanguage } from './types.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: UiLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    formats.set(key, found);
  }
  return found;
}

/**
 * A partial ISO date ("2004-08-23", "2010-12", "2004") in the interface language, as
 * precise as it was given: "23 August 2004", "December 2010", "2004" in English (the GOV.UK
 * style: no ordinals, abbreviations or leading zeros); "23 Awst 2004", "Rhagfyr 2010" in
 * Welsh, with month names from CLDR (Node's ICU).
 * @see https://www.gov.uk/guidance/style-guide/a-to-z#dates
 */
export function formatPartialDate(value: string, lang: UiLanguage = 'en-GB'): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return value;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return day === undefined
    ? format(lang, { month: 'long', year: 'numeric' }).format(date)
    : format(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

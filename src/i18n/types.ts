/**
 * A message with a form per plural category (CLDR, via Intl.PluralRules). English needs
 * `one` and `other`; Welsh has six categories — zero, one, two, few, many, other
 * (0, 1, 2, 3, 6 and everything else) — and GOV.UK Frontend gives every Welsh plural all six.
 */
export interface PluralMessage {
  zero?: string;
  one: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A dictionary entry: text with optional `{name}` placeholders, or plural forms of it. */
export type Message = string | PluralMessage;

/** The interface languages the product writes its own words in. */
export const UI_LANGUAGES = ['en-GB', 'cy-GB'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

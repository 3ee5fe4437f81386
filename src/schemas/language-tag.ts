import { z } from 'astro/zod';

/** Language, optional script, optional region: the subset of BCP 47 a charter needs. */
const TAG_SHAPE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?$/;

/**
 * A BCP 47 language tag with a language and, usually, a region: `en-GB`, `cy-GB`, `en`.
 * Pages use it for `<html lang>` (WCAG 2.2 SC 3.1.1) and PDFs for the catalog `/Lang`
 * (PDF/UA-1 §7.2), so a typo here breaks screen-reader pronunciation everywhere.
 * @see https://www.rfc-editor.org/info/bcp47
 */
export const LanguageTagSchema = z.string().refine((tag) => TAG_SHAPE.test(tag) && isCanonicalTag(tag), {
  error: 'Use a BCP 47 language tag such as "en-GB" (English, UK) or "cy-GB" (Welsh, UK).',
});

function isCanonicalTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

export type LanguageTag = z.output<typeof LanguageTagSchema>;

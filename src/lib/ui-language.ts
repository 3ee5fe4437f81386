/** The interface language everything falls back to; src/i18n/ `uiLanguageFor()` picks Welsh for Welsh content. */
export const UI_LANGUAGE = 'en-GB';

/**
 * The lang to put on the product's own words (navigation, labels, notes) inside a page or
 * file in another language: undefined when they are in the page's language (a Welsh charter
 * with Welsh furniture), `uiLang` otherwise (English furniture on a Polish charter). WCAG
 * 3.1.2 Language of parts. The caller says which interface language its words are in.
 */
export function uiLangWithin(pageLang: string, uiLang = UI_LANGUAGE): string | undefined {
  const primary = (tag: string) => tag.split('-')[0]?.toLowerCase();
  return primary(pageLang) === primary(uiLang) ? undefined : uiLang;
}

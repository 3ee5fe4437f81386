/** The language the site's own words (navigation, labels, notes) are written in. */
export const UI_LANGUAGE = 'en-GB';

/**
 * The lang to put on the site's own words inside a page in another language (a Welsh
 * charter): undefined when the page is already in the UI language (WCAG 3.1.2 Language of parts).
 */
export function uiLangWithin(pageLang: string, uiLang = UI_LANGUAGE): string | undefined {
  const primary = (tag: string) => tag.split('-')[0]?.toLowerCase();
  return primary(pageLang) === primary(uiLang) ? undefined : uiLang;
}

/**
 * The liblouis tables (Debian liblouis-bin, /usr/share/liblouis/tables) each language is
 * brailled with. English: Unified English Braille, grade 2 (contracted), the UK's code since
 * 2016 (UKAAF). Welsh: Welsh grade 2 (contracted) braille, liblouis's table of the Welsh
 * braille code (the British rules with signs for ll, dd, ff, rh, ŵ, ŷ and common Welsh words).
 * Other languages have no table here, so a charter in one gets no BRF, and a passage in one is
 * brailled with its document's table.
 */
const TABLES: Record<string, string> = {
  en: 'en-ueb-g2.ctb',
  cy: 'cy-cy-g2.ctb',
};

/**
 * The display table: liblouis writes dot patterns as North American Braille ASCII (the BRF
 * character set, upper case, 0x20–0x5F), which embossers and braille displays read.
 */
export const BRF_DISPLAY_TABLE = 'en-us-brf.dis';

const primary = (lang: string) => lang.split('-')[0]?.toLowerCase() ?? '';

/** The translation table for a language, or undefined when there is none. */
export function brailleTableFor(lang: string): string | undefined {
  return TABLES[primary(lang)];
}

/** The table for a run in `lang` inside a document in `docLang`: its own, or the document's. */
export function runTable(lang: string, docLang: string): string {
  const table = brailleTableFor(lang) ?? brailleTableFor(docLang);
  if (!table) throw new Error(`There is no braille table for ${docLang}.`);
  return table;
}

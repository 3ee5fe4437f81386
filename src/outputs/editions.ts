import { getCollection } from 'astro:content';
import { charterDocumentFromEntry, easyReadDocumentFromEntry } from '../model/from-entry.ts';
import type { CharterDocument } from '../model/types.ts';

/** A charter with its easy-read edition and its translation, if it has them. */
export interface Edition {
  charter: CharterDocument;
  easyRead: CharterDocument | undefined;
  /** The charter in the site's other language, when the two name each other (content check: translations.ts). */
  translation: CharterDocument | undefined;
}

/** Every charter with its easy-read edition and translation, as models. Pages call this instead of repeating collection plumbing. */
export async function loadEditions(): Promise<Edition[]> {
  const [charterEntries, easyReadEntries] = await Promise.all([getCollection('charters'), getCollection('easyRead')]);
  const charters = new Map(charterEntries.map((entry) => [entry.id, charterDocumentFromEntry(entry)]));
  const easyReads = new Map<string, CharterDocument>();
  for (const entry of easyReadEntries) {
    const charter = charters.get(entry.data.charter.id);
    if (!charter) throw new Error(`${entry.filePath ?? entry.id}: there is no charter called "${entry.data.charter.id}".`);
    easyReads.set(charter.id, easyReadDocumentFromEntry(entry, charter));
  }
  const translationOf = (charter: CharterDocument) => {
    const other = charter.meta.translation ? charters.get(charter.meta.translation) : undefined;
    return other?.meta.translation === charter.id ? other : undefined;
  };
  return [...charters.values()].map((charter) => ({ charter, easyRead: easyReads.get(charter.id), translation: translationOf(charter) }));
}

/**
 * The route data of a charter's own pages (its page and its print page, src/pages/charters/):
 * one route per charter, its edition as the props. Computed here, once, for both routes.
 */
export async function charterRoutes(): Promise<{ params: { slug: string }; props: Edition }[]> {
  return (await loadEditions()).map((edition) => ({ params: { slug: edition.charter.id }, props: edition }));
}

import { getCollection } from 'astro:content';
import { charterDocumentFromEntry, easyReadDocumentFromEntry } from '../model/from-entry.ts';
import type { CharterDocument } from '../model/types.ts';

/** Every charter and its easy-read edition (if written), as models. Pages call this instead of repeating collection plumbing. */
export async function loadEditions(): Promise<{ charter: CharterDocument; easyRead: CharterDocument | undefined }[]> {
  const [charterEntries, easyReadEntries] = await Promise.all([getCollection('charters'), getCollection('easyRead')]);
  const charters = new Map(charterEntries.map((entry) => [entry.id, charterDocumentFromEntry(entry)]));
  const easyReads = new Map<string, CharterDocument>();
  for (const entry of easyReadEntries) {
    const charter = charters.get(entry.data.charter.id);
    if (!charter) throw new Error(`${entry.filePath ?? entry.id}: there is no charter called "${entry.data.charter.id}".`);
    easyReads.set(charter.id, easyReadDocumentFromEntry(entry, charter));
  }
  return [...charters.values()].map((charter) => ({ charter, easyRead: easyReads.get(charter.id) }));
}

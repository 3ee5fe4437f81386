import path from 'node:path';
import type { ContentProblem } from './content-error.ts';
import { displayPath } from './content-files.ts';
import type { CharterDocument } from './types.ts';

/** A charter and its translation, in the order the site shows languages. */
export interface TranslationPair {
  first: CharterDocument;
  second: CharterDocument;
}

/** The frontmatter line of `translation:` in a charter file (line 1 is the opening ---). */
function translationLine(source: string): number {
  const index = source.split('\n').findIndex((line) => line.startsWith('translation:'));
  return index >= 0 ? index + 1 : 1;
}

const primary = (lang: string) => lang.split('-')[0]?.toLowerCase();

/**
 * Checks every `translation:` reference: it names a charter that exists, is in another
 * language, and names this one back. A one-sided or wrong pair would link a reader to a page
 * that does not link back, or to the same language.
 */
export function translationProblems(
  charters: readonly CharterDocument[],
  fileOf: (id: string) => string,
  sourceOf: (file: string) => string,
): ContentProblem[] {
  const byId = new Map(charters.map((doc) => [doc.id, doc]));
  return charters.flatMap((doc): ContentProblem[] => {
    const target = doc.meta.translation;
    if (!target) return [];
    const file = fileOf(doc.id);
    const at = { file: displayPath(file), line: translationLine(sourceOf(file)), rule: 'translation' };
    const other = byId.get(target);
    if (!other) {
      return [
        {
          ...at,
          message: `There is no charter called "${target}" to be this charter's translation.`,
          fix: `Use the folder name of the translated charter: ${[...byId.keys()].filter((id) => id !== doc.id).join(', ') || '(none)'}.`,
        },
      ];
    }
    if (primary(other.lang) === primary(doc.lang)) {
      return [
        {
          ...at,
          message: `"${target}" is in the same language as this charter (${doc.lang}), so it cannot be its translation.`,
          fix: 'Name the charter in the other language.',
        },
      ];
    }
    if (other.meta.translation !== doc.id) {
      return [
        {
          ...at,
          message: `"${target}" does not name this charter back as its translation.`,
          fix: `Add translation: ${doc.id} to ${displayPath(path.join(path.dirname(path.dirname(file)), target, 'charter.mdx'))}.`,
        },
      ];
    }
    return [];
  });
}

/** The language shown first where both are (`firstLanguage`, else the first of `languages`). */
export function firstLanguageOf(site: { firstLanguage?: string | undefined; languages: readonly string[] }): string {
  return site.firstLanguage ?? site.languages[0] ?? 'en-GB';
}

/** Every translated pair once, the site's first language first. */
export function translationPairs(charters: readonly CharterDocument[], firstLanguage: string): TranslationPair[] {
  const byId = new Map(charters.map((doc) => [doc.id, doc]));
  const pairs: TranslationPair[] = [];
  for (const doc of charters) {
    const other = doc.meta.translation ? byId.get(doc.meta.translation) : undefined;
    if (!other || other.meta.translation !== doc.id) continue;
    const docFirst = primary(doc.lang) === primary(firstLanguage);
    if (docFirst || (primary(other.lang) !== primary(firstLanguage) && doc.id < other.id))
      pairs.push({ first: docFirst ? doc : other, second: docFirst ? other : doc });
  }
  return pairs;
}

import path from 'node:path';
import { uiLanguageFor } from '../../i18n/index.ts';
import type { ContentProblem } from '../../model/content-error.ts';
import { displayPath } from '../../model/content-files.ts';
import { readSourceFile } from '../../model/read-source.ts';
import { translationPairs, translationProblems } from '../../model/translations.ts';
import type { CharterDocument } from '../../model/types.ts';
import type { Site } from '../../schemas/site.ts';
import { bilingualHalves } from './bilingual-halves.ts';
import { checkParity, parityProblems } from './parity.ts';

/** One translated pair and whether it passed the parity check. */
export interface PairResult {
  first: string;
  second: string;
  /** How many parity problems it has (checked only when the site requires parity). */
  problems: number;
  checked: boolean;
}

const LANGUAGE_NAMES: Record<string, string> = { 'en-GB': 'English', 'cy-GB': 'Welsh' };

/**
 * Translations of charters: every `translation:` names a charter in another language that
 * names it back; with `parity: required` in content/site.yaml, every charter in one of the
 * site's languages has a translation into the others, and each pair matches (parity.ts).
 */
export function checkTranslations(charters: readonly CharterDocument[], site: Site, dir: string): { problems: ContentProblem[]; pairs: PairResult[] } {
  const fileOf = (id: string) => path.join(dir, id, 'charter.mdx');
  const sources = new Map<string, string>();
  const sourceOf = (file: string) => {
    let text = sources.get(file);
    if (text === undefined) {
      text = readSourceFile(file, displayPath(file));
      sources.set(file, text);
    }
    return text;
  };
  const problems = translationProblems(charters, fileOf, sourceOf);
  const pairs = translationPairs(charters, site.firstLanguage ?? site.languages[0] ?? 'en-GB');
  const required = site.parity === 'required' && site.languages.length > 1;
  // A bilingual single document is its own translation: its two halves are compared instead.
  const bilingual = charters.flatMap((doc) => {
    const halves = doc.meta.translation ? undefined : bilingualHalves(doc, site.languages);
    return halves ? [halves] : [];
  });
  const bilingualIds = new Set(bilingual.map(({ first }) => first.id));
  if (required) problems.push(...missingTranslations(charters.filter((doc) => !bilingualIds.has(doc.id)), site, (id) => displayPath(fileOf(id))));
  const locate = (doc: CharterDocument) => ({ doc, file: displayPath(fileOf(doc.id)), source: sourceOf(fileOf(doc.id)) });
  const parity = required ? checkParity(pairs, locate) : [];
  const halvesParity = required ? bilingual.flatMap(({ first, second }) => parityProblems(locate(first), locate(second))) : [];
  problems.push(...parity, ...halvesParity);
  return {
    problems,
    pairs: pairs.map(({ first, second }) => ({ first: first.id, second: second.id, checked: required, problems: parity.filter((problem) => problem.file === displayPath(fileOf(second.id))).length })),
  };
}

/** Charters in a site language with no translation into the site's other languages. */
function missingTranslations(charters: readonly CharterDocument[], site: Site, fileOf: (id: string) => string): ContentProblem[] {
  return charters
    .filter((doc) => site.languages.includes(uiLanguageFor(doc.lang)) && !doc.meta.translation)
    .map((doc) => {
      const others = site.languages.filter((lang) => lang !== uiLanguageFor(doc.lang)).map((lang) => LANGUAGE_NAMES[lang] ?? lang);
      return { file: fileOf(doc.id), line: 1, rule: 'parity', message: `This charter has no ${others.join(' or ')} translation, and the site requires every charter in ${site.languages.map((lang) => LANGUAGE_NAMES[lang] ?? lang).join(' and ')}.`, fix: `Publish the translation as its own charter and name it here with translation: <its folder name> (content/README.md, "Welsh and bilingual charters").` };
    });
}

import { uiLanguageFor } from '../i18n/index.ts';
import type { CharterDocument } from '../model/types.ts';
import type { Site } from '../schemas/site.ts';

/** One language version of a charter's page, for the language switch and `<link rel="alternate" hreflang>`. */
export interface PageVersion {
  lang: string;
  href: string;
  current: boolean;
}

/**
 * A page of a charter (its page, its print page) in each language of a translated pair, in the
 * order the site shows languages (`firstLanguage` first; Welsh Language Standards); none for a
 * charter with no translation, so its page has no switch.
 */
export function pageVersions(
  doc: CharterDocument,
  translation: CharterDocument | undefined,
  site: Site,
  pathOf: (doc: CharterDocument) => string,
): PageVersion[] {
  const firstLanguage = site.firstLanguage ?? site.languages[0];
  return (translation ? [doc, translation] : [])
    .map((version) => ({ lang: version.lang, href: pathOf(version), current: version === doc }))
    .sort((a, b) => Number(uiLanguageFor(b.lang) === firstLanguage) - Number(uiLanguageFor(a.lang) === firstLanguage));
}

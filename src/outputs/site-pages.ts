import { translator, uiLanguageFor, type UiLanguage } from '../i18n/index.ts';
import { uiLangWithin } from '../lib/ui-language.ts';
import type { KnownIssue, Site } from '../schemas/site.ts';
import type { Edition } from './editions.ts';

/** The site-wide pages, published once in every language the site publishes in. */
export const SITE_PAGES = ['home', 'accessibility'] as const;
export type SitePageId = (typeof SITE_PAGES)[number];

/** The site-wide pages of the site's own language (`language` in site.yaml): at the root. */
const ROOT_PATHS: Record<SitePageId, string> = { home: '/', accessibility: '/accessibility/' };

/**
 * The site-wide pages of another language, under its own prefix with names in that language,
 * as gov.wales publishes its Welsh pages under /cy/ ("hygyrchedd" is the Welsh of
 * "accessibility": see src/i18n/cy-GB/site.ts, [HMRC]).
 */
const PREFIXED_PATHS: Record<UiLanguage, Record<SitePageId, string>> = {
  'en-GB': { home: '/en/', accessibility: '/en/accessibility/' },
  'cy-GB': { home: '/cy/', accessibility: '/cy/hygyrchedd/' },
};

/** One site-wide page in one language. */
export interface SitePage {
  page: SitePageId;
  lang: UiLanguage;
  /** Its address, from the site's root, ending in `/`. */
  path: string;
}

/** The interface language of the site's root pages and of the prose in site.yaml. */
export function rootLanguage(site: Site): UiLanguage {
  return uiLanguageFor(site.language);
}

/**
 * The `lang` of a site page (home, statement, report, register, 404) in `uiLang` (WCAG 3.1.1
 * Language of page): in the site's own language, site.yaml's `language` as written (`en`,
 * say, where the dictionary is en-GB); in another, the dictionary's tag (cy-GB under /cy/).
 */
export function sitePageLang(site: Site, uiLang: UiLanguage): string {
  return uiLang === rootLanguage(site) ? site.language : uiLang;
}

/** The languages the site publishes in, in the order it shows them (`firstLanguage` first). */
export function siteLanguages(site: Site): UiLanguage[] {
  const first = site.firstLanguage ?? site.languages[0];
  return [...site.languages].sort((a, b) => Number(b === first) - Number(a === first));
}

/**
 * Where a site-wide page is in a language: at the root in the site's own language, under the
 * language's prefix in the site's other languages. A language the site does not publish in
 * (a Welsh charter on an English-only site) links the root page.
 */
export function sitePagePath(site: Site, page: SitePageId, lang: UiLanguage): string {
  return lang === rootLanguage(site) || !site.languages.includes(lang) ? ROOT_PATHS[page] : PREFIXED_PATHS[lang][page];
}

/** Every site-wide page in every language the site publishes in, in the site's order. */
export function sitePages(site: Site): SitePage[] {
  return SITE_PAGES.flatMap((page) => siteLanguages(site).map((lang) => ({ page, lang, path: sitePagePath(site, page, lang) })));
}

/**
 * A site-wide page in each language, in the site's order, for its language switch and
 * `<link rel="alternate" hreflang>`: empty when the site publishes in one language only, so
 * an English-only site's pages have neither.
 */
export function sitePageVersions(site: Site, page: SitePageId): SitePage[] {
  const versions = sitePages(site).filter((version) => version.page === page);
  return versions.length > 1 ? versions : [];
}

/**
 * The routes of a site-wide page in the languages not at the root, as `getStaticPaths()`
 * returns them: `/cy/` → `{ lang: 'cy' }`, `/cy/hygyrchedd/` → `{ lang: 'cy', page:
 * 'hygyrchedd' }`. None for an English-only site, so its build has no such pages.
 */
export function prefixedSitePageRoutes(
  site: Site,
  page: SitePageId,
): { params: { lang: string; page?: string }; props: { uiLang: UiLanguage } }[] {
  return sitePages(site)
    .filter((version) => version.page === page && version.path !== ROOT_PATHS[page])
    .map((version) => {
      const [lang = '', name] = version.path.split('/').filter(Boolean);
      return { params: name ? { lang, page: name } : { lang }, props: { uiLang: version.lang } };
    });
}

/** The site's own prose (site.yaml) for pages in one interface language, and the language it is written in. */
export interface SiteText {
  /** The language the words are in: the page's, or `language` of site.yaml when it has no Welsh for a Welsh page. */
  lang: string;
  name: string;
  operator: string;
  complianceNote: string | undefined;
  testedBy: string;
}

/**
 * The site's prose for a page in `uiLang`: site.yaml's own fields in its language, their
 * Welsh (`cy`) on a Welsh page. Without Welsh (an English-only site showing a Welsh charter),
 * the English fields, with `lang` saying so, and the dictionary's Welsh name of the site.
 */
export function siteText(site: Site, uiLang: UiLanguage): SiteText {
  if (uiLang === 'cy-GB' && rootLanguage(site) !== 'cy-GB' && site.cy) {
    return {
      lang: 'cy-GB',
      name: site.cy.name,
      operator: site.cy.operator,
      complianceNote: site.cy.complianceNote,
      testedBy: site.cy.testedBy,
    };
  }
  // The dictionary names the site in an interface language site.yaml is not written in.
  const name = uiLangWithin(site.language, uiLang) ? translator(uiLang)('site.name') : site.name;
  return { lang: site.language, name, operator: site.operator, complianceNote: site.complianceNote, testedBy: site.testedBy };
}

/** A known issue's description for a page in `uiLang`, and the language it is written in. */
export function knownIssueText(site: Site, issue: KnownIssue, uiLang: UiLanguage): { text: string; lang: string } {
  return uiLang === 'cy-GB' && rootLanguage(site) !== 'cy-GB' && issue.cy
    ? { text: issue.cy.description, lang: 'cy-GB' }
    : { text: issue.description, lang: site.language };
}

const primary = (lang: string) => lang.split('-')[0]?.toLowerCase();

/**
 * The charters a home page in `uiLang` lists, each translated pair once: a charter in another
 * of the site's languages whose translation is in the page's language gives way to that
 * translation (the Welsh home lists "Ein haddewid", the English one "Our promise"); any other
 * charter is listed as it is. On a bilingual site the charters in the page's language come
 * first; each group is in the page language's alphabetical order (Welsh: ch after c, ll after l).
 */
export function homeEditions(editions: readonly Edition[], site: Site, uiLang: UiLanguage): Edition[] {
  const inPageLanguage = (edition: Edition) => primary(edition.charter.lang) === primary(uiLang);
  const publishedHere = (lang: string) => site.languages.some((language) => primary(language) === primary(lang));
  const listed = editions.filter(
    (edition) =>
      inPageLanguage(edition) ||
      !edition.translation ||
      primary(edition.translation.lang) !== primary(uiLang) ||
      !publishedHere(edition.charter.lang),
  );
  const group = (edition: Edition) => (site.languages.length > 1 && !inPageLanguage(edition) ? 1 : 0);
  return listed.sort((a, b) => group(a) - group(b) || a.charter.title.localeCompare(b.charter.title, uiLang));
}

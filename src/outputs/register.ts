import GithubSlugger from 'github-slugger';
import type { UiLanguage } from '../i18n/index.ts';
import type { Site } from '../schemas/site.ts';
import type { Edition } from './editions.ts';
import { homeEditions, rootLanguage, siteLanguages } from './site-pages.ts';

/**
 * The register (issue 17): with more charters than `site.register.listOnHomeUpTo`, the home
 * page stops listing them all and links an A–Z of organisations instead; each letter's page
 * lists its organisations and each organisation's page its charters, `pageSize` at most a
 * page, so no page grows with the register. No JavaScript: plain links and pages.
 */

/** One organisation's charters, as the home page would list them, with its page's slug. */
export interface RegisterOrganisation {
  name: string;
  slug: string;
  letter: string;
  editions: Edition[];
}

/**
 * The alphabet an A–Z is in. Welsh has digraphs that are letters of their own (ch, dd, ff, ng,
 * ll, ph, rh, th) and no k, q, v, x or z: Welsh pages list names under the Welsh letter they
 * begin with (Llanelli under Ll, as Welsh dictionaries and gov.wales A–Z lists do), and put the
 * names that begin with k, q, v, x or z (English names on a Welsh page) under those letters,
 * in English order, so every name has a letter. "Ng" is left out as a heading: a name beginning
 * "Ng" is almost always a mutated form, not a headword.
 */
const ALPHABETS: Record<UiLanguage, readonly string[]> = {
  'en-GB': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''),
  'cy-GB': [
    'A',
    'B',
    'C',
    'Ch',
    'D',
    'Dd',
    'E',
    'F',
    'Ff',
    'G',
    'H',
    'I',
    'J',
    'K',
    'L',
    'Ll',
    'M',
    'N',
    'O',
    'P',
    'Ph',
    'Q',
    'R',
    'Rh',
    'S',
    'T',
    'Th',
    'U',
    'V',
    'W',
    'X',
    'Y',
    'Z',
  ],
};

/** Names beginning with a digit or a symbol go under this heading, after Z. */
export const OTHER_LETTER = '0–9';

/** The A–Z headings of a language, in order, then names beginning with anything else. */
export function alphabetOf(lang: UiLanguage): string[] {
  return [...ALPHABETS[lang], OTHER_LETTER];
}

/** The letter a name is listed under: its first letter (or Welsh digraph) without accents. */
export function letterOf(name: string, lang: UiLanguage): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/^[^\p{L}\p{N}]+/u, '');
  const letters = ALPHABETS[lang];
  const two = plain.slice(0, 2).toLowerCase();
  const digraph = letters.find((letter) => letter.length === 2 && letter.toLowerCase() === two);
  if (digraph) return digraph;
  const one = plain.charAt(0).toUpperCase();
  return letters.includes(one) ? one : OTHER_LETTER;
}

/** Whether the site lists its charters by organisation (more than the home page lists). */
export function usesRegister(site: Site, charterCount: number): boolean {
  return charterCount > site.register.listOnHomeUpTo;
}

/**
 * The organisations with charters listed in a language (the home page's rule: homeEditions),
 * in that language's order, each with a slug unique on the site (`a-z` is kept for the
 * letters' pages).
 */
export function registerOrganisations(editions: readonly Edition[], site: Site, lang: UiLanguage): RegisterOrganisation[] {
  const byName = new Map<string, Edition[]>();
  for (const edition of homeEditions(editions, site, lang)) {
    const name = edition.charter.meta.organisation;
    byName.set(name, [...(byName.get(name) ?? []), edition]);
  }
  const collator = new Intl.Collator(lang);
  const names = [...byName.keys()].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const slugger = new GithubSlugger();
  slugger.slug('a-z');
  return names.map((name) => ({
    name,
    slug: slugger.slug(name) || 'organisation',
    letter: letterOf(name, lang),
    editions: byName.get(name)!,
  }));
}

/** Items split into pages of at most `size`, at least one page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Where the register's pages are in a language: under /organisations/ in the site's own
 * language, /cy/sefydliadau/ in Welsh on a site whose own language is English (as the site's
 * other pages, site-pages.ts), /en/organisations/ the other way round.
 */
export function registerBase(site: Site, lang: UiLanguage): string {
  if (lang === rootLanguage(site)) return '/organisations/';
  return lang === 'cy-GB' ? '/cy/sefydliadau/' : '/en/organisations/';
}

/** The URL-safe form of a letter heading: "Ll" → "ll", "0–9" → "0-9". */
export function letterSlug(letter: string): string {
  return letter === OTHER_LETTER ? '0-9' : letter.toLowerCase();
}

const pageSuffix = (page: number) => (page > 1 ? `${page}/` : '');

/** A letter's page (page 2 on: `…/a-z/l/2/`). */
export function letterPagePath(site: Site, lang: UiLanguage, letter: string, page = 1): string {
  return `${registerBase(site, lang)}a-z/${letterSlug(letter)}/${pageSuffix(page)}`;
}

/** An organisation's page (page 2 on: `…/<slug>/2/`). */
export function organisationPagePath(site: Site, lang: UiLanguage, slug: string, page = 1): string {
  return `${registerBase(site, lang)}${slug}/${pageSuffix(page)}`;
}

/** One page of the register, as its route renders it. */
export type RegisterPage =
  | { kind: 'index'; lang: UiLanguage; path: string; letters: { letter: string; href?: string; count: number }[]; total: number }
  | { kind: 'letter'; lang: UiLanguage; path: string; letter: string; organisations: RegisterOrganisation[]; page: number; pages: string[] }
  | {
      kind: 'organisation';
      lang: UiLanguage;
      path: string;
      organisation: RegisterOrganisation;
      editions: Edition[];
      page: number;
      pages: string[];
    };

/**
 * Every page of the register in every language the site publishes in, computed once for the
 * route (Starlight's pattern: route data in one place, pages only render it). None when the
 * home page lists every charter.
 */
export function registerPages(editions: readonly Edition[], site: Site): RegisterPage[] {
  if (!usesRegister(site, editions.length)) return [];
  const size = site.register.pageSize;
  return siteLanguages(site).flatMap((lang): RegisterPage[] => {
    const organisations = registerOrganisations(editions, site, lang);
    const letters = alphabetOf(lang).map((letter) => {
      const count = organisations.filter((organisation) => organisation.letter === letter).length;
      return { letter, count, ...(count > 0 ? { href: letterPagePath(site, lang, letter) } : {}) };
    });
    const index: RegisterPage = { kind: 'index', lang, path: registerBase(site, lang), letters, total: organisations.length };
    const letterPages = letters
      .filter(({ count }) => count > 0)
      .flatMap(({ letter }) => {
        const chunks = paginate(
          organisations.filter((organisation) => organisation.letter === letter),
          size,
        );
        const pages = chunks.map((_, position) => letterPagePath(site, lang, letter, position + 1));
        return chunks.map((chunk, position): RegisterPage => ({
          kind: 'letter',
          lang,
          path: pages[position]!,
          letter,
          organisations: chunk,
          page: position + 1,
          pages,
        }));
      });
    const organisationPages = organisations.flatMap((organisation) => {
      const chunks = paginate(organisation.editions, size);
      const pages = chunks.map((_, position) => organisationPagePath(site, lang, organisation.slug, position + 1));
      return chunks.map((chunk, position): RegisterPage => ({
        kind: 'organisation',
        lang,
        path: pages[position]!,
        organisation,
        editions: chunk,
        page: position + 1,
        pages,
      }));
    });
    return [index, ...letterPages, ...organisationPages];
  });
}

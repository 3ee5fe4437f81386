/**
 * The site-wide pages' addresses and words in each language (src/outputs/site-pages.ts):
 * an English-only site has its pages at the root and nothing else; a bilingual site adds its
 * Welsh pages under /cy/, in the order of `firstLanguage`, with site.yaml's Welsh prose.
 */
import { describe, expect, it } from 'vitest';
import type { CharterDocument } from '../../src/model/types.ts';
import type { Edition } from '../../src/outputs/editions.ts';
import {
  homeEditions,
  prefixedSitePageRoutes,
  sitePageLang,
  sitePagePath,
  sitePageVersions,
  sitePages,
  siteText,
} from '../../src/outputs/site-pages.ts';
import type { Site } from '../../src/schemas/site.ts';
import { testSite } from '../helpers/site.ts';

const site = (settings: Record<string, unknown> = {}): Site => testSite(settings);

const bilingual = (settings: Record<string, unknown> = {}) =>
  site({
    languages: ['en-GB', 'cy-GB'],
    cy: { name: 'Siarteri gofal a chymorth', operator: 'Tîm cyhoeddiadau’r siarteri', testedBy: 'Profion' },
    ...settings,
  });

describe('an English-only site', () => {
  it('gives its pages the language site.yaml names, as written', () => {
    expect(sitePageLang(site({ language: 'en' }), 'en-GB')).toBe('en');
    expect(sitePageLang(site(), 'en-GB')).toBe('en-GB');
  });

  it('has its pages at the root, with no other language to link', () => {
    expect(sitePages(site())).toEqual([
      { page: 'home', lang: 'en-GB', path: '/' },
      { page: 'accessibility', lang: 'en-GB', path: '/accessibility/' },
    ]);
    expect(sitePageVersions(site(), 'home')).toEqual([]);
    expect(prefixedSitePageRoutes(site(), 'home')).toEqual([]);
    expect(prefixedSitePageRoutes(site(), 'accessibility')).toEqual([]);
  });

  it('links a Welsh charter’s header to the root pages, and names the site with the dictionary', () => {
    expect(sitePagePath(site(), 'home', 'cy-GB')).toBe('/');
    expect(sitePagePath(site(), 'accessibility', 'cy-GB')).toBe('/accessibility/');
    expect(siteText(site(), 'cy-GB')).toMatchObject({
      lang: 'en-GB',
      name: 'Siarteri gofal a chymorth',
      operator: 'The charter publications team',
    });
  });
});

describe('a site in English and Welsh', () => {
  it('gives its Welsh pages the Welsh dictionary’s language, and a Welsh-first site its own tag', () => {
    expect(sitePageLang(bilingual(), 'cy-GB')).toBe('cy-GB');
    expect(sitePageLang(bilingual({ language: 'cy' }), 'cy-GB')).toBe('cy');
    expect(sitePageLang(bilingual({ language: 'cy' }), 'en-GB')).toBe('en-GB');
  });

  it('has its Welsh pages under /cy/, routed by [lang]/index.astro and [lang]/[page].astro', () => {
    expect(sitePagePath(bilingual(), 'home', 'cy-GB')).toBe('/cy/');
    expect(sitePagePath(bilingual(), 'accessibility', 'cy-GB')).toBe('/cy/hygyrchedd/');
    expect(prefixedSitePageRoutes(bilingual(), 'home')).toEqual([{ params: { lang: 'cy' }, props: { uiLang: 'cy-GB' } }]);
    expect(prefixedSitePageRoutes(bilingual(), 'accessibility')).toEqual([
      { params: { lang: 'cy', page: 'hygyrchedd' }, props: { uiLang: 'cy-GB' } },
    ]);
  });

  it('lists each page’s versions in the order of firstLanguage', () => {
    expect(sitePageVersions(bilingual(), 'home').map((version) => version.path)).toEqual(['/', '/cy/']);
    expect(sitePageVersions(bilingual({ firstLanguage: 'cy-GB' }), 'home').map((version) => version.path)).toEqual(['/cy/', '/']);
  });

  it('gives the Welsh of site.yaml’s prose to Welsh pages', () => {
    expect(siteText(bilingual(), 'cy-GB')).toEqual({
      lang: 'cy-GB',
      name: 'Siarteri gofal a chymorth',
      operator: 'Tîm cyhoeddiadau’r siarteri',
      complianceNote: undefined,
      testedBy: 'Profion',
    });
    expect(siteText(bilingual(), 'en-GB')).toMatchObject({
      lang: 'en-GB',
      name: 'Care and support charters',
      operator: 'The charter publications team',
    });
  });
});

describe('the charters a home page lists', () => {
  const charter = (id: string, lang: string, title: string, translation?: string) =>
    ({ id, lang, title, meta: { translation } }) as unknown as CharterDocument;
  const pair = [
    charter('our-promise', 'en-GB', 'Our promise to you', 'ein-haddewid'),
    charter('ein-haddewid', 'cy-GB', 'Ein haddewid i chi', 'our-promise'),
  ];
  const editions: Edition[] = [
    { charter: charter('zebra', 'en-GB', 'Zebra crossings'), easyRead: undefined, translation: undefined },
    { charter: pair[0]!, easyRead: undefined, translation: pair[1] },
    { charter: pair[1]!, easyRead: undefined, translation: pair[0] },
    { charter: charter('chwarae', 'cy-GB', 'Chwarae teg'), easyRead: undefined, translation: undefined },
    { charter: charter('cysylltu', 'cy-GB', 'Cysylltu â ni'), easyRead: undefined, translation: undefined },
  ];
  const titles = (list: Edition[]) => list.map((edition) => edition.charter.title);

  it('lists each pair once, in the page’s language, its language’s charters first, in its alphabetical order', () => {
    // Welsh order: "ch" is a letter after "c".
    expect(titles(homeEditions(editions, bilingual(), 'cy-GB'))).toEqual([
      'Cysylltu â ni',
      'Chwarae teg',
      'Ein haddewid i chi',
      'Zebra crossings',
    ]);
    expect(titles(homeEditions(editions, bilingual(), 'en-GB'))).toEqual([
      'Our promise to you',
      'Zebra crossings',
      'Chwarae teg',
      'Cysylltu â ni',
    ]);
  });

  it('lists every charter by its title on an English-only site, as before', () => {
    expect(titles(homeEditions(editions, site(), 'en-GB'))).toEqual([
      'Chwarae teg',
      'Cysylltu â ni',
      'Ein haddewid i chi',
      'Our promise to you',
      'Zebra crossings',
    ]);
  });
});

import type { SitemapItem } from '@astrojs/sitemap';
import { loadContent } from '../model/load-charter.ts';
import { translationPairs } from '../model/translations.ts';
import { loadSite } from '../model/load-site.ts';
import { SITE_PAGES, sitePageVersions } from './site-pages.ts';
import { charterPagePath, charterPrintPath } from './urls.ts';

/**
 * Each translated page's path, with the paths of every language version (itself included):
 * translated charters and their print pages, and on a bilingual site its home page and
 * accessibility statement.
 */
function alternatesByPath(): Map<string, { lang: string; path: string }[]> {
  const { charters } = loadContent();
  const site = loadSite();
  const byPath = new Map<string, { lang: string; path: string }[]>();
  for (const { first, second } of translationPairs(charters, 'en-GB')) {
    // The charter pages, and their print pages for staff, each pair in both languages.
    for (const pathOf of [charterPagePath, charterPrintPath]) {
      const versions = [first, second].map((doc) => ({ lang: doc.lang, path: pathOf(doc) }));
      for (const version of versions) byPath.set(version.path, versions);
    }
  }
  for (const page of SITE_PAGES) {
    const versions = sitePageVersions(site, page).map(({ lang, path }) => ({ lang, path }));
    for (const version of versions) byPath.set(version.path, versions);
  }
  return byPath;
}

/**
 * The sitemap's serialize hook: a translated page's entry (a charter and its translation, or
 * a site-wide page of a bilingual site) lists every language version as `xhtml:link
 * rel="alternate" hreflang` (the sitemap form of hreflang that search engines read), as the
 * pages' own `<link rel="alternate">` do.
 */
export function withTranslationAlternates(siteUrl: string): (item: SitemapItem) => SitemapItem {
  let byPath: Map<string, { lang: string; path: string }[]> | undefined;
  return (item) => {
    byPath ??= alternatesByPath();
    const versions = byPath.get(new URL(item.url).pathname);
    return versions
      ? { ...item, links: versions.map((version) => ({ lang: version.lang, url: new URL(version.path, siteUrl).href })) }
      : item;
  };
}

import type { SitemapItem } from '@astrojs/sitemap';
import { loadContent } from '../model/load-charter.ts';
import { translationPairs } from '../model/translations.ts';
import { charterPagePath } from './urls.ts';

/** Each translated page's path, with the paths of every language version (itself included). */
function alternatesByPath(): Map<string, { lang: string; path: string }[]> {
  const { charters } = loadContent();
  const byPath = new Map<string, { lang: string; path: string }[]>();
  for (const { first, second } of translationPairs(charters, 'en-GB')) {
    const versions = [first, second].map((doc) => ({ lang: doc.lang, path: charterPagePath(doc) }));
    for (const version of versions) byPath.set(version.path, versions);
  }
  return byPath;
}

/**
 * The sitemap's serialize hook: a translated charter's entry lists every language version
 * as `xhtml:link rel="alternate" hreflang` (the sitemap form of hreflang that search engines
 * read), as the pages' own `<link rel="alternate">` do.
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

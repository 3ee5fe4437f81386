import { existsSync } from 'node:fs';
import path from 'node:path';
import { configuredSiteUrl } from '../lib/site-url.ts';
import { chartersDir, loadCharterFile } from '../model/load-charter.ts';
import { loadSite } from '../model/load-site.ts';
import type { CharterDocument } from '../model/types.ts';
import type { PublishContext } from './types.ts';

/**
 * The one publishing context of a build: site settings and the canonical address Astro was
 * configured with (`site` in astro.config.mjs, from SITE_URL). Routes, pages and the manifest
 * all use it, so a file rendered for one of them is the file the others describe.
 */
export function publishContext(): PublishContext {
  const env = (import.meta as ImportMeta & { env?: { SITE?: string } }).env;
  return { site: loadSite(), siteUrl: env?.SITE ?? configuredSiteUrl(), translationOf };
}

const translations = new Map<string, CharterDocument | undefined>();

/**
 * The charter a charter's `translation:` names, read once with the same reader as the
 * content lint (the folder CHARTERS_DIR names, as Astro's collection), if it names this one
 * back. A missing or one-sided translation is a content error before the build.
 */
function translationOf(doc: CharterDocument): CharterDocument | undefined {
  const id = doc.meta.translation;
  if (!id) return undefined;
  if (!translations.has(id)) {
    const file = path.join(chartersDir(), id, 'charter.mdx');
    translations.set(id, existsSync(file) ? loadCharterFile(file) : undefined);
  }
  const other = translations.get(id);
  return other?.meta.translation === doc.id ? other : undefined;
}

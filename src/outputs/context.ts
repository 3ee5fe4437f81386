import { loadSite } from '../model/load-site.ts';
import type { PublishContext } from './types.ts';

/**
 * The one publishing context of a build: site settings and the canonical address Astro was
 * configured with (`site` in astro.config.mjs, from SITE_URL). Routes, pages and the manifest
 * all use it, so a file rendered for one of them is the file the others describe.
 */
export function publishContext(): PublishContext {
  const env = (import.meta as ImportMeta & { env?: { SITE?: string } }).env;
  return { site: loadSite(), siteUrl: env?.SITE ?? process.env['SITE_URL'] ?? 'https://charters.example.org' };
}

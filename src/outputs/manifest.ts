import { loadEditions } from './editions.ts';
import { publishContext } from './context.ts';
import { editionFiles } from './publish.ts';
import { OUTPUTS } from './registry.ts';
import type { FileExpectations } from './types.ts';
import { charterPagePath } from './urls.ts';
import { firstLanguageOf, translationPairs } from '../model/translations.ts';

/** A published file's fingerprint: what `npm run check` compares the folder's copy with. */
export interface PublishedFile {
  /** sha256 of the file's bytes, in hex. */
  sha256: string;
  /** Its size in bytes. */
  bytes: number;
}

/** `checks-manifest.json`: what every published file should be, by path. */
export interface ChecksManifest {
  /** 3: adds `published` and card images' `pixelSha256` (issue 15). */
  version: 3;
  /** Every format that made a file, by id: how the report names its files. */
  formats: Record<string, { label: string }>;
  /** Every published file, by path: its format and what the checker should find in it. */
  files: Record<string, FileExpectations & { format: string; pixelSha256?: string }>;
  /**
   * Every translated pair of charter pages, the site's first language first, and whether the
   * build checked their parity (a build with `parity: required` fails on any difference, so
   * "checked" means they matched).
   */
  translations: { pages: [string, string]; langs: [string, string]; parity: 'checked' | 'not-required' }[];
  /**
   * Every file in the output but this one, by path, sorted: its sha256 and size. The Astro
   * route cannot know them (pages are written after it); scripts/build.ts adds them once the
   * whole output is written (published-files.ts), before the output is put in place.
   */
  published?: Record<string, PublishedFile>;
}

/**
 * What every built file should be, written beside them so `npm run check -- <folder>` can
 * check a deployed folder against its source without rebuilding.
 */
export async function checksManifest(): Promise<ChecksManifest> {
  const context = publishContext();
  const files: ChecksManifest['files'] = {};
  const editions = await loadEditions();
  for (const { charter, easyRead } of editions) {
    for (const file of editionFiles([charter, easyRead], context)) files[file.href] = { format: file.format.id, ...file.expect };
  }
  const { site } = context;
  const parity = site.parity === 'required' && site.languages.length > 1 ? 'checked' : 'not-required';
  const translations = translationPairs(
    editions.map((edition) => edition.charter),
    firstLanguageOf(site),
  ).map(({ first, second }): ChecksManifest['translations'][number] => ({
    pages: [charterPagePath(first), charterPagePath(second)],
    langs: [first.lang, second.lang],
    parity,
  }));
  // The formats that made files here (a site with no translated pair has no bilingual cards),
  // so adding a format leaves the manifest of a site it makes nothing for unchanged.
  const made = new Set(Object.values(files).map((file) => file.format));
  const formats = OUTPUTS.filter((format) => made.has(format.id)).map((format) => [format.id, { label: format.label }]);
  return { version: 3, formats: Object.fromEntries(formats), files, translations };
}

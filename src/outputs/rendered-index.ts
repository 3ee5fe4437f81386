import { readFileSync } from 'node:fs';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/index.ts';
import type { LocalText } from './types.ts';

/**
 * The build renders every output file before Astro runs (render-all.ts), each once, into a
 * content-hash cache on disk. This index, which the build hands to Astro through
 * `RENDERED_INDEX_ENV`, says for each file where its bytes are and what pages say about it
 * (size, facts, alt text), so pages describe files without rendering them or holding their
 * bytes. Without it (`astro dev`, tests rendering one page) the registry renders on demand.
 */
export interface RenderedFileEntry {
  /** The file's bytes, in the render cache. */
  path: string;
  /** Its size in bytes. */
  size: number;
  /** The sha256 of its bytes, taken when it was rendered: the manifest's hash without reading the file again. */
  sha256: string;
  /** For a card image (check kind card-png), the sha256 of its decoded pixels (manifest v3). */
  pixelSha256?: string;
  /** The facts shown beside its link, in every interface language. */
  facts: Record<UiLanguage, string>;
  /** Its alt text as drawn, for images whose words depend on their layout. */
  alt?: string;
}

export interface RenderedIndex {
  version: 2;
  /** Every rendered file, by its path on the site. */
  files: Record<string, RenderedFileEntry>;
}

/** The environment variable naming the index file for the Astro build. */
export const RENDERED_INDEX_ENV = 'CHARTERS_RENDERED_INDEX';

let cached: { file: string; index: RenderedIndex } | undefined;

/** The index the build handed over, or undefined when the files are rendered on demand. */
export function renderedIndex(): RenderedIndex | undefined {
  const file = process.env[RENDERED_INDEX_ENV];
  if (!file) return undefined;
  if (cached?.file !== file) cached = { file, index: JSON.parse(readFileSync(file, 'utf8')) as RenderedIndex };
  return cached.index;
}

/** The facts in every interface language, for the index. */
export function factsInEveryLanguage(facts: LocalText): Record<UiLanguage, string> {
  return Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, facts(lang)])) as Record<UiLanguage, string>;
}

import path from 'node:path';
import { SiteSchema, type Site } from '../schemas/site.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-files.ts';
import { validateFrontmatter } from './frontmatter.ts';
import { readSourceFile } from './read-source.ts';

export const SITE_FILE = 'content/site.yaml';

/**
 * The site settings file: content/site.yaml, or the file `SITE_FILE` names (tests build a
 * fixture with a bilingual site this way), relative to the project root.
 */
export function siteFile(root = process.cwd()): string {
  return path.resolve(root, process.env['SITE_FILE'] || SITE_FILE);
}

const cached = new Map<string, Site>();

/** Reads and validates the site settings (`siteFile()`) once per process and file. */
export function loadSite(root = process.cwd()): Site {
  const file = siteFile(root);
  const known = cached.get(file);
  if (known) return known;
  const shown = displayPath(file);
  const { data, problems } = validateFrontmatter(SiteSchema, readSourceFile(file, shown), shown, 1);
  if (!data) throw new ContentError(problems);
  cached.set(file, data);
  return data;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SiteSchema, type Site } from '../schemas/site.ts';
import { ContentError } from './content-error.ts';
import { validateFrontmatter } from './frontmatter.ts';

export const SITE_FILE = 'content/site.yaml';

let cached: Site | undefined;

/** Reads and validates content/site.yaml once per process. */
export function loadSite(root = process.cwd()): Site {
  if (cached) return cached;
  const file = path.join(root, SITE_FILE);
  const { data, problems } = validateFrontmatter(SiteSchema, readFileSync(file, 'utf8'), SITE_FILE, 1);
  if (!data) throw new ContentError(problems);
  cached = data;
  return data;
}

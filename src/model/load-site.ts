import { existsSync } from 'node:fs';
import path from 'node:path';
import { CheckRecordSchema, type CheckRecord } from '../schemas/check-record.ts';
import { SiteSchema, type Site } from '../schemas/site.ts';
import { ContentError } from './content-error.ts';
import { validateFrontmatter } from './frontmatter.ts';
import { readSourceFile } from './read-source.ts';

export const SITE_FILE = 'content/site.yaml';

let cached: Site | undefined;

/** Reads and validates content/site.yaml once per process. */
export function loadSite(root = process.cwd()): Site {
  if (cached) return cached;
  const file = path.join(root, SITE_FILE);
  const { data, problems } = validateFrontmatter(SiteSchema, readSourceFile(file, SITE_FILE), SITE_FILE, 1);
  if (!data) throw new ContentError(problems);
  cached = data;
  return data;
}

export const CHECK_RECORD_FILE = 'content/accessibility-check.json';

/** The last recorded accessibility check run, if one has been recorded. */
export function loadCheckRecord(root = process.cwd()): CheckRecord | undefined {
  const file = path.join(root, CHECK_RECORD_FILE);
  if (!existsSync(file)) return undefined;
  const { data, problems } = validateFrontmatter(CheckRecordSchema, readSourceFile(file, CHECK_RECORD_FILE), CHECK_RECORD_FILE, 1);
  if (!data) throw new ContentError(problems);
  return data;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CharterFrontmatter } from '../schemas/charter.ts';
import { buildCharterDocument } from './build-charter-document.ts';
import type { CharterDocument } from './types.ts';

/** The fields of an Astro content entry this module needs (kept structural: no astro:content import). */
export interface CharterEntryLike {
  id: string;
  data: CharterFrontmatter;
  body?: string | undefined;
  filePath?: string | undefined;
}

const cache = new Map<string, CharterDocument>();

/**
 * Builds the model from an Astro content entry: its validated frontmatter and raw MDX body
 * (`entry.body`). The file is read once more only to find how many lines the frontmatter
 * takes, so errors point at the right line. Cached: each page needs the model once per build.
 */
export function charterDocumentFromEntry(entry: CharterEntryLike): CharterDocument {
  const cached = cache.get(entry.id);
  if (cached) return cached;
  const file = entry.filePath ?? `${entry.id}/charter.mdx`;
  const body = entry.body ?? '';
  let bodyLineOffset = 0;
  try {
    const source = readFileSync(path.resolve(file), 'utf8');
    const at = body ? source.lastIndexOf(body) : -1;
    if (at >= 0) bodyLineOffset = source.slice(0, at).split('\n').length - 1;
  } catch {
    // No file on disk (an in-memory entry): lines are then relative to the body.
  }
  const doc = buildCharterDocument({ id: entry.id, file, meta: entry.data, body, bodyLineOffset });
  cache.set(entry.id, doc);
  return doc;
}

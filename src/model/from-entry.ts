import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CharterFrontmatter } from '../schemas/charter.ts';
import type { EasyReadFrontmatter } from '../schemas/easy-read.ts';
import { buildCharterDocument, buildEasyReadDocument } from './build-charter-document.ts';
import type { CharterDocument } from './types.ts';

/** The fields of an Astro content entry this module needs (kept structural: no astro:content import). */
export interface CharterEntryLike {
  id: string;
  data: CharterFrontmatter;
  body?: string | undefined;
  filePath?: string | undefined;
}

const cache = new Map<string, CharterDocument>();

/** Lines before the body in the file, so errors point at the right line. */
function bodyOffset(filePath: string, body: string): number {
  try {
    const source = readFileSync(path.resolve(filePath), 'utf8');
    const at = body ? source.lastIndexOf(body) : -1;
    return at >= 0 ? source.slice(0, at).split('\n').length - 1 : 0;
  } catch {
    // No file on disk (an in-memory entry): lines are then relative to the body.
    return 0;
  }
}

/**
 * Builds the model from an Astro content entry: its validated frontmatter and raw MDX body
 * (`entry.body`). Cached: each page needs the model once per build.
 */
export function charterDocumentFromEntry(entry: CharterEntryLike): CharterDocument {
  const key = `full:${entry.id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const file = entry.filePath ?? `${entry.id}/charter.mdx`;
  const body = entry.body ?? '';
  const doc = buildCharterDocument({ id: entry.id, file, meta: entry.data, body, bodyLineOffset: bodyOffset(file, body) });
  cache.set(key, doc);
  return doc;
}

/** An easy-read entry as Astro gives it: `charter` is already a resolved reference. */
export interface EasyReadEntryLike {
  id: string;
  data: Omit<EasyReadFrontmatter, 'charter'> & { charter: { id: string } };
  body?: string | undefined;
  filePath?: string | undefined;
}

/** Builds the easy-read model, with its charter's details (organisation, contact). */
export function easyReadDocumentFromEntry(entry: EasyReadEntryLike, charter: CharterDocument): CharterDocument {
  const key = `easy-read:${entry.id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const file = entry.filePath ?? `${entry.id}/easy-read.mdx`;
  const body = entry.body ?? '';
  const doc = buildEasyReadDocument({
    id: charter.id,
    file,
    easyRead: { ...entry.data, charter: entry.data.charter.id },
    charter: charter.meta,
    body,
    bodyLineOffset: bodyOffset(file, body),
  });
  cache.set(key, doc);
  return doc;
}

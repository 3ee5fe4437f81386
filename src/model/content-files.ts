import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './content-error.ts';

/** The two files a charter folder may hold; anything else is reported, never ignored. */
export const CHARTER_FILE = 'charter.mdx';
export const EASY_READ_FILE = 'easy-read.mdx';

/** A folder name becomes the charter's web address, so it must be lower-case words and hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A folder whose name starts with `_` is a draft: checked like any charter, never published. */
export const DRAFT_PREFIX = '_';

/** Every content file in the charters folder, sorted, and every file that would not be published. */
export interface ContentFiles {
  /** `<slug>/charter.mdx` of every published charter. */
  charters: string[];
  /** `<slug>/easy-read.mdx` of every published easy-read edition. */
  easyReads: string[];
  /** Content files in draft folders (`_<name>/`): checked, not published. */
  drafts: string[];
  /** Files and folders that would be silently skipped: each is an error naming the fix. */
  problems: ContentProblem[];
}

/** A file's path relative to the project when it is inside it, for messages. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/** `Some Folder_Name` → `some-folder-name`, for the fix of a refused folder name. */
export function toSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'charter'
  );
}

function unpublished(file: string, message: string, fix: string): ContentProblem {
  return { file: displayPath(file), line: 1, rule: 'files', message, fix };
}

function sortedEntries(dir: string) {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** True when a folder holds a content file anywhere inside it. */
function holdsContent(dir: string): boolean {
  return sortedEntries(dir).some((entry) =>
    entry.isDirectory() ? holdsContent(path.join(dir, entry.name)) : entry.name.endsWith('.mdx') || entry.name.endsWith('.md'),
  );
}

/** Reads one charter folder: its two files, and a problem for anything else in it. */
function readFolder(dir: string, into: ContentFiles, draft: boolean): void {
  const found = { charter: false, easyRead: false };
  for (const entry of sortedEntries(dir)) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('.')) continue; // editor and system files (.DS_Store, .swp)
    if (entry.isFile() && entry.name === CHARTER_FILE) {
      (draft ? into.drafts : into.charters).push(full);
      found.charter = true;
    } else if (entry.isFile() && entry.name === EASY_READ_FILE) {
      (draft ? into.drafts : into.easyReads).push(full);
      found.easyRead = true;
    } else {
      into.problems.push(
        unpublished(
          full,
          `"${entry.name}" is not published: a charter folder holds only ${CHARTER_FILE} and ${EASY_READ_FILE}.`,
          `Rename it to ${CHARTER_FILE} or ${EASY_READ_FILE} if it is one of them, or move it out of ${displayPath(path.dirname(dir))}.`,
        ),
      );
    }
  }
  if (!found.charter && !found.easyRead && !into.problems.some((problem) => problem.file.startsWith(displayPath(dir)))) {
    into.problems.push(
      unpublished(
        dir,
        `The folder "${path.basename(dir)}" holds no ${CHARTER_FILE}, so nothing in it is published.`,
        `Add ${CHARTER_FILE} (see content/README.md), or delete the folder.`,
      ),
    );
  }
}

/**
 * Lists the charters folder, the one listing the lint, the build and Astro's collection
 * loader share, so a file is published by all of them or reported by all of them. A
 * hidden folder (`.name`) or a stray file would otherwise be checked but never published,
 * or published but never checked.
 */
export function listContentFiles(dir: string): ContentFiles {
  const files: ContentFiles = { charters: [], easyReads: [], drafts: [], problems: [] };
  if (!existsSync(dir)) return files;
  for (const entry of sortedEntries(dir)) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('.')) {
      if (entry.isDirectory() && holdsContent(full)) {
        const name = entry.name.replace(/^\.+/, '');
        files.problems.push(
          unpublished(
            full,
            `The hidden folder "${entry.name}" is never published.`,
            `To keep it as a draft (checked, not published) rename it to "${DRAFT_PREFIX}${name}"; to publish it rename it to "${toSlug(name)}".`,
          ),
        );
      }
      continue;
    }
    if (!entry.isDirectory()) {
      files.problems.push(
        unpublished(
          full,
          `"${entry.name}" is not published: each charter needs a folder of its own.`,
          `Move it to ${displayPath(path.join(dir, toSlug(path.parse(entry.name).name), CHARTER_FILE))}.`,
        ),
      );
      continue;
    }
    const draft = entry.name.startsWith(DRAFT_PREFIX);
    if (!draft && !SLUG.test(entry.name)) {
      files.problems.push(
        unpublished(
          full,
          `The folder name "${entry.name}" is the charter's web address, so it must be lower-case letters, digits and hyphens.`,
          `Rename the folder to "${toSlug(entry.name)}".`,
        ),
      );
      continue;
    }
    readFolder(full, files, draft);
  }
  return files;
}

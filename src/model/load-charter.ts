import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { CharterFrontmatterSchema } from '../schemas/charter.ts';
import { EasyReadFrontmatterSchema } from '../schemas/easy-read.ts';
import { buildCharterDocument, buildEasyReadDocument } from './build-charter-document.ts';
import { ContentError } from './content-error.ts';
import { splitFrontmatter, validateFrontmatter } from './frontmatter.ts';
import type { CharterDocument } from './types.ts';

/** The folder holding one sub-folder per charter. `CHARTERS_DIR` overrides it (tests, previews). */
export function chartersDir(root = process.cwd()): string {
  return path.resolve(root, process.env['CHARTERS_DIR'] ?? 'content/charters');
}

function listFiles(dir: string, name: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, name)))
    .map((entry) => path.join(dir, entry.name, name))
    .sort();
}

/** Every `<slug>/charter.mdx`, sorted so output order never depends on the file system. */
export function listCharterFiles(dir = chartersDir()): string[] {
  return listFiles(dir, 'charter.mdx');
}

/** Every `<slug>/easy-read.mdx`, sorted. */
export function listEasyReadFiles(dir = chartersDir()): string[] {
  return listFiles(dir, 'easy-read.mdx');
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/**
 * Reads, validates and models one charter file outside Astro (scripts, tests, the content
 * lint). Throws a ContentError listing every problem with file:line.
 */
export function loadCharterFile(file: string): CharterDocument {
  const shown = displayPath(file);
  const source = readFileSync(file, 'utf8');
  const { frontmatter, body, bodyLineOffset } = splitFrontmatter(source);
  if (!frontmatter) {
    throw new ContentError([{ file: shown, line: 1, message: 'The file has no frontmatter.', fix: 'Start the file with --- , the charter details (title, organisation, …), then --- (see content/README.md).' }]);
  }
  const { data, problems } = validateFrontmatter(CharterFrontmatterSchema, frontmatter, shown);
  if (!data) {
    // Check the body too, so an author sees every problem in one run.
    const bodyProblems = modelProblems(() => buildCharterDocument({ id: '', file: shown, meta: placeholderMeta, body, bodyLineOffset }));
    throw new ContentError([...problems, ...bodyProblems]);
  }
  const id = path.basename(path.dirname(file));
  return buildCharterDocument({ id, file: shown, meta: data, body, bodyLineOffset });
}

// Only used to check the body when the frontmatter is invalid: never rendered.
const placeholderMeta = CharterFrontmatterSchema.parse({
  title: '-', organisation: '-', language: 'en-GB', summary: 'Placeholder summary text.', audience: '-',
  card: { title: '-', promises: ['-', '-', '-'], contact: '-' }, source: { title: '-', description: '-' },
  contact: { team: '-' },
});

function modelProblems(build: () => unknown) {
  try {
    build();
    return [];
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
}

/**
 * Reads and models one easy-read edition. Its `charter:` must name a loaded charter: a
 * missing or misspelt name is an error that lists the charters there are.
 */
export function loadEasyReadFile(file: string, charters: ReadonlyMap<string, CharterDocument>): CharterDocument {
  const shown = displayPath(file);
  const { frontmatter, body, bodyLineOffset } = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!frontmatter) {
    throw new ContentError([{ file: shown, line: 1, message: 'The file has no frontmatter.', fix: 'Start the file with --- , charter:, title:, language:, summary:, then --- (see content/README.md).' }]);
  }
  const { data, problems } = validateFrontmatter(EasyReadFrontmatterSchema, frontmatter, shown);
  const charter = data ? charters.get(data.charter) : undefined;
  if (data && !charter) {
    const line = frontmatter.split('\n').findIndex((text) => text.startsWith('charter:')) + 2;
    problems.push({ file: shown, line, message: `There is no charter called "${data.charter}".`, fix: `Use the folder name of a charter: ${[...charters.keys()].join(', ') || '(none loaded)'}.` });
  }
  if (!data || !charter || problems.length > 0) throw new ContentError(problems);
  return buildEasyReadDocument({ id: data.charter, file: shown, easyRead: data, charter: charter.meta, body, bodyLineOffset });
}

/** Loads every easy-read edition of the given charters, collecting every problem first. */
export function loadAllEasyReads(charters: readonly CharterDocument[], dir = chartersDir()): CharterDocument[] {
  const byId = new Map(charters.map((doc) => [doc.id, doc]));
  const docs: CharterDocument[] = [];
  const problems = [];
  for (const file of listEasyReadFiles(dir)) {
    try {
      docs.push(loadEasyReadFile(file, byId));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return docs;
}

/** Loads every charter, collecting every problem in every file before failing. */
export function loadAllCharters(dir = chartersDir()): CharterDocument[] {
  const docs: CharterDocument[] = [];
  const problems = [];
  for (const file of listCharterFiles(dir)) {
    try {
      docs.push(loadCharterFile(file));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return docs;
}

import path from 'node:path';
import { CharterFrontmatterSchema } from '../schemas/charter.ts';
import { EasyReadFrontmatterSchema } from '../schemas/easy-read.ts';
import { buildCharterDocument, buildEasyReadDocument } from './build-charter-document.ts';
import { readCardBlock, type CardBlock } from './card-source.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { displayPath, listContentFiles } from './content-files.ts';
import { splitFrontmatter, validateFrontmatter } from './frontmatter.ts';
import { readSourceFile } from './read-source.ts';
import type { CharterDocument } from './types.ts';

/** The folder holding one sub-folder per charter. `CHARTERS_DIR` overrides it (tests, previews). */
export function chartersDir(root = process.cwd()): string {
  return path.resolve(root, process.env['CHARTERS_DIR'] || 'content/charters');
}

/** Every published `<slug>/charter.mdx`, sorted so output order never depends on the file system. */
export function listCharterFiles(dir = chartersDir()): string[] {
  return listContentFiles(dir).charters;
}

/** Every published `<slug>/easy-read.mdx`, sorted. */
export function listEasyReadFiles(dir = chartersDir()): string[] {
  return listContentFiles(dir).easyReads;
}

/** A content file read and split, with the frontmatter's problems if it has none. */
function readContentFile(file: string, shown: string, fields: string) {
  const split = splitFrontmatter(readSourceFile(file, shown));
  if (!split.frontmatter) {
    throw new ContentError([
      {
        file: shown,
        line: 1,
        rule: 'frontmatter',
        message: 'The file has no frontmatter.',
        fix: `Start the file with --- on its own line, ${fields}, then --- (see content/README.md).`,
      },
    ]);
  }
  return split;
}

/**
 * Reads, validates and models one charter file outside Astro (scripts, tests, the content
 * lint). Throws a ContentError listing every problem with file:line.
 */
export function loadCharterFile(file: string): CharterDocument {
  const shown = displayPath(file);
  const { frontmatter, body, bodyLineOffset } = readContentFile(file, shown, 'the charter details (title, organisation, …)');
  const { data, problems } = validateFrontmatter(CharterFrontmatterSchema, frontmatter, shown);
  if (!data) {
    // Check the body too, so an author sees every problem in one run.
    const bodyProblems = problemsOf(() => buildCharterDocument({ id: '', file: shown, meta: placeholderMeta, body, bodyLineOffset }));
    throw new ContentError([...problems, ...bodyProblems]);
  }
  const id = path.basename(path.dirname(file));
  return buildCharterDocument({ id, file: shown, meta: data, body, bodyLineOffset });
}

// Only used to check the body when the frontmatter is invalid: never rendered.
const placeholderMeta = CharterFrontmatterSchema.parse({
  title: '-',
  organisation: '-',
  language: 'en-GB',
  summary: 'Placeholder summary text.',
  audience: '-',
  card: { title: '-', promises: ['-', '-', '-'] },
  source: { title: '-', description: '-' },
  contact: { team: '-' },
});

/** The problems a loader throws, or none. Any other error is a bug and is rethrown. */
export function problemsOf(run: () => unknown): ContentProblem[] {
  try {
    run();
    return [];
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
}

/**
 * Reads and models one easy-read edition. Its `charter:` must name a loaded charter: a
 * missing or misspelt name is an error that lists the charters there are. Names in
 * `unloaded` are charters that exist but failed to load: their own errors say why, so the
 * edition is not blamed for them.
 */
export function loadEasyReadFile(file: string, charters: ReadonlyMap<string, CharterDocument>): CharterDocument {
  const doc = readEasyRead(file, charters, new Set());
  // With no unloaded charters, a missing charter is a ContentError above, so doc is set.
  if (!doc) throw new Error(`${file}: easy-read edition without a charter`);
  return doc;
}

/** loadEasyReadFile, returning undefined for an edition whose charter exists but did not load. */
function readEasyRead(
  file: string,
  charters: ReadonlyMap<string, CharterDocument>,
  unloaded: ReadonlySet<string>,
): CharterDocument | undefined {
  const shown = displayPath(file);
  const { frontmatter, body, bodyLineOffset } = readContentFile(file, shown, 'charter:, title:, language:, summary:');
  const { data, problems } = validateFrontmatter(EasyReadFrontmatterSchema, frontmatter, shown);
  const charter = data ? charters.get(data.charter) : undefined;
  if (data && !charter && !unloaded.has(data.charter)) {
    problems.push({
      file: shown,
      line: keyLine(frontmatter, 'charter'),
      rule: 'frontmatter',
      message: `There is no charter called "${data.charter}".`,
      fix: `Use the folder name of a charter: ${[...charters.keys(), ...unloaded].sort().join(', ') || '(none loaded)'}.`,
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
  if (!data || !charter) return undefined;
  return buildEasyReadDocument({ id: data.charter, file: shown, easyRead: data, charter: charter.meta, body, bodyLineOffset });
}

/** The file line of a top-level frontmatter key (line 1 is the opening ---). */
function keyLine(frontmatter: string, key: string): number {
  return frontmatter.split('\n').findIndex((text) => text.startsWith(`${key}:`)) + 2;
}

/** Everything in a charters folder, loaded, with every problem in every file. */
export interface LoadedContent {
  charters: CharterDocument[];
  easyReads: CharterDocument[];
  /** The file of each easy-read edition, by charter id (shown relative to the project). */
  easyReadFiles: ReadonlyMap<string, string>;
  /** Content files in draft folders (checked, never published). */
  drafts: string[];
  /** Errors in published files, and files that would not be published. */
  problems: ContentProblem[];
  /**
   * The valid card blocks of published charters that did not load, so that the card check
   * reports a card that does not fit in the same run as the file's other errors.
   */
  cardsOfUnloaded: CardBlock[];
  /** Problems in drafts: shown, but they never stop a build. */
  draftProblems: ContentProblem[];
}

/**
 * Loads every charter and easy-read edition, collecting every problem in every file: one
 * broken charter never hides the others' problems or adds false ones.
 */
export function loadContent(dir = chartersDir()): LoadedContent {
  const files = listContentFiles(dir);
  const problems = [...files.problems];
  const charters: CharterDocument[] = [];
  const unloaded = new Set<string>();
  const cardsOfUnloaded: CardBlock[] = [];
  for (const file of files.charters) {
    const fileProblems = problemsOf(() => charters.push(loadCharterFile(file)));
    if (fileProblems.length > 0) {
      unloaded.add(path.basename(path.dirname(file)));
      const card = readCardBlock(file);
      if (card) cardsOfUnloaded.push(card);
    }
    problems.push(...fileProblems);
  }
  const byId = new Map(charters.map((doc) => [doc.id, doc]));
  const editions = loadEditionFiles(files.easyReads, byId, unloaded);
  problems.push(...editions.problems);
  return {
    charters,
    easyReads: editions.docs,
    easyReadFiles: editions.files,
    drafts: files.drafts,
    problems,
    cardsOfUnloaded,
    draftProblems: draftProblems(files.drafts, byId),
  };
}

/** Loads easy-read files; a second edition of the same charter is an error naming both files. */
function loadEditionFiles(files: readonly string[], charters: ReadonlyMap<string, CharterDocument>, unloaded: ReadonlySet<string>) {
  const docs: CharterDocument[] = [];
  const firstFile = new Map<string, string>();
  const problems = files.flatMap((file) =>
    problemsOf(() => {
      const doc = readEasyRead(file, charters, unloaded);
      if (!doc) return;
      const first = firstFile.get(doc.id);
      if (first) throw new ContentError([duplicateEdition(file, first, doc.id)]);
      firstFile.set(doc.id, file);
      docs.push(doc);
    }),
  );
  return { docs, problems, files: new Map([...firstFile].map(([id, file]) => [id, displayPath(file)])) };
}

function duplicateEdition(file: string, first: string, id: string): ContentProblem {
  return {
    file: displayPath(file),
    line: 1,
    rule: 'files',
    message: `A second easy-read edition of "${id}": ${displayPath(first)} is one already, and only one can be published.`,
    fix: `Merge the two files into ${displayPath(first)}, or point this one's charter: at the charter it is for.`,
  };
}

/** Drafts are checked like published files so authors see their problems early. */
function draftProblems(drafts: readonly string[], charters: ReadonlyMap<string, CharterDocument>): ContentProblem[] {
  return drafts.flatMap((file) =>
    problemsOf(() => (path.basename(file) === 'charter.mdx' ? loadCharterFile(file) : loadEasyReadFile(file, charters))),
  );
}

/** Loads every charter; throws a ContentError with every problem in every file. */
export function loadAllCharters(dir = chartersDir()): CharterDocument[] {
  const content = loadContent(dir);
  const problems = content.problems.filter((problem) => !problem.file.endsWith('easy-read.mdx'));
  if (problems.length > 0) throw new ContentError(problems);
  return content.charters;
}

/** Loads every easy-read edition of the given charters; throws with every problem. */
export function loadAllEasyReads(charters: readonly CharterDocument[], dir = chartersDir()): CharterDocument[] {
  const { docs, problems } = loadEditionFiles(listEasyReadFiles(dir), new Map(charters.map((doc) => [doc.id, doc])), new Set());
  if (problems.length > 0) throw new ContentError(problems);
  return docs;
}

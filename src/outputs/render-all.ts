import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDate } from '../model/build-date.ts';
import type { ContentProblem } from '../model/content-error.ts';
import { chartersDir, loadAllCharters, loadAllEasyReads } from '../model/load-charter.ts';
import type { CharterDocument } from '../model/types.ts';
import { publishContext } from './context.ts';
import { outputFiles } from './publish.ts';
import type { RenderedFileEntry, RenderedIndex } from './rendered-index.ts';
import { runInWorkers } from '../lib/worker-pool.ts';
import { renderKey } from './render-key.ts';
import type { RenderResult, RenderTask } from './render-worker.ts';

/**
 * Fewer files to render than this and they are rendered in this thread, which has loaded every
 * renderer already: a worker must load them all (and the fonts) again before its first file,
 * about a second. A one-word rebuild of a 100-charter register (9 files) rendered in 1.2 s
 * here against 1.8 s with two workers; at about 0.3 s a charter on one core, workers pay for
 * themselves from some 14 charters (180 files) up (issue 17).
 */
const FEWEST_FILES_FOR_WORKERS = 100;

/** A deterministic share of the charters: the i-th of n (1-based), by the charters' sorted ids. */
export interface Shard {
  index: number;
  count: number;
}

export interface RenderAllOptions {
  /** The content-hash cache: `<key>.bin` holds a file's bytes, `<key>.json` what pages say about it. */
  cacheDir: string;
  /**
   * Worker threads: by default one per core, or none (this thread) for fewer than
   * FEWEST_FILES_FOR_WORKERS files; 0 renders in this thread (tests prove the bytes the same).
   */
  threads?: number;
  /** Render only this share of the charters' files (a CI matrix job). */
  shard?: Shard;
}

export interface RenderAllResult {
  index: RenderedIndex;
  /** Content problems only rendering finds (ER-5), every one of them. */
  problems: ContentProblem[];
  rendered: number;
  reused: number;
  /** Milliseconds spent rendering each format's files, summed over the workers. */
  perFormat: Record<string, { files: number; ms: number }>;
  /** The worker threads the files were rendered in; 0: in this thread (nothing to render, or too little for workers). */
  threads: number;
}

/** The charter's documents (it, then its easy read) in this shard, charters in id order. */
export function documentsInShard(charters: readonly CharterDocument[], easyReads: readonly CharterDocument[], shard?: Shard) {
  const sorted = [...charters].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const easyReadOf = new Map(easyReads.map((doc) => [doc.id, doc]));
  return sorted
    .filter((_, position) => !shard || position % shard.count === shard.index - 1)
    .flatMap((charter) => [charter, ...(easyReadOf.has(charter.id) ? [easyReadOf.get(charter.id)!] : [])]);
}

/**
 * Renders every output file of every charter once, before Astro builds the pages (issue 17):
 * in a pool of worker threads, outside Astro's page rendering, straight to a content-hash
 * cache on disk. A file whose key (render-key.ts) is already cached is reused, so changing one
 * word in one charter re-renders that charter's files only. Pages then describe the files
 * from the index this returns, and the build copies the bytes into place: no file is rendered
 * twice, and no bytes are held in memory by the build.
 */
export async function renderAllFiles(options: RenderAllOptions): Promise<RenderAllResult> {
  const { cacheDir } = options;
  mkdirSync(cacheDir, { recursive: true });
  const context = publishContext();
  const date = buildDate();
  const dir = chartersDir();
  const charters = loadAllCharters(dir);
  const docs = documentsInShard(charters, loadAllEasyReads(charters, dir), options.shard);

  const tasks = docs.flatMap((doc) =>
    outputFiles(doc, context).map((file) => {
      const key = renderKey(file.href, doc, context, date);
      return {
        doc,
        href: file.href,
        format: file.format.id,
        key,
        bin: path.join(cacheDir, `${key}.bin`),
        meta: path.join(cacheDir, `${key}.json`),
      };
    }),
  );
  const files: Record<string, RenderedFileEntry> = {};
  const problems: ContentProblem[] = [];
  const perFormat: RenderAllResult['perFormat'] = {};
  const toRender = tasks.filter((task) => {
    if (!existsSync(task.bin) || !existsSync(task.meta)) return true;
    files[task.href] = { ...(JSON.parse(readFileSync(task.meta, 'utf8')) as Omit<RenderedFileEntry, 'path'>), path: task.bin };
    return false;
  });

  let threads = 0;
  if (toRender.length > 0) {
    const byDocument = groupByDocument(toRender);
    const asked = options.threads ?? (toRender.length < FEWEST_FILES_FOR_WORKERS ? 0 : availableParallelism());
    // No more threads than documents. `threads: 0` renders here, in this thread: the bytes are the same as the workers' (tested).
    threads = asked === 0 ? 0 : Math.min(asked, byDocument.length);
    const perDocument: RenderTask[] = byDocument.map((group) => ({
      doc: group[0]!.doc,
      files: group.map(({ href, bin }) => ({ href, path: bin })),
    }));
    // Each document's entries kept as it finishes: a build stopped half-way reuses what it rendered.
    const keep = (results: RenderResult[], at: number) =>
      results.forEach((result, position) => {
        const { format, href, meta } = byDocument[at]![position]!;
        const spent = (perFormat[format] ??= { files: 0, ms: 0 });
        spent.files += 1;
        spent.ms += result.ms;
        if ('problems' in result) {
          problems.push(...result.problems);
          return;
        }
        const { path: _bytes, ...facts } = result.entry;
        writeFileSync(meta, `${JSON.stringify(facts)}\n`);
        files[href] = result.entry;
      });
    await runInWorkers<RenderTask, RenderResult[]>(new URL('./render-worker.ts', import.meta.url), perDocument, { threads, done: keep });
  }
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    index: { version: 2, files: sorted },
    problems,
    rendered: toRender.length,
    reused: tasks.length - toRender.length,
    perFormat,
    threads,
  };
}

/** Tasks in runs of one document, in order (tasks come document by document). */
function groupByDocument<T extends { doc: CharterDocument }>(tasks: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (const task of tasks) {
    const last = groups.at(-1);
    if (last && last[0]!.doc === task.doc) last.push(task);
    else groups.push([task]);
  }
  return groups;
}

/** Every file the registry makes from the content folder, by its path on the site: what merged shards must hold. */
export function expectedFiles(): string[] {
  const context = publishContext();
  const dir = chartersDir();
  const charters = loadAllCharters(dir);
  return documentsInShard(charters, loadAllEasyReads(charters, dir))
    .flatMap((doc) => outputFiles(doc, context).map((file) => file.href))
    .sort();
}

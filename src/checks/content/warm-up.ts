import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { sourceVersion } from '../../lib/source-version.ts';
import { inBatches, runInWorkers } from '../../lib/worker-pool.ts';
import { listContentFiles } from '../../model/content-files.ts';
import { siteFile } from '../../model/load-site.ts';
import { MODEL_CACHE_ENV } from '../../model/model-cache.ts';
import type { WarmUpTask } from './warm-up-worker.ts';

/** Below this many charters a pool costs more than it saves (each worker loads the model and satori). */
const FEWEST_CHARTERS = 12;

/** In the model cache: what the last warm-up saw of each charter folder (warmedFolders). */
const STAMP_FILE = 'warm-up-stamp.json';

/**
 * Parses and checks the content files in a pool of worker threads, one per core, before the
 * content check runs through them in its own order (issue 17: the content check was one core's
 * work, about a quarter of a cold build). Every result goes to the model cache, so the check
 * reads them back and reports exactly what it would have found alone; nothing is reported
 * here. Only with a model cache (the build names one), only for the charters changed since the
 * last warm-up into that cache, and only when there are enough of them for a pool to pay: a
 * rebuild after a small edit read every cached result twice, once here and once in the check.
 * Returns how many charters the pool warmed (0 when it did not start).
 */
export async function warmUpContentCheck(dir: string): Promise<number> {
  const cache = process.env[MODEL_CACHE_ENV];
  if (!cache) return 0;
  const files = listContentFiles(dir).charters;
  const seen = folderStamps(files);
  const before = readStamps(path.join(cache, STAMP_FILE));
  const changed = files.filter((file) => before[file] !== seen[file]);
  if (changed.length >= FEWEST_CHARTERS) await warmInPool(dir, changed);
  // Written when the pool was not needed too: the check that follows keeps what it works out.
  writeStamps(path.join(cache, STAMP_FILE), seen);
  return changed.length >= FEWEST_CHARTERS ? changed.length : 0;
}

async function warmInPool(dir: string, files: string[]): Promise<void> {
  // Small batches, so a worker that draws long files does not hold up the end.
  const batch = Math.max(1, Math.ceil(files.length / (availableParallelism() * 8)));
  const tasks: WarmUpTask[] = inBatches(files, batch).map((share) => ({ dir, files: share }));
  await runInWorkers(new URL('./warm-up-worker.ts', import.meta.url), tasks);
}

/** A file's text, or a mark no text can equal when there is no such file. */
function textOf(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '\0missing';
}

/**
 * Each charter folder's hash: its charter and easy read, with everything else a warmed result
 * depends on (the code, through the source version, and the site settings the cards carry).
 */
function folderStamps(files: readonly string[]): Record<string, string> {
  const common = createHash('sha256').update(sourceVersion()).update('\0').update(textOf(siteFile())).digest('hex');
  return Object.fromEntries(
    files.map((file) => {
      const easyRead = path.join(path.dirname(file), 'easy-read.mdx');
      const hash = createHash('sha256').update(common).update('\0').update(textOf(file)).update('\0').update(textOf(easyRead));
      return [file, hash.digest('hex')];
    }),
  );
}

function readStamps(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {}; // None yet, or unreadable: every charter counts as changed.
  }
}

function writeStamps(file: string, stamps: Record<string, string>): void {
  // Under a name of its own, then renamed: a build reading it never sees half a file.
  const partial = `${file}.${process.pid}.partial`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(partial, JSON.stringify(stamps));
  renameSync(partial, file);
}

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { sourceVersion } from '../lib/source-version.ts';

/**
 * The folder where built bodies are kept, named by scripts/build.ts for its own phases: the
 * content check parses each file once, and the render phase and Astro's pages (another
 * process) read the model back instead of parsing the MDX again (issue 17: one content load
 * per build, and a rebuild parses only the files that changed). Unset (tests, `lint:content`
 * on its own): nothing is kept.
 */
export const MODEL_CACHE_ENV = 'CHARTERS_MODEL_CACHE';

/**
 * `build()`, or the JSON it returned for the same inputs with the same code. The key is every
 * input and the source version (all of src/ and the lockfile), so a change to the content,
 * the file's place or the code builds anew. A build that throws (a content error) is never kept.
 */
export function cachedModel<T>(inputs: unknown, build: () => T): T {
  const file = keptFile(inputs);
  if (!file) return build();
  const kept = readKept(file);
  if (kept !== undefined) return kept as T;
  return keep(file, build());
}

/** cachedModel for work that is asynchronous (a card laid out by satori to prove it fits). */
export async function cachedModelAsync<T>(inputs: unknown, build: () => Promise<T>): Promise<T> {
  const file = keptFile(inputs);
  if (!file) return build();
  const kept = readKept(file);
  if (kept !== undefined) return kept as T;
  return keep(file, await build());
}

function keptFile(inputs: unknown): string | undefined {
  const dir = process.env[MODEL_CACHE_ENV];
  if (!dir) return undefined;
  const key = createHash('sha256').update(sourceVersion()).update('\0').update(JSON.stringify(inputs)).digest('hex');
  return path.join(dir, `${key}.json`);
}

function keep<T>(file: string, value: T): T {
  mkdirSync(path.dirname(file), { recursive: true });
  // Under a name of its own, then renamed: a reader never sees half a file.
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
  return value;
}

function readKept(file: string): unknown {
  try {
    const text = readFileSync(file, 'utf8');
    // Fresh again: scripts/build.ts deletes only what no build has used for a day.
    const now = new Date();
    utimesSync(file, now, now);
    return JSON.parse(text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import { listContentFiles } from '../../model/content-files.ts';
import { MODEL_CACHE_ENV } from '../../model/model-cache.ts';
import type { WarmUpTask } from './warm-up-worker.ts';

/** Below this many charters a pool costs more than it saves (each worker loads the model and satori). */
const FEWEST_CHARTERS = 12;

/**
 * Parses and checks the content files in a pool of worker threads, one per core, before the
 * content check runs through them in its own order (issue 17: the content check was one core's
 * work, about a quarter of a cold build). Every result goes to the model cache, so the check
 * reads them back and reports exactly what it would have found alone; nothing is reported
 * here. Only with a model cache (the build names one), and only for a register of some size.
 */
export async function warmUpContentCheck(dir: string): Promise<void> {
  if (!process.env[MODEL_CACHE_ENV]) return;
  const files = listContentFiles(dir).charters;
  if (files.length < FEWEST_CHARTERS) return;
  const threads = Math.max(1, availableParallelism());
  const pool = new Tinypool({ filename: new URL('./warm-up-worker.ts', import.meta.url).href, minThreads: threads, maxThreads: threads });
  try {
    // Small batches, so a worker that draws long files does not hold up the end.
    const batch = Math.max(1, Math.ceil(files.length / (threads * 8)));
    const tasks: WarmUpTask[] = [];
    for (let start = 0; start < files.length; start += batch) tasks.push({ dir, files: files.slice(start, start + batch) });
    await Promise.all(tasks.map((task) => pool.run(task)));
  } finally {
    await pool.destroy();
  }
}

import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';

/**
 * Runs each task through the default export of `worker` in a pool of worker threads (tinypool;
 * one per core unless told), and gives the results in the tasks' order, however the threads
 * finish. With `threads: 0` the tasks run one after another in this thread, with the same
 * module, for work too small to pay for loading it into workers. The pool is destroyed however
 * the run ends. `failed` turns a task that threw (a worker out of memory, say) into its result;
 * without it the run rejects. `done` is told each result as its task finishes, so a caller can
 * keep it (a cache entry) before the rest are done.
 */
export async function runInWorkers<Task, Result>(
  worker: URL,
  tasks: readonly Task[],
  options: { threads?: number; failed?: (error: unknown, task: Task) => Result; done?: (result: Result, at: number) => void } = {},
): Promise<Result[]> {
  const threads = Math.min(options.threads ?? availableParallelism(), tasks.length);
  const settle = async (run: Promise<Result>, task: Task, at: number) => {
    const result = options.failed ? await run.catch((error: unknown) => options.failed!(error, task)) : await run;
    options.done?.(result, at);
    return result;
  };
  if (threads <= 0) {
    const { default: run } = (await import(worker.href)) as { default: (task: Task) => Result | Promise<Result> };
    const results: Result[] = [];
    for (const [at, task] of tasks.entries())
      results.push(
        await settle(
          Promise.resolve().then(() => run(task)),
          task,
          at,
        ),
      );
    return results;
  }
  const pool = new Tinypool({ filename: worker.href, minThreads: threads, maxThreads: threads });
  try {
    return await Promise.all(tasks.map((task, at) => settle(pool.run(task) as Promise<Result>, task, at)));
  } finally {
    await pool.destroy();
  }
}

/** The list in runs of `size` (the last may be shorter): small tasks, so one long item does not hold up the end. */
export function inBatches<T>(list: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < list.length; start += size) batches.push(list.slice(start, start + size));
  return batches;
}

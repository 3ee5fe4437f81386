/**
 * runInWorkers (src/lib/worker-pool.ts), the one pool behind the render step, the content
 * check's warm-up and the file checks: results in the tasks' order in worker threads and in
 * this thread alike, each told as it finishes, a failed task turned into its result or failing
 * the run.
 */
import { describe, expect, it } from 'vitest';
import { inBatches, runInWorkers } from '../../src/lib/worker-pool.ts';

const SQUARE = new URL('../fixtures/workers/square.ts', import.meta.url);

describe('runInWorkers', () => {
  it('gives the results in the tasks’ order, in worker threads and in this thread, telling each as it is done', async () => {
    for (const threads of [2, 0]) {
      const done: number[] = [];
      const results = await runInWorkers<number, number>(SQUARE, [1, 2, 3, 4, 5, 6], { threads, done: (_, at) => done.push(at) });
      expect(results).toEqual([1, 4, 9, 16, 25, 36]);
      expect([...done].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    }
  });

  it('turns a failed task into its result with `failed`, and fails the run without it', async () => {
    for (const threads of [2, 0]) {
      const failed = (error: unknown, task: number) => (String(error).includes('negative') ? -task : 0);
      await expect(runInWorkers<number, number>(SQUARE, [2, -3, 4], { threads, failed })).resolves.toEqual([4, 3, 16]);
      await expect(runInWorkers<number, number>(SQUARE, [2, -3, 4], { threads })).rejects.toThrow('negative: -3');
    }
  });
});

describe('inBatches', () => {
  it('splits a list into runs of a size, the last shorter', () => {
    expect(inBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(inBatches([], 3)).toEqual([]);
  });
});

import { inBatches, runInWorkers } from '../../lib/worker-pool.ts';
import type { FileCheckTask } from './file-check-worker.ts';
import type { CheckFinding } from './finding.ts';
import type { ManifestFile } from './manifest.ts';
import { errorText, unreadableFinding } from './unreadable.ts';

/**
 * From this many files the checks run in a pool of worker threads, one per core: each worker
 * loads pdf.js, pdf-lib and the PNG and BRF checks before its first file (about a second), and
 * the files were one core's work after the pages (issue 17: 10 s of a 20-charter check,
 * 0.05 s a file, 500 s at 1,000 charters). Fewer (the seeds, a --changed run) run here.
 */
const FEWEST_FILES_FOR_WORKERS = 100;
/** Files a task: small, so a worker given the long PDFs does not hold up the end. */
const FILES_A_TASK = 8;

/**
 * Checks every file against its manifest entry; the findings in the files' order, however
 * many threads checked them.
 */
export function checkFiles(folder: string, files: readonly [string, ManifestFile][]): Promise<CheckFinding[]> {
  const tasks: FileCheckTask[] = inBatches(files, FILES_A_TASK).map((share) => ({ folder, files: share }));
  return runInWorkers(new URL('./file-check-worker.ts', import.meta.url), tasks, {
    ...(files.length < FEWEST_FILES_FOR_WORKERS ? { threads: 0 } : {}),
    // A worker that stopped (out of memory, say) leaves its files unchecked: each says so.
    failed: (error, task: FileCheckTask) =>
      task.files.map(([file, expected]) => unreadableFinding(file, expected.format, `the check stopped: ${errorText(error)}`)),
  }).then((results) => results.flat());
}

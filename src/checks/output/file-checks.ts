import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import { checkOneFile } from './check-one-file.ts';
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
export async function checkFiles(folder: string, files: readonly [string, ManifestFile][]): Promise<CheckFinding[]> {
  if (files.length < FEWEST_FILES_FOR_WORKERS) {
    const findings: CheckFinding[] = [];
    for (const [file, expected] of files) findings.push(...(await checkOneFile(folder, file, expected)));
    return findings;
  }
  const threads = Math.max(1, availableParallelism());
  const pool = new Tinypool({
    filename: new URL('./file-check-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    const tasks: FileCheckTask[] = [];
    for (let start = 0; start < files.length; start += FILES_A_TASK)
      tasks.push({ folder, files: files.slice(start, start + FILES_A_TASK) });
    const results = await Promise.all(
      tasks.map((task) =>
        (pool.run(task) as Promise<CheckFinding[]>).catch((error: unknown) =>
          // A worker that stopped (out of memory, say) leaves its files unchecked: each says so.
          task.files.map(([file, expected]) => unreadableFinding(file, expected.format, `the check stopped: ${errorText(error)}`)),
        ),
      ),
    );
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

// One step of `npm run build` in a process of its own: `check` (the content check) or `files`
// (every output file rendered, or the shards' files merged). scripts/build.ts runs each as a
// child and reads what it made from a handoff file. A step's memory (parsed models, card
// layouts, the worker threads' native heaps: about 1.2 GB resident at 1,000 charters, only
// 0.2 GB of it JavaScript heap) goes back to the system when it exits, so a build's peak is
// its largest step, not their sum (issue 17). Heavy modules are imported here, in the step,
// never by the build process itself, which stays small while Astro runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { failureMessage, OutputError, realFs, show, untouched } from './swap-output.ts';

/** `npm run build`'s options, read alike by the build and its steps. */
export const BUILD_OPTIONS = {
  out: { type: 'string', default: 'dist' },
  // A CI matrix job's share of the files (README, "Building past one machine").
  shard: { type: 'string' },
  // The shards' outputs to build the pages, sitemap and manifest from.
  merge: { type: 'string', multiple: true },
} as const;

export type BuildStep = 'check' | 'files';

/**
 * V8 flags for the build's child processes (its steps, their worker threads, Astro's build).
 * V8 lets the young generation grow to 64 MB semi-spaces per thread, mostly unused between
 * collections; 16 MB kept a 100-charter render step at 0.93 GB resident instead of 1.19 GB
 * in the same time (19.0 s against 19.2 s, issue 17).
 */
export const CHILD_V8_FLAGS = ['--max-semi-space-size=16'];

/** What a step hands back: seconds per phase, and from `files` the rendered index's file and Astro's environment. */
export interface StepResult {
  phases: Record<string, number>;
  indexFile?: string;
  env?: Record<string, string>;
}

/**
 * Runs a step as a child of this process, which prints its own errors (content problems, a
 * missing shard); on its failure exits as it did, saying so only if it crashed or was killed.
 */
export function runBuildStep(step: BuildStep, stagingRoot: string, outDir: string): StepResult {
  const handoff = path.join(stagingRoot, `step-${step}-${process.pid}.json`);
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, ...CHILD_V8_FLAGS, fileURLToPath(import.meta.url), step, handoff, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  if (run.status !== 0 || !existsSync(handoff)) {
    if (run.status === null) console.error(`\nThe build stopped (${run.signal ?? 'killed'}); ${untouched(outDir)}`);
    realFs.removeTree(handoff);
    process.exit(run.status || 1);
  }
  const result = JSON.parse(readFileSync(handoff, 'utf8')) as StepResult;
  realFs.removeTree(handoff);
  return result;
}

/** Seconds since `started`, to the millisecond. */
const since = (started: number) => Math.round(performance.now() - started) / 1000;

/** The content check: every problem printed, exit 1 if there is one. Both cores parse and lay out the content first, so the check reads their results back. */
async function check(): Promise<StepResult> {
  const started = performance.now();
  const { warmUpContentCheck } = await import('../../src/checks/content/warm-up.ts');
  const { checkContent, formatCheckResult } = await import('../../src/checks/content/content.ts');
  const { chartersDir } = await import('../../src/model/load-charter.ts');
  await warmUpContentCheck(chartersDir());
  const result = await checkContent();
  if (result.problems.length > 0) {
    console.error(formatCheckResult(result));
    process.exit(1);
  }
  console.log(formatCheckResult(result));
  return { phases: { 'content check': since(started) } };
}

/**
 * Every PDF, card and other file rendered once in worker threads into the render cache
 * (src/outputs/render-all.ts), before Astro builds the pages that describe them; or, with
 * --merge, the shards' files. A problem only rendering finds (ER-5) is printed, exit 1.
 */
async function files(values: { shard?: string; merge?: string[] }, stagingRoot: string, outDir: string): Promise<StepResult> {
  const started = performance.now();
  const { mergeShards, parseShard, renderPhase } = await import('./render-phase.ts');
  let rendered;
  if (values.merge) {
    const { expectedFiles } = await import('../../src/outputs/render-all.ts');
    try {
      rendered = mergeShards(
        values.merge.map((folder) => path.resolve(folder)),
        expectedFiles(),
        stagingRoot,
      );
    } catch (error) {
      throw new OutputError(`${(error as Error).message}\n${untouched(outDir)}`);
    }
  } else {
    let shard;
    try {
      shard = values.shard ? parseShard(values.shard) : undefined;
    } catch (error) {
      throw new OutputError((error as Error).message);
    }
    rendered = await renderPhase(stagingRoot, { shard, timingsFile: process.env['CHARTERS_BUILD_TIMINGS'] });
  }
  if (!rendered) {
    console.error(
      `\nThe build failed; ${existsSync(outDir) ? `${show(outDir)} was left as it was` : `nothing was written to ${show(outDir)}`}.`,
    );
    process.exit(1);
  }
  return { indexFile: rendered.indexFile, env: rendered.env, phases: { [values.merge ? 'merge shards' : 'render files']: since(started) } };
}

// Run as a step: <step> <handoff file> <the build's own arguments>.
if (import.meta.main) {
  const [step, handoff, ...args] = process.argv.slice(2);
  const { values } = parseArgs({ args, options: BUILD_OPTIONS });
  const outDir = path.resolve(values.out);
  const stagingRoot = path.resolve('.build');
  try {
    const result = step === 'check' ? await check() : await files(values, stagingRoot, outDir);
    writeFileSync(handoff!, JSON.stringify(result));
  } catch (error) {
    const message = failureMessage(error, stagingRoot, outDir);
    if (message === undefined) throw error;
    console.error(`\n${message}`);
    process.exit(1);
  }
}

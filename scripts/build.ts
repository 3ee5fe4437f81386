// Builds everything into dist/ (or --out <dir>): checks all content first, builds into a
// staging folder, and replaces the output folder only when the whole build succeeded, in a way
// the previous output survives every failure (scripts/lib/swap-output.ts says how): a failed or
// killed build never leaves a half-written or missing site. `npm run build`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate } from '../src/model/build-date.ts';
import { MODEL_CACHE_ENV } from '../src/model/model-cache.ts';
import { SOURCE_VERSION_ENV, sourceVersion } from '../src/lib/source-version.ts';
import { sealManifest } from '../src/outputs/published-files.ts';
import type { RenderedIndex } from '../src/outputs/rendered-index.ts';
import { BUILD_OPTIONS, CHILD_V8_FLAGS, runBuildStep } from './lib/build-step.ts';
import { forgetUnused, parseShard, placeRenderedFiles, writeShardOutput } from './lib/render-phase.ts';
import {
  OutputError,
  failureMessage,
  fsFailure,
  pauseIfAsked,
  placeBesideOutput,
  realFs,
  recoverInterruptedBuilds,
  show,
  swapInto,
  untouched,
} from './lib/swap-output.ts';

const { values } = parseArgs({ options: BUILD_OPTIONS });
const outDir = path.resolve(values.out);
const stagingRoot = path.resolve('.build');
const staging = path.join(stagingRoot, `staging-${process.pid}`);

/** Prints a filesystem failure as one message (never a stack trace) and exits 1; anything else is a bug and throws. */
function fail(error: unknown): never {
  const message = failureMessage(error, stagingRoot, outDir);
  if (message === undefined) throw error;
  console.error(`\n${message}`);
  try {
    realFs.removeTree(staging);
  } catch {
    // Named after this process: the next build removes it.
  }
  process.exit(1);
}

/** Seconds each phase of this build took, written beside the render phase's per-format figures (`CHARTERS_BUILD_TIMINGS`). */
const phases: Record<string, number> = {};
let phaseStarted = performance.now();
function phaseDone(name: string): void {
  const now = performance.now();
  phases[name] = Math.round(now - phaseStarted) / 1000;
  phaseStarted = now;
}

/** Adds the phases to the timings file the render phase wrote (bench:scale prints them). */
function writePhaseTimings(): void {
  const file = process.env['CHARTERS_BUILD_TIMINGS'];
  if (!file) return;
  const timings = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, `${JSON.stringify({ ...timings, phases }, null, 2)}\n`);
}

function warn(message: string): void {
  console.warn(`Warning: ${message}`);
}

async function build(): Promise<void> {
  // The output is renamed aside and deleted: never let that be the project, a folder holding
  // it, .build or a staging or cache folder in it.
  const cwd = process.cwd();
  const holdsProject = outDir === path.dirname(outDir) || cwd === outDir || cwd.startsWith(outDir + path.sep);
  const buildFolder = outDir === stagingRoot || (path.dirname(outDir) === stagingRoot && /^(staging|cache)-/.test(path.basename(outDir)));
  if (holdsProject || buildFolder) {
    throw new OutputError(
      `--out ${values.out} would replace ${holdsProject ? 'the project or a folder holding it' : 'a folder the build itself uses'}.\nFix: build with --out a folder of its own, e.g. --out dist.`,
    );
  }

  // Before anything else (even the content check, which may fail): put back an output a killed
  // build left aside, and clear what dead builds left behind.
  const recovery = recoverInterruptedBuilds(outDir, stagingRoot);
  for (const note of recovery.notes) console.log(note);
  recovery.warnings.forEach(warn);

  // Every body parsed once: the content check keeps each model, the render phase and Astro's
  // pages read it back (src/model/model-cache.ts).
  process.env[MODEL_CACHE_ENV] ||= path.join(stagingRoot, 'model-cache');
  process.env[SOURCE_VERSION_ENV] = sourceVersion();
  // The content check's "today" (a charter past its next review) is the files' and pages' too,
  // even if the build runs past midnight (src/model/build-date.ts): fixed here for the
  // content check, the render workers and Astro alike.
  try {
    process.env['SOURCE_DATE_EPOCH'] = String(Date.parse(buildDate()) / 1000);
  } catch (error) {
    throw new OutputError(`${(error as Error).message}\n${untouched(outDir)}`);
  }
  try {
    mkdirSync(stagingRoot, { recursive: true });
  } catch (error) {
    throw fsFailure(`create the staging folder ${show(stagingRoot)}`, stagingRoot, error, untouched(outDir));
  }
  // Each step in a process of its own, whose memory is returned when it ends (build-step.ts).
  Object.assign(phases, runBuildStep('check', stagingRoot, outDir).phases);
  const prepared = runBuildStep('files', stagingRoot, outDir);
  Object.assign(phases, prepared.phases);
  phaseStarted = performance.now();
  const shard = values.shard ? parseShard(values.shard) : undefined;
  const rendered = {
    indexFile: prepared.indexFile!,
    env: prepared.env!,
    index: JSON.parse(readFileSync(prepared.indexFile!, 'utf8')) as RenderedIndex,
  };
  if (shard) {
    // A shard is its share of the files and their index, no pages: `--merge` builds those.
    mkdirSync(staging, { recursive: true });
    writeShardOutput(rendered.index, staging);
    realFs.removeTree(rendered.indexFile);
    putInPlace(`shard ${shard.index} of ${shard.count}`);
    return;
  }

  const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
  const run = spawnSync(process.execPath, [...CHILD_V8_FLAGS, path.join(path.dirname(astroPackage), 'bin', 'astro.mjs'), 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_OUT_DIR: staging,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...rendered.env,
      // Builds of other content folders or site files (fixtures) keep their own content cache,
      // so two test builds of one folder with different sites never share one; an
      // ASTRO_CACHE_DIR already set (tests) wins.
      ...((process.env['CHARTERS_DIR'] || process.env['SITE_FILE']) && !process.env['ASTRO_CACHE_DIR']
        ? {
            ASTRO_CACHE_DIR: path.join(
              stagingRoot,
              `cache-${createHash('sha256')
                .update(path.resolve(process.env['CHARTERS_DIR'] || 'content/charters'))
                .update(process.env['SITE_FILE'] ? `\0${path.resolve(process.env['SITE_FILE'])}` : '')
                .digest('hex')
                .slice(0, 12)}`,
            ),
          }
        : {}),
    },
  });
  if (run.status !== 0) {
    realFs.removeTree(staging);
    realFs.removeTree(rendered.indexFile);
    console.error(
      `\nThe build failed; ${existsSync(outDir) ? `${show(outDir)} was left as it was` : `nothing was written to ${show(outDir)}`}.`,
    );
    process.exit(run.status ?? 1);
  }
  phaseDone('Astro pages');
  if (!existsSync(path.join(staging, 'index.html'))) {
    realFs.removeTree(staging);
    throw new OutputError(`The build wrote no index.html. ${untouched(outDir)}`);
  }
  if (!existsSync(path.join(staging, 'checks-manifest.json'))) {
    realFs.removeTree(staging);
    throw new OutputError(`The build wrote no checks-manifest.json. ${untouched(outDir)}`);
  }
  // Files the output already has with the same bytes are linked from it rather than copied again.
  placeRenderedFiles(rendered.index, staging, existsSync(outDir) ? outDir : undefined);
  realFs.removeTree(rendered.indexFile);
  phaseDone('place files');
  // Once every file is written, before anything is put in place: every file's hash into the
  // manifest, so `npm run check` finds any file deleted, added or changed afterwards.
  sealManifest(staging, rendered.index.files);
  phaseDone('seal manifest');
  putInPlace();
  phaseDone('put in place');
  forgetUnused(process.env[MODEL_CACHE_ENV]!);
  writePhaseTimings();
}

/** The staged output in place of the old one, the old one surviving any failure (swap-output.ts). */
function putInPlace(what?: string): void {
  const placed = placeBesideOutput(staging, outDir, process.pid);
  placed.warnings.forEach(warn);
  pauseIfAsked('staged');
  const swapped = swapInto(placed.next, outDir, process.pid, { pause: pauseIfAsked });
  if (swapped.warning) warn(`${swapped.warning}\nThe new output is in place all the same.`);
  console.log(
    `\nBuilt ${what ? `${what} in ` : ''}${show(outDir)}${placed.copied ? ' (copied from .build: it is on another filesystem)' : ''}.`,
  );
}

try {
  await build();
} catch (error) {
  fail(error);
}

// Scale benchmark (issue 17): `npm run bench:scale -- [N] [--runs R] [--no-bare] [--no-edit]`.
// Builds N charters — deterministic copies of the seeds with distinct folder names, easy reads
// included — cold, beside bare Astro + MDX building N plain pages of the same text, interleaved
// (ours, bare, ours, bare …) in one run, so both see the same machine. Then, unless --no-edit,
// a rebuild with nothing changed and a rebuild after one word changed in one charter.
// Prints wall time, CPU time and the peak memory of each whole process tree, with ratios.
// With --check, also `npm run check` on the cold build (per page and per file, by phase) and,
// after the one-word rebuild, `npm run check -- --changed`.
// Figures, never a pass/fail: targets are read against the ratios (README, "Scale").
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCharterFile } from '../src/model/load-charter.ts';
import { blocksText } from '../src/model/text.ts';
import { measureCommand, type CommandCost } from './lib/measure-command.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '1' },
    'no-bare': { type: 'boolean', default: false },
    'no-edit': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
const count = Number(positionals[0] ?? 100);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npm run bench:scale -- [N charters, default 100] [--runs R] [--no-bare] [--no-edit] [--check]');
  process.exit(3);
}

const root = process.cwd();
const work = path.resolve('.build/bench-scale');
const content = path.join(work, 'content');
const seeds = path.resolve('content/charters');
const seedNames = readdirSync(seeds).sort();

/** Charter i is a copy of seed i mod 5 in a folder of its own; its easy read points at it. */
function writeCharters(): string[] {
  rmSync(content, { recursive: true, force: true });
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const seed = seedNames[index % seedNames.length]!;
    const name = `${seed}-${String(index + 1).padStart(5, '0')}`;
    const folder = path.join(content, name);
    mkdirSync(folder, { recursive: true });
    cpSync(path.join(seeds, seed, 'charter.mdx'), path.join(folder, 'charter.mdx'));
    const easyRead = path.join(seeds, seed, 'easy-read.mdx');
    if (existsSync(easyRead))
      writeFileSync(path.join(folder, 'easy-read.mdx'), readFileSync(easyRead, 'utf8').replace(/^charter: .+$/m, `charter: ${name}`));
    names.push(name);
  }
  return names;
}

/** Bare Astro 7 + MDX: one plain MDX page per charter holding the charter's text, no components. */
function writeBareProject(names: readonly string[]): string {
  const bare = path.join(work, 'bare');
  rmSync(bare, { recursive: true, force: true });
  mkdirSync(path.join(bare, 'src/pages/charters'), { recursive: true });
  writeFileSync(path.join(bare, 'package.json'), '{ "name": "bare-astro-bench", "private": true, "type": "module" }\n');
  writeFileSync(
    path.join(bare, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()], cacheDir: './.astro-cache', devToolbar: { enabled: false } });\n",
  );
  // The project's own packages: the same Astro and MDX versions.
  symlinkSync(path.join(root, 'node_modules'), path.join(bare, 'node_modules'));
  const escape = (text: string) => text.replace(/[{}<>]/g, (char) => `&#${char.charCodeAt(0)};`);
  const texts = new Map<string, string>();
  for (const name of names) {
    const seed = seedNames.find((candidate) => name.startsWith(`${candidate}-`))!;
    let text = texts.get(seed);
    if (!text) {
      const doc = loadCharterFile(path.join(seeds, seed, 'charter.mdx'));
      text = `# ${escape(doc.title)}\n\n${blocksText(doc.blocks).map(escape).join('\n\n')}\n`;
      texts.set(seed, text);
    }
    writeFileSync(path.join(bare, 'src/pages/charters', `${name}.mdx`), text);
  }
  return bare;
}

const node = process.execPath;
const timingsFile = path.join(work, 'timings.json');
/** Seconds per phase and per format of each of our builds, by label (printed at the end). */
const timings: { label: string; phases: Record<string, number>; perFormat: Record<string, { files: number; ms: number }> }[] = [];
const caches = ['astro-cache', 'render-cache', 'model-cache'];
const ourBuild = async (out: string, label: string) => {
  rmSync(timingsFile, { force: true });
  const cost = await measureCommand(node, ['scripts/build.ts', '--out', out], {
    env: {
      CHARTERS_DIR: content,
      ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
      CHARTERS_RENDER_CACHE: path.join(work, 'render-cache'),
      CHARTERS_MODEL_CACHE: path.join(work, 'model-cache'),
      CHARTERS_BUILD_TIMINGS: timingsFile,
    },
  });
  if (existsSync(timingsFile))
    timings.push({ label, ...(JSON.parse(readFileSync(timingsFile, 'utf8')) as Omit<(typeof timings)[number], 'label'>) });
  return cost;
};
const bareBuild = (bare: string) => measureCommand(node, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: bare });

function check(cost: CommandCost, what: string): CommandCost {
  if (cost.status !== 0) {
    console.error(cost.output.slice(-4000));
    throw new Error(`${what} failed (exit ${cost.status})`);
  }
  return cost;
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const megabytes = (value: number) => `${(value / 1024).toFixed(2)} GB`;
const row = (label: string, cost: CommandCost) =>
  `| ${label} | ${seconds(cost.wallSeconds)} | ${seconds(cost.cpuSeconds)} | ${megabytes(cost.peakTreeRssMb)} |`;

const checkTimings = path.join(work, 'check-timings.json');
const checkRuns: { label: string; cost: CommandCost; phases: Record<string, number>; pages: number; files: number; carried: number }[] = [];
/** `npm run check` on the built folder (exit 1, findings, still counts: the time is what is measured). */
async function runCheck(out: string, label: string, ...extra: string[]): Promise<void> {
  rmSync(checkTimings, { force: true });
  const cost = await measureCommand(node, ['scripts/check.ts', out, '--out', path.join(work, 'report'), ...extra], {
    env: { CHARTERS_CHECK_TIMINGS: checkTimings },
  });
  if (cost.status !== 0 && cost.status !== 1) {
    console.error(cost.output.slice(-4000));
    throw new Error(`${label} could not check everything (exit ${cost.status})`);
  }
  checkRuns.push({
    label,
    cost,
    ...(JSON.parse(readFileSync(checkTimings, 'utf8')) as Omit<(typeof checkRuns)[number], 'label' | 'cost'>),
  });
}

const names = writeCharters();
const bare = values['no-bare'] ? undefined : writeBareProject(names);
const out = path.join(work, 'dist');
const ours: CommandCost[] = [];
const bares: CommandCost[] = [];
for (let run = 0; run < runs; run += 1) {
  // Cold: no Astro, render (src/outputs/render-all.ts) or model cache (src/model/model-cache.ts) from an earlier run.
  for (const cache of caches) rmSync(path.join(work, cache), { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  ours.push(check(await ourBuild(out, `cold, run ${run + 1}`), `Our build of ${count} charters`));
  if (bare) {
    rmSync(path.join(bare, 'dist'), { recursive: true, force: true });
    rmSync(path.join(bare, '.astro-cache'), { recursive: true, force: true });
    bares.push(check(await bareBuild(bare), `Bare Astro build of ${count} pages`));
  }
}

const files = (folder: string): number =>
  readdirSync(folder, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? files(path.join(folder, entry.name)) : 1),
    0,
  );

console.log(
  `Scale benchmark: ${count} charters (copies of the ${seedNames.length} seeds, easy reads included), ${files(out)} files built; ${runs} run(s), cold`,
);
console.log('');
console.log('| build | wall | CPU | peak RSS (process tree) |');
console.log('|---|---|---|---|');
ours.forEach((cost, index) => console.log(row(`this build, run ${index + 1}`, cost)));
bares.forEach((cost, index) => console.log(row(`bare Astro + MDX, run ${index + 1}`, cost)));
const median = (costs: CommandCost[], pick: (cost: CommandCost) => number) => {
  const sorted = costs.map(pick).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
if (bares.length > 0) {
  const ratio = (pick: (cost: CommandCost) => number) => (median(ours, pick) / median(bares, pick)).toFixed(1);
  console.log('');
  console.log(
    `Ratios (median this build / bare Astro): wall ${ratio((cost) => cost.wallSeconds)}× (target ≤ 3×), CPU ${ratio((cost) => cost.cpuSeconds)}×, peak RSS ${ratio((cost) => cost.peakTreeRssMb)}× (target ≤ 1.5×)`,
  );
}

if (values.check) {
  rmSync(path.join(work, 'report'), { recursive: true, force: true });
  await runCheck(out, 'full check of the cold build');
}

if (!values['no-edit']) {
  const unchanged = check(await ourBuild(out, 'nothing changed'), 'Rebuild with nothing changed');
  const edited = path.join(content, names[0]!, 'charter.mdx');
  const text = readFileSync(edited, 'utf8');
  const body = text.indexOf('\n---', 4) + 4;
  const word = /\b([a-z]{4,})\b/.exec(text.slice(body));
  if (!word) throw new Error(`No word to change in ${edited}`);
  const at = body + word.index;
  writeFileSync(edited, `${text.slice(0, at)}${word[1]!.toUpperCase()}${text.slice(at + word[1]!.length)}`);
  const afterEdit = check(await ourBuild(out, 'one word changed'), 'Rebuild after one word changed');
  if (values.check) await runCheck(out, 'check --changed after the one-word rebuild', '--changed');
  console.log('');
  console.log('| rebuild | wall | CPU | peak RSS (process tree) |');
  console.log('|---|---|---|---|');
  console.log(row('nothing changed', unchanged));
  console.log(row(`one word changed in ${names[0]}`, afterEdit));
  console.log(
    `Ratio (one word changed / nothing changed): ${(afterEdit.wallSeconds / unchanged.wallSeconds).toFixed(2)}× wall (target ≤ 1.2×)`,
  );
}

if (timings.length > 0) {
  const phases = [...new Set(timings.flatMap((timing) => Object.keys(timing.phases)))];
  console.log('');
  console.log(`| phase (s) | ${timings.map((timing) => timing.label).join(' | ')} |`);
  console.log(`|---|${timings.map(() => '---').join('|')}|`);
  for (const phase of phases) console.log(`| ${phase} | ${timings.map((timing) => timing.phases[phase]?.toFixed(1) ?? '–').join(' | ')} |`);
  const cold = timings[0]!;
  console.log('');
  console.log(`| format (${cold.label}) | files | ms per file | s in all (both cores) |`);
  console.log('|---|---|---|---|');
  for (const [format, spent] of Object.entries(cold.perFormat).sort(([, a], [, b]) => b.ms - a.ms))
    console.log(`| ${format} | ${spent.files} | ${(spent.ms / spent.files).toFixed(0)} | ${(spent.ms / 1000).toFixed(1)} |`);
}

if (checkRuns.length > 0) {
  console.log('');
  console.log('| npm run check | pages | files | carried | wall | CPU | peak RSS | s per page or file |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const run of checkRuns)
    console.log(
      `| ${run.label} | ${run.pages} | ${run.files} | ${run.carried} | ${seconds(run.cost.wallSeconds)} | ${seconds(run.cost.cpuSeconds)} | ${megabytes(run.cost.peakTreeRssMb)} | ${(run.cost.wallSeconds / Math.max(1, run.pages + run.files - run.carried)).toFixed(2)} |`,
    );
  for (const run of checkRuns)
    console.log(
      `${run.label}, seconds by phase: ${Object.entries(run.phases)
        .map(([phase, spent]) => `${phase} ${spent}`)
        .join('; ')}`,
    );
}

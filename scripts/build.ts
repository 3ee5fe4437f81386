// Builds everything into dist/ (or --out <dir>): checks all content first, builds into a
// staging folder, and replaces the output folder only when the whole build succeeded, so a
// failed build never leaves a half-written site. `npm run build`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatCheckResult } from '../src/checks/content.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(values.out);

const result = await checkContent();
if (result.problems.length > 0) {
  console.error(formatCheckResult(result));
  process.exit(1);
}
console.log(formatCheckResult(result));

const staging = path.resolve('.build', `staging-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
mkdirSync(path.dirname(staging), { recursive: true });

const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const run = spawnSync(process.execPath, [path.join(path.dirname(astroPackage), 'bin', 'astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ASTRO_OUT_DIR: staging,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(process.env['CHARTERS_DIR'] ? { ASTRO_CACHE_DIR: path.resolve('.build', `cache-${createHash('sha256').update(path.resolve(process.env['CHARTERS_DIR'])).digest('hex').slice(0, 12)}`) } : {}),
  },
});
if (run.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${path.relative(process.cwd(), outDir) || outDir} was left as it was.`);
  process.exit(run.status ?? 1);
}

rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error('The build wrote no index.html.');
  process.exit(1);
}
console.log(`\nBuilt ${path.relative(process.cwd(), outDir) || outDir}.`);

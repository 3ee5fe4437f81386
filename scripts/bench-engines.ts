// Check-time benchmark for issue 15's engines (part of `npm run bench`; alone:
// `node scripts/bench-engines.ts [<built folder>]`): `npm run check`'s runChecks on a built site,
// once without Siteimprove Alfa, the Nu HTML Checker and the forced-colours and lost-content
// checks and once with them, in the same process, and the ratio (target ≤ 1.5×).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runChecks, type RunOptions } from '../src/checks/output/run-checks.ts';
import { serveFolder } from './lib/static-server.ts';

const OFF = { alfa: false, vnu: false, forcedColors: false, lostContent: false };

async function seconds(folder: string, engines: NonNullable<RunOptions['engines']>): Promise<{ seconds: number; passed: boolean }> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'bench-engines-'));
  try {
    const start = performance.now();
    const report = await runChecks({ folder, workDir, pa11yConfig: path.resolve('.pa11yci.json'), serve: serveFolder, engines });
    return { seconds: (performance.now() - start) / 1000, passed: report.passed };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Times the whole check of `folder` without and with the engines; skipped if it is not built. */
export async function benchEngines(folder = 'dist'): Promise<void> {
  if (!existsSync(path.join(folder, 'sitemap-0.xml'))) {
    console.log(`Check-time benchmark skipped: ${folder} is not a built site (npm run build first).`);
    return;
  }
  const without = await seconds(folder, OFF);
  const withEngines = await seconds(folder, {});
  console.log(`Check time, ${folder} (all checks as npm run check runs them, one run each, same process):`);
  const verdict = (run: { passed: boolean }) => (run.passed ? 'passed' : 'failed');
  console.log(`  without Alfa, Nu checker, forced colours, lost content: ${without.seconds.toFixed(1)} s (${verdict(without)})`);
  console.log(`  with them:                                             ${withEngines.seconds.toFixed(1)} s (${verdict(withEngines)})`);
  console.log(`  ratio: ${(withEngines.seconds / without.seconds).toFixed(2)}× (target ≤ 1.5×)`);
}

if (import.meta.main) await benchEngines(process.argv[2]);

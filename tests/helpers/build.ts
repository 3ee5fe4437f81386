import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { ROOT } from './paths.ts';

/**
 * Runs `npm run build`'s script on a content folder into `out`, as authors and CI do, and
 * returns its exit status and output. `env` adds variables (SITE_URL and the like); `cwd`
 * builds another copy of the project.
 */
export function buildSite(
  chartersDir: string,
  out: string,
  options: { env?: Record<string, string>; cwd?: string } = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, CHARTERS_DIR: chartersDir, ...options.env },
  });
}

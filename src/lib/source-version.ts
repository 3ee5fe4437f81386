import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by the build for the processes it starts (Astro's pages run from a bundle, not from src/). */
export const SOURCE_VERSION_ENV = 'CHARTERS_SOURCE_VERSION';

/** The project: two folders above this file when run from src/, else where the command runs (a bundle). */
function projectRoot(): string {
  const here = fileURLToPath(new URL('../..', import.meta.url));
  return existsSync(path.join(here, 'src', 'lib', 'source-version.ts')) ? here : process.cwd();
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(folder, entry.name)) : [path.join(folder, entry.name)]))
    .sort();
}

let version: string | undefined;

/**
 * The version of everything that turns content into models and files: every source file in
 * src/ (model, renderers, registry, dictionaries) and the lockfile (pdf-lib, satori, resvg,
 * remark, fonts and pictures are npm packages). Coarse on purpose: any code change makes
 * every cached model and file anew, so a cache can never serve what older code made.
 */
export function sourceVersion(): string {
  version ??= process.env[SOURCE_VERSION_ENV];
  if (!version) {
    const ROOT = projectRoot();
    const hash = createHash('sha256');
    for (const file of [...filesUnder(path.join(ROOT, 'src')), path.join(ROOT, 'package-lock.json')]) {
      hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    version = hash.digest('hex');
  }
  return version;
}

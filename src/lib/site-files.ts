import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under a folder as a site path ("/charters/x/index.html"), sorted by code unit,
 * not locale, so the order is the same on every machine: what the build seals into the
 * manifest and what the checker compares the folder with.
 */
export function siteFiles(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    );
  return walk(folder)
    .map((file) => `/${path.relative(folder, file).split(path.sep).join('/')}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

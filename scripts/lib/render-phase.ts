import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../../src/model/content-error.ts';
import { renderAllFiles, type Shard } from '../../src/outputs/render-all.ts';
import { RENDERED_INDEX_ENV, type RenderedIndex } from '../../src/outputs/rendered-index.ts';

/** How long a cached file nobody used stays: long enough that builds running side by side never delete each other's. */
const UNUSED_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * The render cache of this content folder and site file: builds of fixtures (tests) keep
 * their own, beside the real site's, under .build/.
 */
export function renderCacheDir(stagingRoot: string): string {
  const charters = process.env['CHARTERS_DIR'];
  const site = process.env['SITE_FILE'];
  if (!charters && !site) return path.join(stagingRoot, 'render-cache');
  const hash = createHash('sha256')
    .update(path.resolve(charters || 'content/charters'))
    .update(site ? `\0${path.resolve(site)}` : '')
    .digest('hex')
    .slice(0, 12);
  return path.join(stagingRoot, `render-cache-${hash}`);
}

export interface RenderPhase {
  index: RenderedIndex;
  /** What to add to Astro's environment so its pages describe the rendered files. */
  env: Record<string, string>;
  indexFile: string;
}

/**
 * Renders every output file before Astro runs (src/outputs/render-all.ts) and writes the
 * index Astro's pages read. Prints one line of figures; on a content problem only rendering
 * finds (ER-5), prints every one and returns undefined: nothing has been written to the output.
 */
export async function renderPhase(
  stagingRoot: string,
  options: { shard?: Shard | undefined; timingsFile?: string | undefined } = {},
): Promise<RenderPhase | undefined> {
  const cacheDir = renderCacheDir(stagingRoot);
  const started = performance.now();
  const result = await renderAllFiles({ cacheDir, ...(options.shard ? { shard: options.shard } : {}) });
  if (result.problems.length > 0) {
    console.error(result.problems.map(formatProblem).join('\n'));
    return undefined;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`Rendered ${result.rendered} files and reused ${result.reused} unchanged ones in ${seconds.toFixed(1)} s.`);
  if (options.timingsFile)
    writeFileSync(
      options.timingsFile,
      `${JSON.stringify({ seconds, rendered: result.rendered, reused: result.reused, perFormat: result.perFormat }, null, 2)}\n`,
    );
  const indexFile = path.join(stagingRoot, `rendered-${process.pid}.json`);
  writeFileSync(indexFile, JSON.stringify(result.index));
  keepUsed(cacheDir, result.index);
  return { index: result.index, env: { [RENDERED_INDEX_ENV]: indexFile }, indexFile };
}

/** Copies every rendered file from the cache to its place in the output (bytes never pass through Astro). */
export function placeRenderedFiles(index: RenderedIndex, outDir: string): void {
  for (const [href, entry] of Object.entries(index.files)) {
    const target = path.join(outDir, ...href.split('/'));
    if (existsSync(target)) throw new Error(`${href} was written twice: by Astro and by the render phase.`);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(entry.path, target);
  }
}

/** Marks the files this build used as fresh, and deletes those no build has used for a day. */
function keepUsed(cacheDir: string, index: RenderedIndex): void {
  const now = new Date();
  const used = new Set<string>();
  for (const entry of Object.values(index.files)) {
    const key = path.basename(entry.path, '.bin');
    used.add(key);
    for (const file of [entry.path, path.join(cacheDir, `${key}.json`)]) if (existsSync(file)) utimesSync(file, now, now);
  }
  for (const name of readdirSync(cacheDir)) {
    const file = path.join(cacheDir, name);
    const key = name.replace(/\.(bin|json)$/, '');
    if (used.has(key)) continue;
    try {
      if (now.getTime() - statSync(file).mtimeMs > UNUSED_LIFETIME_MS) rmSync(file, { force: true });
    } catch {
      // Another build removed it first.
    }
  }
}

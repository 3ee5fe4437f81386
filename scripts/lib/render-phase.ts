import { createHash } from 'node:crypto';
import {
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../../src/model/content-error.ts';
import type { Shard } from '../../src/outputs/render-all.ts';
import { RENDERED_INDEX_ENV, type RenderedFileEntry, type RenderedIndex } from '../../src/outputs/rendered-index.ts';

/** How long a cached file nobody used stays: long enough that builds running side by side never delete each other's. */
const UNUSED_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * The render cache of this content folder and site file: builds of fixtures (tests) keep
 * their own, beside the real site's, under .build/; `CHARTERS_RENDER_CACHE` names another.
 */
export function renderCacheDir(stagingRoot: string): string {
  // A cache of its own (tests proving two renders give the same bytes).
  if (process.env['CHARTERS_RENDER_CACHE']) return path.resolve(process.env['CHARTERS_RENDER_CACHE']);
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
  // Imported here: the build process itself reads only the index (build-step.ts).
  const { renderAllFiles } = await import('../../src/outputs/render-all.ts');
  const result = await renderAllFiles({ cacheDir, ...(options.shard ? { shard: options.shard } : {}) });
  if (result.problems.length > 0) {
    console.error(result.problems.map(formatProblem).join('\n'));
    return undefined;
  }
  const seconds = (performance.now() - started) / 1000;
  const where = result.threads > 0 ? `${result.threads} worker threads` : 'this thread';
  console.log(`Rendered ${result.rendered} files and reused ${result.reused} unchanged ones in ${seconds.toFixed(1)} s (${where}).`);
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

/**
 * Puts every rendered file in its place in the output (bytes never pass through Astro): from
 * the cache as a copy, never a link, since a hand edit of a file in the output must not change
 * the cached file a later build reuses. Where the filesystem can (btrfs, XFS), the copy is a
 * reflink that shares the blocks until either side is written. With `previous` (the output this
 * build replaces), a file there whose bytes are the ones rendered (size and sha256) is linked
 * instead: the previous output is deleted once the new one is in place, so the link is the
 * file's only name by then, and until then a failed build leaves the previous output as it was.
 * A rebuild of 1,000 charters wrote 1.1 GB of copies for files it already had (1.5–7 s, most
 * of it the disk catching up). COPYFILE_EXCL refuses a file Astro wrote, and each folder is
 * made once. Returns how many files were linked.
 */
export function placeRenderedFiles(index: RenderedIndex, outDir: string, previous?: string): number {
  const made = new Set<string>();
  let linked = 0;
  for (const [href, entry] of Object.entries(index.files)) {
    const parts = href.split('/');
    const target = path.join(outDir, ...parts);
    const folder = path.dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    if (previous && linkUnchanged(path.join(previous, ...parts), target, entry)) {
      linked += 1;
      continue;
    }
    try {
      copyFileSync(entry.path, target, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new Error(`${href} was written twice: by Astro and by the render phase.`, { cause: error });
      throw error;
    }
  }
  return linked;
}

/** Links the previous output's file at `target` when it is a plain file with the rendered bytes; false if not (or it cannot). */
function linkUnchanged(old: string, target: string, entry: RenderedFileEntry): boolean {
  try {
    const stat = lstatSync(old);
    if (!stat.isFile() || stat.size !== entry.size) return false;
    if (createHash('sha256').update(readFileSync(old)).digest('hex') !== entry.sha256) return false;
    linkSync(old, target);
    return true;
  } catch {
    return false; // No such file, another filesystem, or a name already taken: copied (or refused) instead.
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
  forgetUnused(cacheDir, (name) => used.has(name.replace(/\.(bin|json)$/, '')));
}

/** Deletes the files in a cache folder that no build has used (touched) for a day, but those `keep` names. */
export function forgetUnused(cacheDir: string, keep: (name: string) => boolean = () => false): void {
  if (!existsSync(cacheDir)) return;
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    if (keep(name)) continue;
    try {
      if (now - statSync(path.join(cacheDir, name)).mtimeMs > UNUSED_LIFETIME_MS) rmSync(path.join(cacheDir, name), { force: true });
    } catch {
      // Another build removed it first.
    }
  }
}

/** The index a shard's output carries, its files' paths relative to the shard's folder. */
export const SHARD_INDEX = 'shard-index.json';

/** `--shard i/n` → { index: i, count: n }, or an error saying what is wrong. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new Error(`--shard ${text} is not a share of the build.\nFix: write --shard i/n with 1 ≤ i ≤ n, e.g. --shard 2/3.`);
  return { index, count };
}

/** A shard's output: its rendered files at their places, and its index beside them. */
export function writeShardOutput(index: RenderedIndex, folder: string): void {
  placeRenderedFiles(index, folder);
  const files = Object.fromEntries(Object.entries(index.files).map(([href, entry]) => [href, { ...entry, path: href.slice(1) }]));
  writeFileSync(path.join(folder, SHARD_INDEX), `${JSON.stringify({ version: 2, files }, null, 2)}\n`);
}

/**
 * The shards' files as one index for the pages (`--merge a b c`): each shard's entries with
 * their paths inside that shard's folder. Every file the registry makes must come from exactly
 * one shard: a missing shard or a file made twice is an error naming it, never a page that
 * quietly renders the file itself.
 */
export function mergeShards(folders: readonly string[], expected: readonly string[], stagingRoot: string): RenderPhase {
  const files: RenderedIndex['files'] = {};
  for (const folder of folders) {
    const file = path.join(folder, SHARD_INDEX);
    if (!existsSync(file))
      throw new Error(`${folder} has no ${SHARD_INDEX}.\nFix: build it with npm run build -- --shard i/n --out ${folder}.`);
    const shard = JSON.parse(readFileSync(file, 'utf8')) as RenderedIndex;
    if (shard.version !== 2)
      throw new Error(
        `${file} is from another version of the build.\nFix: rebuild every shard with this version (npm run build -- --shard i/n).`,
      );
    for (const [href, entry] of Object.entries(shard.files)) {
      if (files[href]) throw new Error(`${href} is in two shards (${folder} and another).\nFix: merge the shards of one build, each once.`);
      files[href] = { ...entry, path: path.resolve(folder, entry.path) };
    }
  }
  const missing = expected.filter((href) => !files[href]);
  if (missing.length > 0)
    throw new Error(
      `The shards lack ${missing.length} file(s), e.g. ${missing[0]}.\nFix: merge every shard of the build (--shard 1/n … n/n), built from the same content.`,
    );
  const extra = Object.keys(files).filter((href) => !expected.includes(href));
  if (extra.length > 0)
    throw new Error(`The shards hold files this content does not make, e.g. ${extra[0]}.\nFix: rebuild the shards from this content.`);
  const index: RenderedIndex = {
    version: 2,
    files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  const indexFile = path.join(stagingRoot, `rendered-${process.pid}.json`);
  writeFileSync(indexFile, JSON.stringify(index));
  return { index, env: { [RENDERED_INDEX_ENV]: indexFile }, indexFile };
}

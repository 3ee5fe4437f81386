import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodePng, rgbaSha256 } from '../lib/png-decode.ts';
import { siteFiles } from '../lib/site-files.ts';
import type { ChecksManifest, PublishedFile } from './manifest.ts';
import type { RenderedIndex } from './rendered-index.ts';

/** The manifest's own path in the output: the one file it cannot hash. */
export const MANIFEST_PATH = '/checks-manifest.json';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The sha256 and size of every file the build published, by site path, sorted, leaving out
 * the manifest itself: what `npm run check` compares the folder with, so a file deleted,
 * added or changed after the build is a finding however it was done.
 */
export function publishedFiles(folder: string, rendered: RenderedIndex['files'] = {}): Record<string, PublishedFile> {
  const published: Record<string, PublishedFile> = {};
  for (const file of siteFiles(folder)) {
    if (file === MANIFEST_PATH) continue;
    // A rendered file was copied from the render cache as it is: its hash was taken when it was made.
    const made = rendered[file];
    if (made) {
      published[file] = { sha256: made.sha256, bytes: made.size };
      continue;
    }
    const bytes = readFileSync(path.join(folder, file));
    published[file] = { sha256: sha256(bytes), bytes: bytes.length };
  }
  return published;
}

/**
 * Completes the checks manifest the Astro route wrote (which knows each file's expectations
 * but not the bytes of pages and assets) once the whole output is written: every file's hash
 * (`published`), and each card image's pixel hash. Run by scripts/build.ts on the staging
 * folder before it replaces the output; writing the same folder twice gives the same bytes.
 * `rendered`: the render phase's index, whose files' hashes were taken when they were made.
 */
export function sealManifest(folder: string, rendered: RenderedIndex['files'] = {}): ChecksManifest {
  const file = path.join(folder, MANIFEST_PATH);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as ChecksManifest;
  for (const [href, entry] of Object.entries(manifest.files)) {
    if (entry.check === 'card-png')
      entry.pixelSha256 = rendered[href]?.pixelSha256 ?? rgbaSha256(decodePng(new Uint8Array(readFileSync(path.join(folder, href)))));
  }
  const sealed: ChecksManifest = { ...manifest, published: publishedFiles(folder, rendered) };
  writeFileSync(file, `${JSON.stringify(sealed, null, 2)}\n`);
  return sealed;
}

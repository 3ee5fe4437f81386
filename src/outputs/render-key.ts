import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CharterDocument } from '../model/types.ts';
import type { PublishContext } from './types.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(folder, entry.name)) : [path.join(folder, entry.name)]))
    .sort();
}

let version: string | undefined;

/**
 * The version of everything that makes a file besides its charter and settings: every source
 * file in src/ (renderers, registry, dictionaries, model) and the lockfile (pdf-lib, satori,
 * resvg, fonts and pictures are npm packages). Coarse on purpose: any code change re-renders
 * everything, so the cache can never serve a file an older renderer made.
 */
export function rendererVersion(): string {
  if (!version) {
    const hash = createHash('sha256');
    for (const file of [...filesUnder(path.join(ROOT, 'src')), path.join(ROOT, 'package-lock.json')]) {
      hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    version = hash.digest('hex');
  }
  return version;
}

/**
 * The cache key of one file: the renderer's version, the build's date (standing notices), the
 * site's settings and address, the document it is made from and its translation (bilingual
 * cards), and the file's path. Equal keys make equal bytes: rendering is pure.
 */
export function renderKey(href: string, doc: CharterDocument, context: PublishContext, buildDate: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        renderer: rendererVersion(),
        buildDate,
        site: context.site,
        siteUrl: String(context.siteUrl),
        doc,
        translation: doc.edition === 'full' ? (context.translationOf(doc) ?? null) : null,
        href,
      }),
    )
    .digest('hex');
}

import { createHash } from 'node:crypto';
import { sourceVersion } from '../lib/source-version.ts';
import type { CharterDocument } from '../model/types.ts';
import type { PublishContext } from './types.ts';

/**
 * The cache key of one file: the renderer's version, the build's date (standing notices), the
 * site's settings and address, the document it is made from and its translation (bilingual
 * cards), and the file's path. Equal keys make equal bytes: rendering is pure.
 */
export function renderKey(href: string, doc: CharterDocument, context: PublishContext, buildDate: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        renderer: sourceVersion(),
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

import { formatBytes } from '../lib/format-bytes.ts';
import type { CharterDocument } from '../model/types.ts';
import { editionFiles } from './publish.ts';
import type { Placement, PublishContext } from './types.ts';

/** One file a reader can download from a page. */
export interface Download {
  /** Path on the site, e.g. /charters/x/x-large-print.pdf */
  href: string;
  fileName: string;
  /** What it is, for the link text. */
  label: string;
  /** Facts shown beside the link: format, pages, size. */
  details: string;
  /** For an image the page shows: its alt text. */
  alt?: string | undefined;
  mediaType: string;
}

/**
 * The downloads a page offers in one place, from every registered format that applies to
 * its documents; sizes and page counts come from the rendered files themselves.
 */
export async function downloadsFor(
  docs: readonly (CharterDocument | undefined)[],
  placement: Placement,
  context: PublishContext,
): Promise<Download[]> {
  const files = editionFiles(docs, context).filter((file) => file.format.placement === placement);
  return Promise.all(
    files.map(async (file) => {
      const { bytes, facts } = await file.render();
      return {
        href: file.href,
        fileName: file.fileName,
        label: file.label,
        details: `${facts}, ${formatBytes(bytes.length)}`,
        alt: file.alt,
        mediaType: file.mediaType,
      };
    }),
  );
}

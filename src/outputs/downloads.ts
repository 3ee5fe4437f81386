import { formatBytes } from '../i18n/file-sizes.ts';
import { t, type UiLanguage } from '../i18n/index.ts';
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
  /** For a file on the print page: what it is for and how to print it, in the page's language. */
  printing?: { purpose: string; steps: string[] } | undefined;
}

/**
 * The downloads a page offers in one place, from every registered format that applies to
 * its documents; sizes and page counts come from the rendered files themselves. Labels and
 * facts are in `lang`, the page's interface language.
 */
export async function downloadsFor(
  docs: readonly (CharterDocument | undefined)[],
  placement: Placement,
  context: PublishContext,
  lang: UiLanguage,
): Promise<Download[]> {
  const files = editionFiles(docs, context).filter((file) => file.format.placement === placement);
  return Promise.all(
    files.map(async (file) => {
      const { bytes, facts, alt } = await file.render();
      return {
        href: file.href,
        fileName: file.fileName,
        label: file.label(lang),
        details: t(lang, 'downloads.details', { facts: facts(lang), size: formatBytes(bytes.length, lang) }),
        alt: alt ?? file.alt,
        mediaType: file.mediaType,
        printing: file.printing && { purpose: file.printing.purpose(lang), steps: file.printing.steps.map((step) => step(lang)) },
      };
    }),
  );
}

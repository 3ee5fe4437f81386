import { formatBytes } from '../i18n/file-sizes.ts';
import { t, type UiLanguage } from '../i18n/index.ts';
import type { CharterDocument } from '../model/types.ts';
import { editionFiles, type OutputFile } from './publish.ts';
import { renderedIndex } from './rendered-index.ts';
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
 * What a page says about a file: from the build's rendered index (render-all.ts rendered every
 * file before the pages), or, without one (`astro dev`, tests), from rendering it here.
 */
async function describeFile(file: OutputFile, lang: UiLanguage): Promise<{ size: number; facts: string; alt: string | undefined }> {
  const entry = renderedIndex()?.files[file.href];
  if (entry) return { size: entry.size, facts: entry.facts[lang], alt: entry.alt };
  const { bytes, facts, alt } = await file.render();
  return { size: bytes.length, facts: facts(lang), alt };
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
      const { size, facts, alt } = await describeFile(file, lang);
      return {
        href: file.href,
        fileName: file.fileName,
        label: file.label(lang),
        details: t(lang, 'downloads.details', { facts, size: formatBytes(size, lang) }),
        alt: alt ?? file.alt,
        mediaType: file.mediaType,
        printing: file.printing && { purpose: file.printing.purpose(lang), steps: file.printing.steps.map((step) => step(lang)) },
      };
    }),
  );
}

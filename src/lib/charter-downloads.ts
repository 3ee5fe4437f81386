import { checkEasyReadPages, formatFinding } from '../checks/easy-read.ts';
import { formatRequestFor } from '../model/format-request.ts';
import type { CharterDocument } from '../model/types.ts';
import { EASY_READ, PDF_PROFILES, renderPdfWithInfo, type PdfProfile, type RenderedPdf } from '../renderers/pdf/index.ts';
import type { Site } from '../schemas/site.ts';
import { formatBytes } from './format-bytes.ts';

/** One file a reader can download from a charter page. */
export interface Download {
  /** Path on the site, e.g. /charters/x/x-large-print.pdf */
  href: string;
  fileName: string;
  /** What it is, for the link text. */
  label: string;
  /** Facts shown beside the link: format, pages, size. */
  details: string;
}

export function charterPageUrl(doc: CharterDocument, siteUrl: URL | string): string {
  return new URL(doc.edition === 'easy-read' ? `/charters/${doc.id}/easy-read/` : `/charters/${doc.id}/`, siteUrl).href;
}

/** The PDF editions of a document: large and clear print for a charter, one easy-read PDF for an easy-read edition. */
export function pdfProfilesFor(doc: CharterDocument): readonly PdfProfile[] {
  return doc.edition === 'easy-read' ? [EASY_READ] : PDF_PROFILES;
}

export function pdfFileName(doc: CharterDocument, profile: PdfProfile): string {
  return `${doc.id}-${profile.id}.pdf`;
}

// Rendered once per build: the endpoint writes the bytes and the page shows their size and page count.
const cache = new Map<string, Promise<RenderedPdf>>();

export function charterPdf(doc: CharterDocument, profile: PdfProfile, site: Site, siteUrl: URL | string): Promise<RenderedPdf> {
  const key = `${doc.edition}:${doc.id}:${profile.id}`;
  let rendered = cache.get(key);
  if (!rendered) {
    const pageUrl = charterPageUrl(doc, siteUrl);
    const request = formatRequestFor(doc, site, pageUrl);
    rendered = renderPdfWithInfo(doc, profile, { pageUrl, formatRequest: { email: request.email, phone: doc.meta.contact?.phones?.[0]?.number } }).then((result) => {
      // ER-5: an easy-read booklet longer than 24 pages must be split; fail the build.
      const errors = doc.edition === 'easy-read' ? checkEasyReadPages(`${doc.id}/easy-read.mdx`, result.pageCount).filter((f) => f.severity === 'error') : [];
      if (errors.length > 0) throw new Error(errors.map(formatFinding).join('\n'));
      return result;
    });
    cache.set(key, rendered);
  }
  return rendered;
}

export async function charterDownloads(doc: CharterDocument, site: Site, siteUrl: URL | string): Promise<Download[]> {
  return Promise.all(
    pdfProfilesFor(doc).map(async (profile) => {
      const { bytes, pageCount } = await charterPdf(doc, profile, site, siteUrl);
      const fileName = pdfFileName(doc, profile);
      return {
        href: `/charters/${doc.id}/${fileName}`,
        fileName,
        label: profile.id === 'easy-read' ? 'Easy read, with pictures' : `${profile.label} (${profile.bodySize} point text)`,
        details: `PDF, ${pageCount} ${pageCount === 1 ? 'page' : 'pages'}, ${formatBytes(bytes.length)}`,
      };
    }),
  );
}

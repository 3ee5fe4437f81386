import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { charterPdf, pdfFileName } from '../../../lib/charter-downloads.ts';
import { charterDocumentFromEntry } from '../../../model/from-entry.ts';
import { loadSite } from '../../../model/load-site.ts';
import { PDF_PROFILES, type PdfProfile } from '../../../renderers/pdf/index.ts';
import type { CharterDocument } from '../../../model/types.ts';

/** The large-print and clear-print PDFs of every charter: /charters/<slug>/<slug>-<profile>.pdf */
export const getStaticPaths = (async () => {
  const entries = await getCollection('charters');
  return entries.flatMap((entry) => {
    const doc = charterDocumentFromEntry(entry);
    return PDF_PROFILES.map((profile) => ({ params: { slug: doc.id, file: pdfFileName(doc, profile) }, props: { doc, profile } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: CharterDocument; profile: PdfProfile }> = async ({ props, site }) => {
  const { bytes } = await charterPdf(props.doc, props.profile, loadSite(), site ?? 'http://localhost/');
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};

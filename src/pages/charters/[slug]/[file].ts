import type { APIRoute, GetStaticPaths } from 'astro';
import { charterPdf, pdfFileName, pdfProfilesFor } from '../../../lib/charter-downloads.ts';
import { loadEditions } from '../../../lib/load-editions.ts';
import { loadSite } from '../../../model/load-site.ts';
import type { CharterDocument } from '../../../model/types.ts';
import type { PdfProfile } from '../../../renderers/pdf/index.ts';

/** Every PDF: /charters/<slug>/<slug>-large-print.pdf, -clear-print.pdf and -easy-read.pdf. */
export const getStaticPaths = (async () => {
  const editions = await loadEditions();
  return editions.flatMap(({ charter, easyRead }) =>
    [charter, ...(easyRead ? [easyRead] : [])].flatMap((doc) =>
      pdfProfilesFor(doc).map((profile) => ({ params: { slug: doc.id, file: pdfFileName(doc, profile) }, props: { doc, profile } })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: CharterDocument; profile: PdfProfile }> = async ({ props, site }) => {
  const { bytes } = await charterPdf(props.doc, props.profile, loadSite(), site ?? 'http://localhost/');
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { cardFiles, type CardFile } from '../../../lib/card-downloads.ts';
import { charterPdf, pdfFileName, pdfProfilesFor } from '../../../lib/charter-downloads.ts';
import { loadEditions } from '../../../lib/load-editions.ts';
import { loadSite } from '../../../model/load-site.ts';
import type { CharterDocument } from '../../../model/types.ts';
import type { PdfProfile } from '../../../renderers/pdf/index.ts';

type Props = { kind: 'pdf'; doc: CharterDocument; profile: PdfProfile } | { kind: 'card'; file: CardFile };

/**
 * Every download of a charter: /charters/<slug>/<slug>-large-print.pdf, -clear-print.pdf,
 * -easy-read.pdf, and the card files (-card-front.png, -card-back.png, -card-print.pdf,
 * -card-large-print.pdf, -card-sheet.pdf).
 */
export const getStaticPaths = (async () => {
  const editions = await loadEditions();
  return editions.flatMap(({ charter, easyRead }) => [
    ...[charter, ...(easyRead ? [easyRead] : [])].flatMap((doc) =>
      pdfProfilesFor(doc).map((profile) => ({ params: { slug: doc.id, file: pdfFileName(doc, profile) }, props: { kind: 'pdf' as const, doc, profile } })),
    ),
    ...cardFiles(charter).map((file) => ({ params: { slug: charter.id, file: file.fileName }, props: { kind: 'card' as const, file } })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  if (props.kind === 'card') {
    return new Response((await props.file.bytes) as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': props.file.contentType } });
  }
  const { bytes } = await charterPdf(props.doc, props.profile, loadSite(), site ?? 'http://localhost/');
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};

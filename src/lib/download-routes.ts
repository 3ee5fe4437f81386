import { cardFiles, type CardFile } from './card-downloads.ts';
import { charterPdf, pdfFileName, pdfProfilesFor } from './charter-downloads.ts';
import { loadEditions } from './load-editions.ts';
import { loadSite } from '../model/load-site.ts';
import type { CharterDocument } from '../model/types.ts';
import type { PdfProfile } from '../renderers/pdf/index.ts';

export type DownloadProps = { kind: 'pdf'; doc: CharterDocument; profile: PdfProfile } | { kind: 'card'; file: CardFile };

/**
 * Every download of every charter, for the routes /charters/<slug>/<file>.pdf and .png:
 * -large-print.pdf, -clear-print.pdf, -easy-read.pdf, and the card files (-card-front.png,
 * -card-back.png, -card-print.pdf, -card-large-print.pdf, -card-sheet.pdf).
 */
export async function downloadPaths(extension: 'pdf' | 'png'): Promise<{ params: { slug: string; file: string }; props: DownloadProps }[]> {
  const editions = await loadEditions();
  const all = editions.flatMap(({ charter, easyRead }) => [
    ...[charter, ...(easyRead ? [easyRead] : [])].flatMap((doc) =>
      pdfProfilesFor(doc).map((profile) => ({ name: pdfFileName(doc, profile), slug: doc.id, props: { kind: 'pdf' as const, doc, profile } })),
    ),
    ...cardFiles(charter).map((file) => ({ name: file.fileName, slug: charter.id, props: { kind: 'card' as const, file } })),
  ]);
  return all
    .filter(({ name }) => name.endsWith(`.${extension}`))
    .map(({ name, slug, props }) => ({ params: { slug, file: name.slice(0, -(extension.length + 1)) }, props }));
}

export async function downloadResponse(props: DownloadProps, site: URL | undefined): Promise<Response> {
  if (props.kind === 'card') {
    return new Response((await props.file.bytes) as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': props.file.contentType } });
  }
  const { bytes } = await charterPdf(props.doc, props.profile, loadSite(), site ?? 'http://localhost/');
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
}

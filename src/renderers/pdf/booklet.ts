import { createHash } from 'node:crypto';
import { Duplex, PDFDocument, PrintScaling } from '../tagged-pdf/pdf-lib.ts';
import { t, uiLanguageFor } from '../../i18n/index.ts';
import { charterDate } from '../../model/charter-date.ts';
import type { CharterDocument } from '../../model/types.ts';
import { writeDocumentMetadata } from '../tagged-pdf/metadata.ts';
import { renderPdfWithInfo, type PdfContext } from './index.ts';
import { A4, CLEAR_PRINT_A5 } from './profiles.ts';

/** A4 landscape: the sheet side two A5 pages are printed on, side by side. */
export const A4_LANDSCAPE = { width: A4.height, height: A4.width } as const;

/** The A5 pages on one side of a sheet, left and right, numbered from 1; `null` is a blank page. */
export type SheetSide = [left: number | null, right: number | null];

/**
 * Booklet (saddle-stitch) order for `pageCount` pages: padded with blank pages to a multiple
 * of 4, then sheet by sheet, the front side has the last unplaced page on the left and the
 * first on the right, the back side the next first on the left and the next last on the right:
 * for n = 8, [8, 1], [2, 7], [6, 3], [4, 5]. Printed on both sides (flipped on the short
 * edge) and folded, the sheets read 1 to n. Blank pages come last, before the back cover.
 */
export function bookletOrder(pageCount: number): SheetSide[] {
  const padded = Math.max(4, Math.ceil(pageCount / 4) * 4);
  const page = (number: number) => (number <= pageCount ? number : null);
  const sides: SheetSide[] = [];
  for (let sheet = 0; sheet < padded / 4; sheet += 1) {
    sides.push([page(padded - 2 * sheet), page(1 + 2 * sheet)]);
    sides.push([page(2 + 2 * sheet), page(padded - 1 - 2 * sheet)]);
  }
  return sides;
}

/** The imposed booklet and what its download link says about it. */
export interface RenderedBooklet {
  bytes: Uint8Array;
  /** A5 pages of the clear print edition, before padding. */
  pages: number;
  /** A4 sheets, each printed on both sides. */
  sheets: number;
}

/**
 * The clear-print edition as an A5 booklet for staff to print: laid out at A5 (CLEAR_PRINT_A5,
 * 14 pt), then imposed two A5 pages to each side of A4 landscape in booklet order, for duplex
 * printing flipped on the short edge and folding.
 *
 * A print-only file. Imposition puts pages out of reading order (a side holds pages n and 1),
 * and the A5 pages are drawn as Form XObjects, which carry no structure of their own, so its
 * tags could not be kept truthful: it has none, and does not claim PDF/UA (formats-standards
 * §7.2: "the print/imposition PDF for the printer, which need not be tagged … never hand the
 * imposed sheet to a screen-reader user"). It keeps a title (saying it is for printing only)
 * and /Lang; its link's facts send readers to the tagged clear-print PDF, and `npm run check`
 * checks it as a print file (check kind `print-booklet-pdf`: sheet size, whole sheets, the text
 * read back in booklet order). Pure: the same model and context always give the same bytes.
 */
export async function renderClearPrintBooklet(doc: CharterDocument, context: PdfContext): Promise<RenderedBooklet> {
  const a5 = await renderPdfWithInfo(doc, CLEAR_PRINT_A5, context);
  const order = bookletOrder(a5.pageCount);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const source = await PDFDocument.load(a5.bytes, { updateMetadata: false });
  const embedded = await pdf.embedPages(source.getPages());
  const { width, height } = CLEAR_PRINT_A5.page;
  for (const side of order) {
    const sheet = pdf.addPage([A4_LANDSCAPE.width, A4_LANDSCAPE.height]);
    // The fold is the middle of the sheet: the two pages meet there (A4 is 1 mm wider than two A5).
    side.forEach((number, column) => {
      const page = number === null ? undefined : embedded[number - 1];
      if (page) sheet.drawPage(page, { x: A4_LANDSCAPE.width / 2 - width + column * width, y: (A4_LANDSCAPE.height - height) / 2 });
    });
  }
  const ui = uiLanguageFor(doc.lang);
  writeDocumentMetadata(pdf, {
    title: t(ui, 'pdf.booklet.title', { title: doc.title }),
    language: doc.lang,
    author: doc.meta.organisation,
    subject: doc.meta.summary,
    date: charterDate(doc.meta.dates, doc.meta.report?.meetingDate),
    seed: createHash('sha256').update(a5.bytes).update('booklet').digest('hex'),
    pdfUa: false,
  });
  // Ask the print dialog for what the imposition needs (ISO 32000-1 §12.2, ViewerPreferences):
  // both sides, flipped on the short edge, and actual size (scaling would move the fold).
  const preferences = pdf.catalog.getOrCreateViewerPreferences();
  preferences.setDuplex(Duplex.DuplexFlipShortEdge);
  preferences.setPrintScaling(PrintScaling.None);
  const bytes = await pdf.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, pages: a5.pageCount, sheets: order.length / 2 };
}

import { cardContent } from '../model/card-content.ts';
import type { CharterDocument } from '../model/types.ts';
import { LARGE_PRINT_CARD, renderCardPng, renderCardPrintPdf, renderCardSheetPdf, WALLET_CARD } from '../renderers/card/index.ts';
import { charterDate } from '../renderers/tagged-pdf/metadata.ts';
import { createHash } from 'node:crypto';

/** One card file: what it is, and its bytes (rendered once per build, shared by the page and the endpoint). */
export interface CardFile {
  fileName: string;
  label: string;
  /** Format facts shown beside the link. */
  format: string;
  contentType: 'image/png' | 'application/pdf';
  bytes: Promise<Uint8Array>;
}

const cache = new Map<string, CardFile[]>();

export function cardFiles(doc: CharterDocument): CardFile[] {
  const cached = cache.get(doc.id);
  if (cached) return cached;
  const content = cardContent(doc);
  const facts = {
    title: doc.title,
    organisation: doc.meta.organisation,
    date: charterDate(doc.meta.dates, doc.meta.report?.meetingDate),
    seed: createHash('sha256').update(JSON.stringify(content)).digest('hex'),
  };
  const png = (side: 'front' | 'back') => renderCardPng(content, side).then((result) => result.png);
  const files: CardFile[] = [
    { fileName: `${doc.id}-card-front.png`, label: 'Card front', format: 'PNG, 85 × 55 mm at 300 ppi', contentType: 'image/png', bytes: png('front') },
    { fileName: `${doc.id}-card-back.png`, label: 'Card back', format: 'PNG, 85 × 55 mm at 300 ppi', contentType: 'image/png', bytes: png('back') },
    { fileName: `${doc.id}-card-print.pdf`, label: 'Wallet card for a print shop', format: 'PDF, 85 × 55 mm, 3 mm bleed, crop marks', contentType: 'application/pdf', bytes: renderCardPrintPdf(content, WALLET_CARD, facts) },
    { fileName: `${doc.id}-card-large-print.pdf`, label: 'Large print card', format: 'PDF, A6, 18 point text, 3 mm bleed, crop marks', contentType: 'application/pdf', bytes: renderCardPrintPdf(content, LARGE_PRINT_CARD, facts) },
    { fileName: `${doc.id}-card-sheet.pdf`, label: 'Sheet of 10 wallet cards to print on A4', format: 'PDF, print at 100 %, fronts and backs', contentType: 'application/pdf', bytes: renderCardSheetPdf(content, facts) },
  ];
  cache.set(doc.id, files);
  return files;
}

import type { APIRoute } from 'astro';
import { cardFiles } from '../lib/card-downloads.ts';
import { pdfFileName, pdfProfilesFor } from '../lib/charter-downloads.ts';
import { loadEditions } from '../lib/load-editions.ts';
import { PICTURE_ATTRIBUTION } from '../model/pictures.ts';
import { blocksText } from '../model/text.ts';
import { LARGE_PRINT_CARD, WALLET_CARD, type CardProfile } from '../renderers/card/index.ts';

/**
 * What every built PDF and card should be, written beside them so `npm run check -- <folder>`
 * can check a deployed folder against its source without rebuilding: each PDF's minimum text
 * size, language and the text it must carry; each card's pixel size, trim and bleed.
 */
const mm = (pt: number) => Math.round(((pt * 25.4) / 72) * 10) / 10;
const pixels = (profile: CardProfile) => ({ width: Math.round((profile.trim.width / 72) * profile.ppi), height: Math.round((profile.trim.height / 72) * profile.ppi) });
const print = (profile: CardProfile) => ({ trimMm: [mm(profile.trim.width), mm(profile.trim.height)], bleedMm: mm(profile.bleed) });

export const GET: APIRoute = async () => {
  const pdfs: Record<string, { minTextSize?: number; lang: string; text?: string[] }> = {};
  const cards: Record<string, object> = {};
  for (const { charter, easyRead } of await loadEditions()) {
    const base = `/charters/${charter.id}/`;
    for (const doc of [charter, ...(easyRead ? [easyRead] : [])]) {
      for (const profile of pdfProfilesFor(doc)) {
        pdfs[base + pdfFileName(doc, profile)] = {
          minTextSize: profile.bodySize,
          lang: doc.lang,
          text: doc.edition === 'easy-read' ? [...blocksText(doc.blocks), PICTURE_ATTRIBUTION] : blocksText(doc.blocks),
        };
      }
    }
    for (const file of cardFiles(charter)) {
      const path = base + file.fileName;
      if (file.fileName.endsWith('.png')) cards[path] = { pixels: pixels(WALLET_CARD) };
      else if (file.fileName.endsWith('-card-print.pdf')) cards[path] = print(WALLET_CARD);
      else if (file.fileName.endsWith('-card-large-print.pdf')) cards[path] = print(LARGE_PRINT_CARD);
      // The sheet's printing note is 12 pt: it is for staff at a printer, not the card's reader.
      if (file.fileName.endsWith('.pdf')) pdfs[path] = { lang: charter.lang, ...(file.fileName.endsWith('-card-sheet.pdf') ? { minTextSize: 12 } : {}) };
    }
  }
  return new Response(`${JSON.stringify({ version: 1, pdfs, cards }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};

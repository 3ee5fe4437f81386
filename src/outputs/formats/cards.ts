import { BoundedMap } from '../../lib/bounded-map.ts';
import { createHash } from 'node:crypto';
import { t } from '../../i18n/index.ts';
import { cardContent, cardText, type CardContent } from '../../model/card-content.ts';
import { charterDate } from '../../model/charter-date.ts';
import type { CharterDocument } from '../../model/types.ts';
import {
  cardAsDrawn,
  LARGE_PRINT_CARD,
  renderCardPng,
  renderCardPrintPdf,
  renderCardSheetPdf,
  renderCardSvg,
  SHEET,
  WALLET_CARD,
  type CardPdfFacts,
  type CardProfile,
} from '../../renderers/card/index.ts';
import type { FileExpectations, OutputFileSpec, OutputFormat, PrintingNotes, PublishContext } from '../types.ts';
import { charterPageUrl } from '../urls.ts';

const isFull = (doc: CharterDocument) => doc.edition === 'full';

/**
 * The card's words and its PDFs' metadata, worked out once per charter, site contact and
 * site address: the back ends with the charter page's address (and a QR code where it fits).
 */
const inputs = new BoundedMap<string, { content: CardContent; facts: CardPdfFacts }>(32);
function cardInputs(doc: CharterDocument, context: PublishContext) {
  const { site } = context;
  const pageUrl = charterPageUrl(doc, context.siteUrl);
  const key = JSON.stringify([doc.id, site.operator, site.cy?.operator, site.contactEmail, pageUrl]);
  let found = inputs.get(key);
  if (!found) {
    const content = cardContent(doc, site, pageUrl);
    found = {
      content,
      facts: {
        title: doc.title,
        organisation: doc.meta.organisation,
        date: charterDate(doc.meta.dates, doc.meta.report?.meetingDate),
        seed: createHash('sha256').update(JSON.stringify(content)).digest('hex'),
      },
    };
    inputs.set(key, found);
  }
  return found;
}

const mm = (pt: number) => Math.round(((pt * 25.4) / 72) * 10) / 10;
const pixels = (profile: CardProfile) => ({
  width: Math.round((profile.trim.width / 72) * profile.ppi),
  height: Math.round((profile.trim.height / 72) * profile.ppi),
});
const printBoxes = (profile: CardProfile): Pick<FileExpectations, 'trimMm' | 'bleedMm'> => ({
  trimMm: [mm(profile.trim.width), mm(profile.trim.height)],
  bleedMm: mm(profile.bleed),
});

/**
 * A card format. `placement`: 'card' for what the public wants beside the card on the charter
 * page (the images); 'print' for files meant for printers (bleed and crop marks, sheets),
 * which go on the charter's "Print this charter" page for staff, with how to print them.
 */
function cardFormat(
  format: Pick<OutputFormat, 'id' | 'label' | 'extension' | 'placement'>,
  files: (doc: CharterDocument, context: PublishContext) => OutputFileSpec[],
): OutputFormat {
  return { ...format, appliesTo: isFull, files };
}

/**
 * How to print an A6 card with bleed and crop marks (the large-print and bilingual cards): on
 * an office printer at actual size, both sides, then cut on the crop marks; or at a print shop.
 */
export function a6CardSteps(bleedPt: number): PrintingNotes['steps'] {
  return [
    (lang) => t(lang, 'downloads.print.actualSize'),
    (lang) => t(lang, 'downloads.print.a4Duplex'),
    (lang) => t(lang, 'downloads.print.cropMarks'),
    (lang) => t(lang, 'downloads.print.printShop', { bleed: mm(bleedPt) }),
  ];
}

/** Both sides as 300 ppi PNGs, for the web page and for people who print them themselves. */
export const CARD_PNG = cardFormat(
  { id: 'card-png', label: t('en-GB', 'outputs.cardPng'), extension: 'png', placement: 'card' },
  (doc, context) => {
    const { content } = cardInputs(doc, context);
    const text = cardText(content);
    return (['front', 'back'] as const).map((side) => ({
      fileName: `${doc.id}-card-${side}.png`,
      label: (lang) => t(lang, side === 'front' ? 'downloads.cardFront' : 'downloads.cardBack'),
      mediaType: 'image/png',
      // The page shows the card as images of text: their alt text is the card's words (WCAG 1.1.1).
      alt: text[side],
      render: async () => {
        const { png, pixelSha256 } = await renderCardPng(content, side);
        return {
          bytes: png,
          pixelSha256,
          // A back with no room for the web address goes without it: its alt text then says what it does say.
          alt: cardText(await cardAsDrawn(content, WALLET_CARD))[side],
          facts: (lang) =>
            t(lang, 'downloads.cardPng.facts', {
              width: mm(WALLET_CARD.trim.width),
              height: mm(WALLET_CARD.trim.height),
              ppi: WALLET_CARD.ppi,
            }),
        };
      },
      expect: { check: 'card-png', lang: doc.lang, pixels: pixels(WALLET_CARD) },
    }));
  },
);

/** The wallet card for a print shop: 85 × 55 mm with bleed and crop marks. */
export const CARD_PRINT_PDF = cardFormat(
  { id: 'card-print-pdf', label: t('en-GB', 'outputs.cardPrintPdf'), extension: 'pdf', placement: 'print' },
  (doc, context) => {
    const { content, facts } = cardInputs(doc, context);
    return [
      {
        fileName: `${doc.id}-card-print.pdf`,
        label: (lang) => t(lang, 'downloads.cardPrint'),
        mediaType: 'application/pdf',
        printing: {
          purpose: (lang) => t(lang, 'downloads.cardPrint.purpose'),
          steps: [
            (lang) => t(lang, 'downloads.cardPrint.send'),
            (lang) => t(lang, 'downloads.cardPrint.order', { width: mm(WALLET_CARD.trim.width), height: mm(WALLET_CARD.trim.height) }),
            (lang) => t(lang, 'downloads.cardPrint.proof'),
          ],
        },
        render: async () => ({
          bytes: await renderCardPrintPdf(content, WALLET_CARD, facts),
          facts: (lang) =>
            t(lang, 'downloads.cardPrint.facts', {
              width: mm(WALLET_CARD.trim.width),
              height: mm(WALLET_CARD.trim.height),
              bleed: mm(WALLET_CARD.bleed),
            }),
        }),
        expect: { check: 'card-pdf', lang: doc.lang, ...printBoxes(WALLET_CARD) },
      },
    ];
  },
);

/** The large-print card's body text size: the smaller of its two sides' (each laid out once, cached). */
async function largePrintSize(content: CardContent): Promise<number> {
  const sides = await Promise.all(
    (['front', 'back'] as const).map((side) => renderCardSvg(content, side, LARGE_PRINT_CARD, { bleed: true })),
  );
  return Math.min(...sides.map((side) => side.fontSize));
}

/** The A6 large-print card. */
export const CARD_LARGE_PRINT_PDF = cardFormat(
  { id: 'card-large-print-pdf', label: t('en-GB', 'outputs.cardLargePrintPdf'), extension: 'pdf', placement: 'print' },
  (doc, context) => {
    const { content, facts } = cardInputs(doc, context);
    return [
      {
        fileName: `${doc.id}-card-large-print.pdf`,
        label: (lang) => t(lang, 'downloads.cardLargePrint'),
        mediaType: 'application/pdf',
        printing: {
          purpose: (lang) => t(lang, 'downloads.cardLargePrint.purpose'),
          steps: a6CardSteps(LARGE_PRINT_CARD.bleed),
        },
        render: async () => {
          const bytes = await renderCardPrintPdf(content, LARGE_PRINT_CARD, facts);
          // The card steps down from its 24 pt start only as far as its words need: say the size it got.
          const size = await largePrintSize(content);
          return { bytes, facts: (lang) => t(lang, 'downloads.cardLargePrint.facts', { size, bleed: mm(LARGE_PRINT_CARD.bleed) }) };
        },
        expect: { check: 'card-pdf', lang: doc.lang, ...printBoxes(LARGE_PRINT_CARD) },
      },
    ];
  },
);

/** Ten wallet cards on A4, for an office printer. */
export const CARD_SHEET_PDF = cardFormat(
  { id: 'card-sheet-pdf', label: t('en-GB', 'outputs.cardSheetPdf'), extension: 'pdf', placement: 'print' },
  (doc, context) => {
    const { content, facts } = cardInputs(doc, context);
    return [
      {
        fileName: `${doc.id}-card-sheet.pdf`,
        label: (lang) => t(lang, 'downloads.cardSheet', { count: SHEET.columns * SHEET.rows }),
        mediaType: 'application/pdf',
        // The sheet's own notes say the same on paper ('card.sheet.note.*'); cut guides are in its margins.
        printing: {
          purpose: (lang) => t(lang, 'downloads.cardSheet.purpose'),
          steps: [
            (lang) => t(lang, 'downloads.print.actualSize'),
            (lang) => t(lang, 'downloads.cardSheet.duplex'),
            (lang) => t(lang, 'downloads.cardSheet.test'),
            (lang) => t(lang, 'downloads.cardSheet.cut'),
          ],
        },
        render: async () => ({
          bytes: await renderCardSheetPdf(content, facts),
          facts: (lang) => t(lang, 'downloads.cardSheet.facts'),
        }),
        // The sheet's printing note is 12 pt: it is for staff at a printer, not the card's reader.
        expect: { check: 'pdf', lang: doc.lang, minTextSize: 12 },
      },
    ];
  },
);

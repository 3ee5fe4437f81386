import { createHash } from 'node:crypto';
import { t } from '../../i18n/index.ts';
import { cardContent, cardText, type CardContent, type CardSite } from '../../model/card-content.ts';
import { charterDate } from '../../model/charter-date.ts';
import type { CharterDocument } from '../../model/types.ts';
import {
  LARGE_PRINT_CARD,
  renderCardPng,
  renderCardPrintPdf,
  renderCardSheetPdf,
  SHEET,
  WALLET_CARD,
  type CardPdfFacts,
  type CardProfile,
} from '../../renderers/card/index.ts';
import type { FileExpectations, OutputFileSpec, OutputFormat, PublishContext } from '../types.ts';

const isFull = (doc: CharterDocument) => doc.edition === 'full';

/** The card's words and its PDFs' metadata, worked out once per charter and site contact. */
const inputs = new Map<string, { content: CardContent; facts: CardPdfFacts }>();
function cardInputs(doc: CharterDocument, site: CardSite) {
  const key = JSON.stringify([doc.id, site.operator, site.cy?.operator, site.contactEmail]);
  let found = inputs.get(key);
  if (!found) {
    const content = cardContent(doc, site);
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

function cardFormat(
  format: Pick<OutputFormat, 'id' | 'label' | 'extension'>,
  files: (doc: CharterDocument, context: PublishContext) => OutputFileSpec[],
): OutputFormat {
  return { ...format, placement: 'card', appliesTo: isFull, files };
}

/** Both sides as 300 ppi PNGs, for the web page and for people who print them themselves. */
export const CARD_PNG = cardFormat({ id: 'card-png', label: t('en-GB', 'outputs.cardPng'), extension: 'png' }, (doc, context) => {
  const { content } = cardInputs(doc, context.site);
  const text = cardText(content);
  return (['front', 'back'] as const).map((side) => ({
    fileName: `${doc.id}-card-${side}.png`,
    label: (lang) => t(lang, side === 'front' ? 'downloads.cardFront' : 'downloads.cardBack'),
    mediaType: 'image/png',
    // The page shows the card as images of text: their alt text is the card's words (WCAG 1.1.1).
    alt: text[side],
    render: async () => ({
      bytes: (await renderCardPng(content, side)).png,
      facts: (lang) =>
        t(lang, 'downloads.cardPng.facts', {
          width: mm(WALLET_CARD.trim.width),
          height: mm(WALLET_CARD.trim.height),
          ppi: WALLET_CARD.ppi,
        }),
    }),
    expect: { check: 'card-png', lang: doc.lang, pixels: pixels(WALLET_CARD) },
  }));
});

/** The wallet card for a print shop: 85 × 55 mm with bleed and crop marks. */
export const CARD_PRINT_PDF = cardFormat(
  { id: 'card-print-pdf', label: t('en-GB', 'outputs.cardPrintPdf'), extension: 'pdf' },
  (doc, context) => {
    const { content, facts } = cardInputs(doc, context.site);
    return [
      {
        fileName: `${doc.id}-card-print.pdf`,
        label: (lang) => t(lang, 'downloads.cardPrint'),
        mediaType: 'application/pdf',
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

/** The A6 large-print card. */
export const CARD_LARGE_PRINT_PDF = cardFormat(
  { id: 'card-large-print-pdf', label: t('en-GB', 'outputs.cardLargePrintPdf'), extension: 'pdf' },
  (doc, context) => {
    const { content, facts } = cardInputs(doc, context.site);
    return [
      {
        fileName: `${doc.id}-card-large-print.pdf`,
        label: (lang) => t(lang, 'downloads.cardLargePrint'),
        mediaType: 'application/pdf',
        render: async () => ({
          bytes: await renderCardPrintPdf(content, LARGE_PRINT_CARD, facts),
          facts: (lang) =>
            t(lang, 'downloads.cardLargePrint.facts', { size: LARGE_PRINT_CARD.fontSize.target, bleed: mm(LARGE_PRINT_CARD.bleed) }),
        }),
        expect: { check: 'card-pdf', lang: doc.lang, ...printBoxes(LARGE_PRINT_CARD) },
      },
    ];
  },
);

/** Ten wallet cards on A4, for an office printer. */
export const CARD_SHEET_PDF = cardFormat(
  { id: 'card-sheet-pdf', label: t('en-GB', 'outputs.cardSheetPdf'), extension: 'pdf' },
  (doc, context) => {
    const { content, facts } = cardInputs(doc, context.site);
    return [
      {
        fileName: `${doc.id}-card-sheet.pdf`,
        label: (lang) => t(lang, 'downloads.cardSheet', { count: SHEET.columns * SHEET.rows }),
        mediaType: 'application/pdf',
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

import { createHash } from 'node:crypto';
import { cardContent, cardText, type CardContent } from '../../model/card-content.ts';
import { charterDate } from '../../model/charter-date.ts';
import type { CharterDocument } from '../../model/types.ts';
import {
  LARGE_PRINT_CARD,
  renderCardPng,
  renderCardPrintPdf,
  renderCardSheetPdf,
  WALLET_CARD,
  type CardPdfFacts,
  type CardProfile,
} from '../../renderers/card/index.ts';
import type { FileExpectations, OutputFileSpec, OutputFormat } from '../types.ts';

const isFull = (doc: CharterDocument) => doc.edition === 'full';

/** The card's words and its PDFs' metadata, worked out once per charter. */
const inputs = new Map<string, { content: CardContent; facts: CardPdfFacts }>();
function cardInputs(doc: CharterDocument) {
  let found = inputs.get(doc.id);
  if (!found) {
    const content = cardContent(doc);
    found = {
      content,
      facts: {
        title: doc.title,
        organisation: doc.meta.organisation,
        date: charterDate(doc.meta.dates, doc.meta.report?.meetingDate),
        seed: createHash('sha256').update(JSON.stringify(content)).digest('hex'),
      },
    };
    inputs.set(doc.id, found);
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
  files: (doc: CharterDocument) => OutputFileSpec[],
): OutputFormat {
  return { ...format, placement: 'card', appliesTo: isFull, files };
}

/** Both sides as 300 ppi PNGs, for the web page and for people who print them themselves. */
export const CARD_PNG = cardFormat({ id: 'card-png', label: 'Card images (PNG)', extension: 'png' }, (doc) => {
  const { content } = cardInputs(doc);
  const text = cardText(content);
  return (['front', 'back'] as const).map((side) => ({
    fileName: `${doc.id}-card-${side}.png`,
    label: side === 'front' ? 'Card front' : 'Card back',
    mediaType: 'image/png',
    // The page shows the card as images of text: their alt text is the card's words (WCAG 1.1.1).
    alt: text[side],
    render: async () => ({ bytes: (await renderCardPng(content, side)).png, facts: 'PNG, 85 × 55 mm at 300 ppi' }),
    expect: { check: 'card-png', lang: doc.lang, pixels: pixels(WALLET_CARD) },
  }));
});

/** The wallet card for a print shop: 85 × 55 mm with bleed and crop marks. */
export const CARD_PRINT_PDF = cardFormat({ id: 'card-print-pdf', label: 'Wallet card print PDFs', extension: 'pdf' }, (doc) => {
  const { content, facts } = cardInputs(doc);
  return [
    {
      fileName: `${doc.id}-card-print.pdf`,
      label: 'Wallet card for a print shop',
      mediaType: 'application/pdf',
      render: async () => ({
        bytes: await renderCardPrintPdf(content, WALLET_CARD, facts),
        facts: 'PDF, 85 × 55 mm, 3 mm bleed, crop marks',
      }),
      expect: { check: 'card-pdf', lang: doc.lang, ...printBoxes(WALLET_CARD) },
    },
  ];
});

/** The A6 large-print card. */
export const CARD_LARGE_PRINT_PDF = cardFormat({ id: 'card-large-print-pdf', label: 'Large-print card PDFs', extension: 'pdf' }, (doc) => {
  const { content, facts } = cardInputs(doc);
  return [
    {
      fileName: `${doc.id}-card-large-print.pdf`,
      label: 'Large print card',
      mediaType: 'application/pdf',
      render: async () => ({
        bytes: await renderCardPrintPdf(content, LARGE_PRINT_CARD, facts),
        facts: 'PDF, A6, 18 point text, 3 mm bleed, crop marks',
      }),
      expect: { check: 'card-pdf', lang: doc.lang, ...printBoxes(LARGE_PRINT_CARD) },
    },
  ];
});

/** Ten wallet cards on A4, for an office printer. */
export const CARD_SHEET_PDF = cardFormat({ id: 'card-sheet-pdf', label: 'A4 card sheet PDFs', extension: 'pdf' }, (doc) => {
  const { content, facts } = cardInputs(doc);
  return [
    {
      fileName: `${doc.id}-card-sheet.pdf`,
      label: 'Sheet of 10 wallet cards to print on A4',
      mediaType: 'application/pdf',
      render: async () => ({ bytes: await renderCardSheetPdf(content, facts), facts: 'PDF, print at 100 %, fronts and backs' }),
      // The sheet's printing note is 12 pt: it is for staff at a printer, not the card's reader.
      expect: { check: 'pdf', lang: doc.lang, minTextSize: 12 },
    },
  ];
});

/**
 * The card renderer: the only code that imports satori and the rasteriser. Card block →
 * satori tree → SVG → PNG (resvg), and print PDFs (pdf-lib) from the same artwork.
 */
import type { CardContent } from '../../model/card-content.ts';
import { WALLET_CARD, type CardProfile } from './profiles.ts';
import { svgToPng, type CardRaster } from './to-png.ts';
import { renderCardSvg, type CardSide } from './to-svg.ts';

export { renderBilingualCardSvg, type BilingualCardSvg, type CardOwner } from './bilingual.ts';
export { BILINGUAL_CARD, CARD_COLOURS, LARGE_PRINT_CARD, SHEET, WALLET_CARD, type CardProfile } from './profiles.ts';
export { renderCardSheetPdf } from './sheet.ts';
export { renderBilingualCardPrintPdf, renderCardPrintPdf, type BilingualCardPdfFacts, type CardPdfFacts } from './to-pdf.ts';
export { ADDRESS_LABEL, cardAsDrawn, CardOverflowError, proveCardFits, renderCardSvg, type CardSide } from './to-svg.ts';

/** One side of a card as a PNG at the profile's resolution (300 ppi), trimmed size, no bleed. */
export async function renderCardPng(content: CardContent, side: CardSide, profile: CardProfile = WALLET_CARD): Promise<CardRaster> {
  const { svg, width } = await renderCardSvg(content, side, profile, { bleed: false });
  return svgToPng(svg, width, profile.ppi);
}

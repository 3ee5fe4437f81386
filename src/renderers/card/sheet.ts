import { PDFDocument, rgb, type PDFPage } from '../tagged-pdf/pdf-lib.ts';
import { t, uiLanguageFor } from '../../i18n/index.ts';
import { cardText, type CardContent } from '../../model/card-content.ts';
import { embedFonts } from '../tagged-pdf/fonts.ts';
import { writeDocumentMetadata } from '../tagged-pdf/metadata.ts';
import { StructureWriter } from '../tagged-pdf/tagging.ts';
import { CARD_COLOURS, mm, SHEET, WALLET_CARD } from './profiles.ts';
import { parseCardSvg } from './svg-to-pdf.ts';
import { svgToPng } from './to-png.ts';
import { cardForm, placeCardForm, splitQr, tree, type CardPdfFacts } from './to-pdf.ts';
import { cardAsDrawn, renderCardSvg, type CardSide } from './to-svg.ts';

/** [x1, y1, x2, y2] in PDF space (pt, origin bottom left). */
export type Box = [number, number, number, number];

const SIDES: CardSide[] = ['front', 'back'];
/** Cut guides: thin grey lines, 1 mm clear of the bleed, 5 mm long (§7.3: thin grey cut lines outside the cards). */
const GUIDE = { gap: mm(1), length: mm(5), thickness: 0.5, colour: rgb(0.46, 0.46, 0.46) };
/** The printing notes: 12 pt, for staff at a printer (the sheet's smallest text). */
const NOTE_SIZE = 12;

/** Where the card in `column`, `row` of the grid is trimmed (SHEET: margins and gutters). */
export function sheetCell(column: number, row: number): Box {
  const { width, height } = WALLET_CARD.trim;
  const x = SHEET.margin.side + column * (width + SHEET.gutter.column);
  const top = SHEET.height - SHEET.margin.top - row * (height + SHEET.gutter.row);
  return [x, top - height, x + width, top];
}

/**
 * Where a side's card in `column`, `row` is drawn: a back in the mirrored column, so that when
 * the sheet is printed double-sided, flipping on the long edge, each back lands behind its
 * front (the sheet is symmetric left to right, so the mirrored cell is the front's cell turned over).
 */
export function sideCell(side: CardSide, column: number, row: number): Box {
  return sheetCell(side === 'front' ? column : SHEET.columns - 1 - column, row);
}

function allCells(): Box[] {
  const cells: Box[] = [];
  for (let row = 0; row < SHEET.rows; row += 1)
    for (let column = 0; column < SHEET.columns; column += 1) cells.push(sheetCell(column, row));
  return cells;
}

/**
 * The cut guides, as lines [x1, y1, x2, y2]: every trim line carried out past the bleed into
 * the margins and into the white between the columns, never onto a card or its bleed. Column
 * lines run into the bottom margin (and the outer two into the top margin, either side of the
 * printing note); row lines into both side margins and across the column gutter.
 */
export function cutGuides(): Box[] {
  const cells = allCells();
  const xs = [...new Set(cells.flatMap(([x1, , x2]) => [x1, x2]))].sort((a, b) => a - b);
  const ys = [...new Set(cells.flatMap(([, y1, , y2]) => [y1, y2]))].sort((a, b) => a - b);
  const [left, right] = [xs[0]!, xs.at(-1)!];
  const [bottom, top] = [ys[0]!, ys.at(-1)!];
  const clearY = SHEET.bleed.y + GUIDE.gap;
  const clearX = SHEET.bleed.x + GUIDE.gap;
  const lines: Box[] = [];
  for (const x of xs) lines.push([x, bottom - clearY, x, bottom - clearY - GUIDE.length]);
  for (const x of [left, right]) lines.push([x, top + clearY, x, top + clearY + GUIDE.length]);
  for (const y of ys) {
    lines.push([left - clearX, y, left - clearX - GUIDE.length, y], [right + clearX, y, right + clearX + GUIDE.length, y]);
    for (let column = 0; column < SHEET.columns - 1; column += 1) {
      const [from, to] = [sheetCell(column, 0)[2] + clearX, sheetCell(column + 1, 0)[0] - clearX];
      if (to > from) lines.push([from, y, to, y]);
    }
  }
  return lines;
}

/** Each card's background past its trim into the gutters and margins (SHEET.bleed), drawn under the cards. */
function drawBleed(page: PDFPage, side: CardSide): void {
  const hex = CARD_COLOURS[side].background;
  const color = rgb(...([1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number]));
  const { x, y } = SHEET.bleed;
  for (const [x1, y1, x2, y2] of allCells())
    page.drawRectangle({ x: x1 - x, y: y1 - y, width: x2 - x1 + 2 * x, height: y2 - y1 + 2 * y, color });
}

/**
 * An A4 sheet of 10 wallet cards for office printers (layout and sources: SHEET in
 * profiles.ts): fronts on page 1, backs on page 2 in mirrored columns for duplex printing on
 * the long edge, each card's background bleeding into its gutters, cut guides in the margins
 * (page 1 only: on the back a little duplex misregistration would print a second set beside
 * the first), and the printing note ("Print at 100 %") in each page's top margin.
 *
 * Tagging: one card per side is the tagged Figure; the nine repeats, the bleed, the QR codes,
 * the cut guides and the printing notes are artifacts (PDF/UA-1 §7.1: production aids are not
 * real content), so a screen reader reads the card once, not ten times. The notes are the
 * renderer's own words: Welsh on a Welsh card, English on any other.
 */
export async function renderCardSheetPdf(card: CardContent, facts: CardPdfFacts): Promise<Uint8Array> {
  const profile = WALLET_CARD;
  // The words as drawn: the alt texts and metadata say what the card says.
  const content = await cardAsDrawn(card, profile);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(pdf, facts.seed);
  const { root, figures } = tree(content, SIDES, (side) => sideCell(side, 0, 0));
  const ui = uiLanguageFor(content.lang);
  const writer = new StructureWriter(pdf, root, SIDES.length);
  const pages: PDFPage[] = [];
  const gridTop = sheetCell(0, 0)[3];
  for (const [index, side] of SIDES.entries()) {
    const page = pdf.addPage([SHEET.width, SHEET.height]);
    const laid = await renderCardSvg(content, side, profile, { bleed: false });
    const shapes = parseCardSvg(laid.svg);
    // Vector artwork drawn once into a Form XObject and placed ten times (the QR code, if any, in
    // its own, drawn as an artifact); else the 300 ppi PNG.
    const [art, code] = shapes ? splitQr(shapes, laid.qr, figures[side]) : [];
    const artForm = art ? placeCardForm(page, cardForm(pdf, art.shapes, profile)) : undefined;
    const codeForm = code ? placeCardForm(page, cardForm(pdf, code.shapes, profile)) : undefined;
    const image = artForm ? undefined : await pdf.embedPng(svgToPng(laid.svg, laid.width, profile.ppi).png);
    const note = t(ui, side === 'front' ? 'card.sheet.note.front' : 'card.sheet.note.back');
    writer.artifact(page, () =>
      page.drawText(note, {
        x: (SHEET.width - fonts.regular.widthOfTextAtSize(note, NOTE_SIZE)) / 2,
        // Clear of the top row's bleed by a millimetre and a descender.
        y: gridTop + SHEET.bleed.y + mm(1) + NOTE_SIZE * 0.25,
        size: NOTE_SIZE,
        font: fonts.regular,
        color: rgb(0, 0, 0),
      }),
    );
    writer.artifact(page, () => drawBleed(page, side));
    for (let row = 0; row < SHEET.rows; row += 1) {
      for (let column = 0; column < SHEET.columns; column += 1) {
        const [x1, y1, x2, y2] = sideCell(side, column, row);
        const draw = () => {
          if (artForm) artForm(x1, y1);
          else if (image) page.drawImage(image, { x: x1, y: y1, width: x2 - x1, height: y2 - y1 });
        };
        if (row === 0 && column === 0) writer.content(page, index, figures[side], draw);
        else writer.artifact(page, draw);
        if (codeForm) writer.artifact(page, () => codeForm(x1, y1));
      }
    }
    if (side === 'front')
      writer.artifact(page, () => {
        for (const [ax, ay, bx, by] of cutGuides())
          page.drawLine({ start: { x: ax, y: ay }, end: { x: bx, y: by }, thickness: GUIDE.thickness, color: GUIDE.colour });
      });
    pages.push(page);
  }
  writer.finish(pages, []);
  writeDocumentMetadata(pdf, {
    title: t(ui, 'card.sheet.title', { title: facts.title, count: SHEET.columns * SHEET.rows }),
    language: content.lang,
    author: facts.organisation,
    subject: cardText(content).full,
    date: facts.date,
    seed: facts.seed,
  });
  return pdf.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

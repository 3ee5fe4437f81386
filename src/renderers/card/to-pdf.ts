import {
  drawObject,
  PDFDocument,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  translate,
  type PDFPage,
  type PDFRef,
} from '../tagged-pdf/pdf-lib.ts';
import { t, uiLanguageFor } from '../../i18n/index.ts';
import { bilingualCardText, type BilingualCardContent } from '../../model/bilingual-card.ts';
import type { CardContent } from '../../model/card-content.ts';
import { cardText } from '../../model/card-content.ts';
import { writeDocumentMetadata } from '../tagged-pdf/metadata.ts';
import type { StructNode } from '../tagged-pdf/structure.ts';
import { StructureWriter } from '../tagged-pdf/tagging.ts';
import { ownerBox, renderBilingualCardSvg, shapesByOwner, type CardOwner } from './bilingual.ts';
import { BILINGUAL_CARD, mm, type CardProfile } from './profiles.ts';
import { cardShapeOperators, drawCardShapes, parseCardSvg, type Shape } from './svg-to-pdf.ts';
import { svgToPng } from './to-png.ts';
import { cardAsDrawn, renderCardSvg, type CardSide, type CardSvg } from './to-svg.ts';

/** Space outside the bleed for crop marks: a 1.5 mm gap, 5 mm marks, 2 mm to spare. */
const MARK_GAP = mm(1.5);
const MARK_LENGTH = mm(5);
const MARK_ZONE = MARK_GAP + MARK_LENGTH + mm(2);
const SIDES: CardSide[] = ['front', 'back'];

export interface CardPdfFacts {
  /** The charter title, for the document title. */
  title: string;
  organisation: string;
  date: Date;
  seed: string;
}

type Box = [number, number, number, number];

/** One side of the card (or its QR code) as a reusable Form XObject (ISO 32000-1 §8.10), placed with placeCardForm. */
export function cardForm(pdf: PDFDocument, shapes: readonly Shape[], profile: CardProfile): PDFRef {
  // Written straight from the operators: drawing a scratch page and embedding it made pdf-lib
  // compress the artwork, decompress it and compress it again (issue 17).
  const form = pdf.context.formXObject(cardShapeOperators(shapes, 0, profile.trim.height), {
    FormType: 1,
    BBox: [0, 0, profile.trim.width, profile.trim.height],
    Matrix: [1, 0, 0, 1, 0, 0],
    Resources: {},
  });
  return pdf.context.register(form);
}

/** Draws a form at (x, y) on the page as often as asked, under one resource name a page. */
export function placeCardForm(page: PDFPage, form: PDFRef): (x: number, y: number) => void {
  const name = page.node.newXObject('CardArt', form);
  return (x, y) => page.pushOperators(pushGraphicsState(), translate(x, y), drawObject(name), popGraphicsState());
}

function setBox(page: PDFPage, name: 'TrimBox' | 'BleedBox', box: Box): void {
  page.node.set(PDFName.of(name), page.doc.context.obj(box));
}

/** Crop marks at each corner of the trim, outside the bleed, as artifacts (PDF/UA-1 §7.8: page furniture). */
function drawCropMarks(page: PDFPage, writer: StructureWriter, trim: Box, bleed: number): void {
  const [x1, y1, x2, y2] = trim;
  const start = bleed + MARK_GAP;
  const end = start + MARK_LENGTH;
  const lines: [number, number, number, number][] = [];
  for (const x of [x1, x2])
    for (const y of [y1, y2]) {
      const sx = x === x1 ? -1 : 1;
      const sy = y === y1 ? -1 : 1;
      lines.push([x + sx * start, y, x + sx * end, y], [x, y + sy * start, x, y + sy * end]);
    }
  writer.artifact(page, () => {
    for (const [ax, ay, bx, by] of lines)
      page.drawLine({ start: { x: ax, y: ay }, end: { x: bx, y: by }, thickness: 0.3, color: rgb(0, 0, 0) });
  });
}

/** The card PDFs' structure: a Document with one Figure per side, whose /Alt is that side's words. */
export function tree(
  content: CardContent,
  sides: CardSide[],
  bbox: (side: CardSide) => Box,
): { root: StructNode; figures: Record<CardSide, StructNode> } {
  const root: StructNode = { id: 0, type: 'Document', parent: null };
  const text = cardText(content);
  const figures = Object.fromEntries(
    sides.map((side, index) => [side, { id: index + 1, type: 'Figure' as const, parent: root, alt: text[side], bbox: bbox(side) }]),
  ) as Record<CardSide, StructNode>;
  return { root, figures };
}

/**
 * One page of a print PDF: the side's satori SVG (laid out with bleed) and how its vector
 * shapes are tagged, as marked-content sequences in drawing order (no node: an artifact).
 * `whole` owns the 300 ppi PNG if the SVG holds anything but rects and paths.
 */
interface PrintSide {
  svg: string;
  width: number;
  parts: (shapes: Shape[]) => { node: StructNode | undefined; shapes: Shape[] }[];
  /** The first node owns the PNG; the others (the second language) join the tree without content. */
  whole: StructNode[];
}

/** The print page's geometry for a profile: media size, TrimBox and BleedBox, with room for crop marks. */
function printGeometry(profile: CardProfile): { width: number; height: number; trim: Box; bleedBox: Box } {
  const width = profile.trim.width + 2 * (profile.bleed + MARK_ZONE);
  const height = profile.trim.height + 2 * (profile.bleed + MARK_ZONE);
  const offset = profile.bleed + MARK_ZONE;
  const trim: Box = [offset, offset, offset + profile.trim.width, offset + profile.trim.height];
  const bleedBox: Box = [trim[0] - profile.bleed, trim[1] - profile.bleed, trim[2] + profile.bleed, trim[3] + profile.bleed];
  return { width, height, trim, bleedBox };
}

/**
 * Writes a print PDF: one page per side, TrimBox the card size, BleedBox 3 mm larger with the
 * background running into it, crop marks outside the bleed as artifacts.
 */
async function writePrintPdf(
  pdf: PDFDocument,
  profile: CardProfile,
  root: StructNode,
  sides: (() => Promise<PrintSide>)[],
  metadata: Parameters<typeof writeDocumentMetadata>[1],
): Promise<Uint8Array> {
  const { width, height, trim, bleedBox } = printGeometry(profile);
  const writer = new StructureWriter(pdf, root, sides.length);
  const pages: PDFPage[] = [];
  for (const [index, sideOf] of sides.entries()) {
    const page = pdf.addPage([width, height]);
    setBox(page, 'TrimBox', trim);
    setBox(page, 'BleedBox', bleedBox);
    const side = await sideOf();
    // Vector artwork when satori's SVG allows it (sharp type for print shops); else the 300 ppi PNG.
    const shapes = parseCardSvg(side.svg);
    const image = shapes ? undefined : await pdf.embedPng(svgToPng(side.svg, side.width, profile.ppi).png);
    if (shapes) {
      for (const part of side.parts(shapes)) {
        const draw = () => drawCardShapes(page, part.shapes, bleedBox[0], bleedBox[3]);
        if (part.node) writer.content(page, index, part.node, draw);
        else writer.artifact(page, draw);
      }
    } else if (image) {
      const [owner, ...others] = side.whole;
      if (owner)
        writer.content(page, index, owner, () =>
          page.drawImage(image, { x: bleedBox[0], y: bleedBox[1], width: bleedBox[2] - bleedBox[0], height: bleedBox[3] - bleedBox[1] }),
        );
      for (const node of others) writer.empty(node);
    }
    drawCropMarks(page, writer, trim, profile.bleed);
    pages.push(page);
  }
  writer.finish(pages, []);
  writeDocumentMetadata(pdf, metadata);
  return pdf.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

/** A side's shapes in drawing order: the card's (owned by `node`), then its QR code's as an artifact. */
export function splitQr(shapes: Shape[], qr: CardSvg['qr'], node: StructNode): { node: StructNode | undefined; shapes: Shape[] }[] {
  const isQr = (shape: Shape) => qr !== undefined && shape.kind === 'path' && shape.d === qr.d;
  const code = shapes.filter(isQr);
  return [{ node, shapes: shapes.filter((shape) => !isQr(shape)) }, ...(code.length > 0 ? [{ node: undefined, shapes: code }] : [])];
}

/**
 * A print-ready card: one page per side, TrimBox the card size, BleedBox 3 mm larger with the
 * background running into it, crop marks outside the bleed. Tagged: each side is a Figure
 * whose /Alt is that side's full text.
 */
export async function renderCardPrintPdf(card: CardContent, profile: CardProfile, facts: CardPdfFacts): Promise<Uint8Array> {
  // The words as drawn: the alt texts and metadata say what the card says.
  const content = await cardAsDrawn(card, profile, { bleed: true });
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const { trim } = printGeometry(profile);
  const { root, figures } = tree(content, SIDES, () => trim);
  const sides = SIDES.map((side) => async (): Promise<PrintSide> => {
    const { svg, width, qr } = await renderCardSvg(content, side, profile, { bleed: true });
    // The QR code repeats the address printed beside it: an artifact, read by no screen reader.
    return { svg, width, parts: (shapes) => splitQr(shapes, qr, figures[side]), whole: [figures[side]] };
  });
  return writePrintPdf(pdf, profile, root, sides, {
    title: t(uiLanguageFor(content.lang), `card.print.title.${profile.id}`, { title: facts.title }),
    language: content.lang,
    author: facts.organisation,
    subject: cardText(content).full,
    date: facts.date,
    seed: facts.seed,
  });
}

/** The bilingual card's document facts: each charter's title and organisation, in its language. */
export interface BilingualCardPdfFacts {
  first: CardPdfFacts;
  second: Pick<CardPdfFacts, 'title' | 'organisation'>;
}

/**
 * The bilingual large-print card for a print shop: A6 with bleed and crop marks, as the
 * large-print card, with the first language's words first on each side at the same size as
 * the second's.
 *
 * Tagging. A Figure's /Alt is one text string, and a string cannot mark which of its words
 * are Welsh and which English (PDF/UA-1 §7.2 wants every change of language marked). So each
 * side is two Figures, one per language, in reading order (first language, then second):
 * each has /Alt with that side's words whole in its language (channels with its own
 * labels, so a reader who takes one language misses nothing), its own /Lang, and a BBox
 * around its rows. The artwork of each language's rows is that Figure's marked content; the
 * channels, drawn once with both labels, are drawn inside the first Figure (its /Alt and the
 * second's both state them); the background and the rule between the languages are artifacts.
 * The document's /Lang is the first language. pdf.js (getStructTree: role, alt, lang) and
 * poppler (`pdfinfo -struct-text`: Figure, /Alt and /Lang attributes) both read this back.
 */
export async function renderBilingualCardPrintPdf(content: BilingualCardContent, facts: BilingualCardPdfFacts): Promise<Uint8Array> {
  const profile = BILINGUAL_CARD;
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const { bleedBox } = printGeometry(profile);
  const text = bilingualCardText(content);
  const root: StructNode = { id: 0, type: 'Document', parent: null };
  let nextId = 1;
  const sides = SIDES.map((side) => async (): Promise<PrintSide> => {
    const laid = await renderBilingualCardSvg(content, side, { bleed: true });
    // The Figure's BBox in PDF space: the SVG (with bleed) has its top-left at the BleedBox's.
    const bbox = (owners: CardOwner[]): Box | undefined => {
      const box = ownerBox(laid, owners);
      return box && [bleedBox[0] + box[0], bleedBox[3] - box[3], bleedBox[0] + box[2], bleedBox[3] - box[1]];
    };
    const figure = (which: 'first' | 'second', owners: CardOwner[]): StructNode => {
      const box = bbox(owners);
      return {
        id: nextId++,
        type: 'Figure',
        parent: root,
        alt: text[which][side],
        lang: content[which].lang,
        ...(box ? { bbox: box } : {}),
      };
    };
    const first = figure('first', ['first', 'shared']);
    const second = figure('second', ['second']);
    return {
      svg: laid.svg,
      width: laid.width,
      parts: (shapes) => {
        const by = shapesByOwner(laid, shapes);
        return [
          { node: undefined, shapes: by.artifact },
          { node: first, shapes: [...by.first, ...by.shared] },
          { node: second, shapes: by.second },
        ];
      },
      // One image cannot be split by language: the first Figure holds it, the second joins the tree empty (both /Alt texts still tell every word).
      whole: [first, second],
    };
  });
  const ui = [uiLanguageFor(content.first.lang), uiLanguageFor(content.second.lang)] as const;
  return writePrintPdf(pdf, profile, root, sides, {
    // "Welsh title / English title": each half in its own language's words, the first first.
    title: t(ui[0], 'card.bilingual.join', {
      first: t(ui[0], 'card.print.title.bilingual', { title: facts.first.title }),
      second: t(ui[1], 'card.print.title.bilingual', { title: facts.second.title }),
    }),
    language: content.first.lang,
    author: facts.first.organisation,
    subject: text.full,
    date: facts.first.date,
    seed: facts.first.seed,
  });
}

import { createHash } from 'node:crypto';
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from '../tagged-pdf/pdf-lib.ts';
import { t, uiLanguageFor, type UiLanguage } from '../../i18n/index.ts';
import { UndrawableTextError } from '../../lib/glyph-coverage.ts';
import type { CharterDocument } from '../../model/types.ts';
import { createMeasurer, embedFonts, missingCharacters } from '../tagged-pdf/fonts.ts';
import { paginate } from './layout/paginate.ts';
import { toFlow, type PdfContext } from './layout/to-flow.ts';
import type { FlowItem, LaidOutPage } from './layout/types.ts';
import { pictureEmbedder, pictureKey } from './pictures.ts';
import type { PdfProfile } from './profiles.ts';
import { writeDocumentMetadata } from '../tagged-pdf/metadata.ts';
import { charterDate } from '../../model/charter-date.ts';
import { linkOf } from '../tagged-pdf/structure.ts';
import { StructureWriter, type OutlineEntry } from '../tagged-pdf/tagging.ts';

export type { PdfContext } from './layout/to-flow.ts';
export { CLEAR_PRINT, CLEAR_PRINT_A5, EASY_READ, LARGE_PRINT, PDF_PROFILES, type PdfProfile } from './profiles.ts';

const BLACK = rgb(0, 0, 0);

export interface RenderedPdf {
  bytes: Uint8Array;
  pageCount: number;
}

function flowText(items: readonly FlowItem[]): string {
  return items
    .map((item) =>
      item.kind === 'text'
        ? [item.label?.text ?? '', ...item.runs.map((run) => run.text)].join('')
        : item.cells.flatMap((cell) => cell.runs.map((run) => run.text)).join(' '),
    )
    .join('\n');
}

/**
 * Renders a charter as a tagged, large-print or clear-print A4 PDF. Pure: the same model,
 * profile and context always give the same bytes.
 */
export async function renderPdfWithInfo(doc: CharterDocument, profile: PdfProfile, context: PdfContext): Promise<RenderedPdf> {
  const measure = createMeasurer();
  const { root, items } = toFlow(doc, profile, context, measure);
  const missing = missingCharacters(flowText(items));
  // Checked before anything is drawn: the content check reports these at their line first.
  if (missing.length > 0) throw new UndrawableTextError(`${doc.id} (${profile.id} PDF)`, missing);
  const laidOut = paginate(items, profile, measure);

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const seed = createHash('sha256').update(JSON.stringify(doc)).update(profile.id).update(context.pageUrl).digest('hex');
  const fonts = await embedFonts(pdf, seed);
  const writer = new StructureWriter(pdf, root, laidOut.length);
  const outline: OutlineEntry[] = [];
  const pages = laidOut.map(() => pdf.addPage([profile.page.width, profile.page.height]));
  const ui = uiLanguageFor(doc.lang);
  const embedPicture = pictureEmbedder(pdf);
  const pictures = new Map<string, PDFImage>();
  for (const placed of laidOut.flatMap((page) => page.placed)) {
    if (placed.kind !== 'picture') continue;
    const key = pictureKey(placed.code, placed.size);
    if (!pictures.has(key)) pictures.set(key, await embedPicture(placed.code, placed.size));
  }

  laidOut.forEach((laid, index) =>
    drawPage(pages[index] as PDFPage, index, laid, laidOut.length, { profile, ui, fonts, writer, outline, measure, pictures }),
  );
  writer.finish(pages, outline);
  writeMetadata(pdf, doc, profile, ui, seed);
  // objectsPerTick: Infinity — pdf-lib otherwise yields to the event loop (setTimeout) every 50 objects.
  const bytes = await pdf.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, pageCount: laidOut.length };
}

export async function renderPdf(doc: CharterDocument, profile: PdfProfile, context: PdfContext): Promise<Uint8Array> {
  return (await renderPdfWithInfo(doc, profile, context)).bytes;
}

interface DrawContext {
  profile: PdfProfile;
  /** The language of the renderer's own words (page numbers). */
  ui: UiLanguage;
  fonts: Record<'regular' | 'bold', PDFFont>;
  writer: StructureWriter;
  outline: OutlineEntry[];
  measure: ReturnType<typeof createMeasurer>;
  pictures: ReadonlyMap<string, PDFImage>;
}

function drawPage(
  page: PDFPage,
  index: number,
  laid: LaidOutPage,
  pageCount: number,
  { profile, ui, fonts, writer, outline, measure, pictures }: DrawContext,
): void {
  for (const placed of laid.placed) {
    switch (placed.kind) {
      case 'anchor':
        if (placed.heading.level <= 2)
          outline.push({ level: placed.heading.level as 1 | 2, title: placed.heading.title, page: index, y: placed.y });
        break;
      case 'picture': {
        // Easy-read pictures repeat the sentences beside them, so they are decorative:
        // artifacts, as the web page gives them alt="" (one rule for every format).
        const image = pictures.get(pictureKey(placed.code, placed.size));
        if (image)
          writer.artifact(page, () =>
            page.drawImage(image, { x: placed.x, y: placed.top - placed.size, width: placed.size, height: placed.size }),
          );
        break;
      }
      case 'empty':
        writer.empty(placed.struct);
        break;
      case 'rule':
        writer.artifact(page, () =>
          page.drawLine({
            start: { x: placed.x1, y: placed.y1 },
            end: { x: placed.x2, y: placed.y2 },
            thickness: placed.thickness,
            color: BLACK,
          }),
        );
        break;
      case 'line':
        for (const segment of placed.segments) {
          const draw = () =>
            page.drawText(segment.text, {
              x: placed.x + segment.x,
              y: placed.baseline,
              size: placed.size,
              font: segment.bold ? fonts.bold : fonts.regular,
              color: BLACK,
            });
          if (placed.artifact) writer.artifact(page, draw);
          else writer.content(page, index, segment.struct, draw);
          const link = placed.artifact ? undefined : linkOf(segment.struct);
          if (link) {
            const x = placed.x + segment.x;
            const textWidth = measure.width(segment.text.trimEnd(), segment.bold, placed.size);
            writer.link(page, index, link, [x, placed.baseline - placed.size * 0.3, x + textWidth, placed.baseline + placed.size * 0.9]);
          }
        }
        break;
      default: {
        const unreachable: never = placed;
        throw new Error(`Unknown placed item ${JSON.stringify(unreachable)}`);
      }
    }
  }
  // Page numbers: bottom right, at body size, in the same place on every page (UKAAF; RNIB);
  // in a booklet, on the outer edge of each page (profiles.ts, pageNumberEdge).
  const label = t(ui, 'pdf.pageNumber', { page: index + 1, pages: pageCount });
  const width = measure.width(label, false, profile.bodySize);
  const leftHandPage = profile.pageNumberEdge === 'outer' && (index + 1) % 2 === 0;
  writer.artifact(
    page,
    () =>
      page.drawText(label, {
        x: leftHandPage ? profile.margin.left : profile.page.width - profile.margin.right - width,
        y: profile.margin.bottom + profile.bodySize * 0.35,
        size: profile.bodySize,
        font: fonts.regular,
        color: BLACK,
      }),
    true,
  );
}

function writeMetadata(pdf: PDFDocument, doc: CharterDocument, profile: PdfProfile, ui: UiLanguage, seed: string): void {
  writeDocumentMetadata(pdf, {
    title: t(ui, 'pdf.documentTitle', { title: doc.title, edition: t(ui, `pdf.edition.${profile.edition}`) }),
    language: doc.lang,
    author: doc.meta.organisation,
    subject: doc.easyRead?.summary ?? doc.meta.summary,
    date: charterDate(doc.meta.dates, doc.meta.report?.meetingDate),
    seed,
  });
}

import { PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';
import { xmpPacket } from './tagging.ts';

export const PRODUCER = 'Accessible charter publications (pdf-lib)';

export interface DocumentFacts {
  /** Shown in the viewer's title bar (DisplayDocTitle; PDF/UA-1 §7.1). */
  title: string;
  /** BCP 47 language of the document (catalog /Lang). */
  language: string;
  author: string;
  subject: string;
  /** A date from the content, never the clock, so rebuilds are byte-identical. */
  date: Date;
  /** A content hash: the document ID. */
  seed: string;
}

/** Info dictionary, XMP (dc:title, pdfuaid:part 1), /Lang, DisplayDocTitle and a content-derived /ID. */
export function writeDocumentMetadata(pdf: PDFDocument, facts: DocumentFacts): void {
  pdf.setTitle(facts.title, { showInWindowTitleBar: true });
  pdf.setLanguage(facts.language);
  pdf.setAuthor(facts.author);
  pdf.setSubject(facts.subject);
  pdf.setProducer(PRODUCER);
  pdf.setCreator(PRODUCER);
  pdf.setCreationDate(facts.date);
  pdf.setModificationDate(facts.date);
  const ctx = pdf.context;
  const xmp = xmpPacket({ title: facts.title, creator: facts.author, language: facts.language, date: facts.date.toISOString().replace('.000Z', 'Z'), producer: PRODUCER, description: facts.subject });
  // XMP stays uncompressed so validators and indexers can read it (ISO 32000-1 §14.3.2).
  const metadata = ctx.register(ctx.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' }));
  pdf.catalog.set(PDFName.of('Metadata'), metadata);
  const id = PDFHexString.of(facts.seed.slice(0, 32));
  ctx.trailerInfo.ID = ctx.obj([id, id]);
}

/** A fixed date for a charter's files: its own latest date. */
export function charterDate(dates: { lastReviewed?: string | undefined; published?: string | undefined; adopted?: string | undefined }, fallback?: string): Date {
  const value = dates.lastReviewed ?? dates.published ?? dates.adopted ?? fallback ?? '2000';
  const [year, month = '01', day = '01'] = value.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

import type { CharterDocument } from '../model/types.ts';

/** The web page of a charter or of its easy-read edition. */
export function charterPagePath(doc: CharterDocument): string {
  return doc.edition === 'easy-read' ? `/charters/${doc.id}/easy-read/` : `/charters/${doc.id}/`;
}

/** A charter's "Print this charter" page, for staff: its files for printers (placement 'print'). */
export function charterPrintPath(doc: CharterDocument): string {
  return `/charters/${doc.id}/print/`;
}

/** The page's full address (printed in PDFs and in format requests). */
export function charterPageUrl(doc: CharterDocument, siteUrl: URL | string): string {
  return new URL(charterPagePath(doc), siteUrl).href;
}

/** Where a charter's file is published: beside its page, in the charter's folder. */
export function outputPath(doc: CharterDocument, fileName: string): string {
  return `/charters/${doc.id}/${fileName}`;
}

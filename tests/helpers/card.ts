/**
 * What the card tests read back from a card's bytes, in one place: millimetres in points, the
 * print boxes poppler reports, the Figures pdf.js gives assistive technology, and the facts
 * a print PDF is stamped with.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CardPdfFacts } from '../../src/renderers/card/index.ts';
import { poppler } from './pdf.ts';

/** The site address the card tests build their cards for. */
export const SITE_URL = 'https://charters.example.org';

export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/** A PDF box as x1 y1 x2 y2 in points. */
export type Box = number[];

/** Page `page`'s TrimBox, BleedBox and MediaBox as `pdfinfo -box` reports them. */
export function printBoxes(file: string, page = 1): { trim: Box; bleed: Box; media: Box } {
  const out = poppler('pdfinfo', ['-box', '-f', String(page), '-l', String(page), file]);
  const box = (name: string) =>
    (new RegExp(`Page\\s+${page} ${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(out) ?? []).slice(1).map(Number);
  return { trim: box('TrimBox'), bleed: box('BleedBox'), media: box('MediaBox') };
}

/** A print card's size check: the TrimBox is width × height mm and the BleedBox 3 mm larger on every side. */
export function trimAndBleed({ trim, bleed }: { trim: Box; bleed: Box }): { width: number; height: number; bleed: number[] } {
  const at = (box: Box, index: number) => box[index] ?? Number.NaN;
  return {
    width: at(trim, 2) - at(trim, 0),
    height: at(trim, 3) - at(trim, 1),
    bleed: [at(trim, 0) - at(bleed, 0), at(trim, 1) - at(bleed, 1), at(bleed, 2) - at(trim, 2), at(bleed, 3) - at(trim, 3)],
  };
}

/** A structure element as pdf.js gives it to assistive technology. */
export interface StructNode {
  page: number;
  role: string | undefined;
  alt: string | undefined;
  lang: string | undefined;
}

/** Every structure element of every page, in reading order, as pdf.js reads the structure tree. */
export async function structNodes(bytes: Uint8Array): Promise<StructNode[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const found: StructNode[] = [];
  for (let page = 1; page <= pdf.numPages; page += 1) {
    const walk = (node: { role?: string; alt?: string; lang?: string; children?: unknown[] } | null) => {
      if (!node) return;
      found.push({ page, role: node.role, alt: node.alt, lang: node.lang });
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk((await (await pdf.getPage(page)).getStructTree()) as never);
  }
  await pdf.destroy();
  return found;
}

/** Every Figure: its page, /Alt and /Lang. */
export async function figures(bytes: Uint8Array): Promise<{ page: number; alt: string; lang: string | undefined }[]> {
  return (await structNodes(bytes)).filter((node) => node.role === 'Figure').map(({ page, alt, lang }) => ({ page, alt: alt ?? '', lang }));
}

/** The Figures' alt texts in reading order. */
export async function figureAlts(bytes: Uint8Array): Promise<string[]> {
  return (await figures(bytes)).map((figure) => figure.alt);
}

/** Facts for a test print PDF: fixed title, organisation and date, and a seed of one repeated hex digit. */
export function printFacts(seedDigit: string, facts: Partial<CardPdfFacts> = {}): CardPdfFacts {
  return { title: 'T', organisation: 'O', date: new Date(Date.UTC(2025, 0, 1)), seed: seedDigit.repeat(64), ...facts };
}

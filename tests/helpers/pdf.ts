import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfTextItems, type PdfTextItem } from '../../src/checks/output/pdf-text.ts';

export type { PdfTextItem } from '../../src/checks/output/pdf-text.ts';

export interface ParsedPdf {
  pages: { width: number; height: number; items: PdfTextItem[]; roles: string[] }[];
  language: string | undefined;
  title: string | undefined;
  outline: { title: string; items: { title: string }[] }[];
}

/** Reads a PDF back with pdf.js (what Firefox shows screen readers), independently of pdf-lib. */
export async function readPdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const meta = await pdf.getMetadata();
  const info = meta.info as { Language?: string; Title?: string };
  const pages: ParsedPdf['pages'] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    const items = await pdfTextItems(page);
    // Structure roles in document order, as pdf.js exposes them to Firefox's accessibility tree.
    const roles: string[] = [];
    const walk = (node: { role?: string; children?: unknown[] } | null) => {
      if (!node) return;
      if (node.role) roles.push(node.role);
      for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
    };
    walk((await page.getStructTree()) as { role?: string; children?: unknown[] } | null);
    pages.push({ width, height, items, roles });
  }
  const outline = ((await pdf.getOutline()) ?? []).map((entry) => ({
    title: entry.title,
    items: entry.items.map((child) => ({ title: child.title })),
  }));
  await pdf.destroy();
  return { pages, language: info.Language, title: info.Title, outline };
}

const work = mkdtempSync(path.join(tmpdir(), 'pdf-test-'));
let counter = 0;

/** Writes bytes to a temporary file for the poppler tools. */
export function toFile(bytes: Uint8Array): string {
  const file = path.join(work, `${counter++}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

export function poppler(tool: 'pdfinfo' | 'pdffonts' | 'pdftotext' | 'pdfimages', args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

/** A node of `pdfinfo -struct-text` output: the structure tree as poppler reads it. */
export interface StructNodeText {
  type: string;
  children: StructNodeText[];
  text: string;
}

export function structTree(file: string): StructNodeText {
  const root: StructNodeText = { type: 'root', children: [], text: '' };
  const stack: { node: StructNodeText; depth: number }[] = [{ node: root, depth: -1 }];
  for (const line of poppler('pdfinfo', ['-struct-text', file]).split('\n')) {
    if (!line.trim() || line.trim().startsWith('/')) continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const body = line.trim();
    while ((stack.at(-1)?.depth ?? -1) >= depth) stack.pop();
    const parent = stack.at(-1)?.node ?? root;
    if (body.startsWith('"')) {
      parent.text += body.slice(1, -1);
    } else if (body.startsWith('/')) {
      // An attribute of the element above, e.g. "/Scope /Column" under "TH:".
      continue;
    } else if (!body.startsWith('Object ')) {
      const node = { type: (body.split(' ')[0] ?? '').replace(/:$/, ''), children: [], text: '' };
      parent.children.push(node);
      stack.push({ node, depth });
    }
  }
  return root;
}

/** All text under a struct node. */
export function textOf(node: StructNodeText): string {
  return node.text + node.children.map(textOf).join('');
}

export function* walkStruct(node: StructNodeText): Generator<StructNodeText> {
  yield node;
  for (const child of node.children) yield* walkStruct(child);
}

/** Renders page 1 at low resolution and returns the share of dark pixels (0 means blank). */
export function inkOnFirstPage(file: string): number {
  const [page] = pgmPages(execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', file], { maxBuffer: 64 * 1024 * 1024 }));
  if (!page) throw new Error('pdftoppm did not return a PGM image');
  const { pixels } = page;
  let dark = 0;
  for (const value of pixels) if (value < 128) dark += 1;
  return dark / pixels.length;
}

/** Word boxes from poppler (`pdftotext -bbox`), top-down coordinates in pt, per page. */
export function wordBoxes(
  file: string,
): { width: number; height: number; words: { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] }[] {
  const html = poppler('pdftotext', ['-bbox', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: m[5] ?? '',
        }),
      );
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
}

/** Renders every page in grey at `dpi` and returns, per page, the dark pixels found outside the given box (pt from the page edges). */
export function inkOutside(file: string, margin: { top: number; right: number; bottom: number; left: number }, dpi = 36): number[] {
  const scale = dpi / 72;
  return pgmPages(execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file], { maxBuffer: 256 * 1024 * 1024 })).map(
    ({ width, height, pixels }) => {
      const left = Math.floor(margin.left * scale) - 1;
      const right = width - Math.floor(margin.right * scale) + 1;
      const top = Math.floor(margin.top * scale) - 1;
      const bottom = height - Math.floor(margin.bottom * scale) + 1;
      let dark = 0;
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          if (x >= left && x < right && y >= top && y < bottom) continue;
          if ((pixels[y * width + x] ?? 255) < 160) dark += 1;
        }
      }
      return dark;
    },
  );
}

/** Splits pdftoppm's grey output into pages: each PGM (P5) is "P5 <w> <h> 255" then one byte a pixel. */
function pgmPages(out: Buffer): { width: number; height: number; pixels: Buffer }[] {
  const pages: { width: number; height: number; pixels: Buffer }[] = [];
  for (let offset = 0; offset < out.length;) {
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(out.subarray(offset, offset + 50).toString('latin1'));
    if (!header) break;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const start = offset + header[0].length;
    pages.push({ width, height, pixels: out.subarray(start, start + width * height) });
    offset = start + width * height;
  }
  return pages;
}

/** An image painted on a page: its box in pt from the page's bottom-left (PDF space), and whether it is an artifact. */
export interface ImagePlacement {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  artifact: boolean;
}

/** A PDF transformation matrix [a b c d e f] (ISO 32000-1 §8.3.3). */
export type Matrix = [number, number, number, number, number, number];

/** `first` then `second`: the matrix of cm `first` applied inside `second`. */
export const multiply = ([a, b, c, d, e, f]: Matrix, [A, B, C, D, E, F]: Matrix): Matrix => [
  a * A + b * C,
  a * B + b * D,
  c * A + d * C,
  c * B + d * D,
  e * A + f * C + E,
  e * B + f * D + F,
];

/** Where an operator draws: its page, the matrix in force, the marked-content tags open around it (outermost first). */
export interface DrawingState {
  page: number;
  ctm: Matrix;
  tags: readonly string[];
}

/**
 * Calls `visit` for every operator of every page, in drawing order (pdf.js's operator list),
 * with the matrix in force (followed through q/Q and cm) and the marked content around it.
 */
export async function walkOperators(
  bytes: Uint8Array,
  visit: (fn: number, args: unknown[] | null, state: DrawingState) => void,
): Promise<void> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  for (let page = 1; page <= pdf.numPages; page += 1) {
    const { fnArray, argsArray } = await (await pdf.getPage(page)).getOperatorList();
    const saved: Matrix[] = [];
    const tags: string[] = [];
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    fnArray.forEach((fn, index) => {
      const args = argsArray[index] as unknown[] | null;
      const tag = args?.[0];
      if (fn === OPS.save) saved.push(ctm);
      else if (fn === OPS.restore) ctm = saved.pop() ?? [1, 0, 0, 1, 0, 0];
      else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
      // BMC gives its tag as a Name object ({ name }), BDC as a string.
      else if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps)
        tags.push(typeof tag === 'object' && tag !== null ? String((tag as { name?: string }).name) : String(tag ?? ''));
      else if (fn === OPS.endMarkedContent) tags.pop();
      visit(fn, args, { page, ctm, tags });
    });
  }
  await pdf.destroy();
}

/** Every image painted, page by page in drawing order, with its box (an image fills the unit square of the matrix in force). */
export async function imagePlacements(bytes: Uint8Array): Promise<ImagePlacement[]> {
  const placements: ImagePlacement[] = [];
  await walkOperators(bytes, (fn, _args, { page, ctm, tags }) => {
    if (fn === OPS.paintImageXObject)
      placements.push({ page, x: ctm[4], y: ctm[5], width: ctm[0], height: ctm[3], artifact: tags.includes('Artifact') });
  });
  return placements;
}

/**
 * What a PDF page draws, read back independently of the writer: where each Form XObject lands
 * (pdf.js's operator list, following the matrix through q/Q and cm), page rasters from poppler
 * in colour, marked-content segments of the content stream (pdf-lib, read only), and QR codes
 * found in a raster (jsQR).
 */
import { execFileSync } from 'node:child_process';
import jsQR from 'jsqr';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFObject } from 'pdf-lib';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { multiply, walkOperators, type Matrix } from './pdf.ts';

const apply = ([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] => [a * x + c * y + e, b * x + d * y + f];

/** A Form XObject painted on a page: its BBox in page space [x1, y1, x2, y2] (pt), and the marked-content tag around it. */
export interface FormPlacement {
  page: number;
  box: [number, number, number, number];
  tag: string;
}

/** Every Form XObject painted at the page level, page by page in drawing order. */
export async function formPlacements(bytes: Uint8Array): Promise<FormPlacement[]> {
  const placements: FormPlacement[] = [];
  let depth = 0;
  await walkOperators(bytes, (fn, args, { page, ctm, tags }) => {
    if (fn === OPS.paintFormXObjectBegin) {
      depth += 1;
      if (depth > 1) return;
      const [matrix, bbox] = args as [Matrix | null, number[]];
      const m = matrix ? multiply(matrix, ctm) : ctm;
      const [x1, y1] = apply(m, bbox[0] ?? 0, bbox[1] ?? 0);
      const [x2, y2] = apply(m, bbox[2] ?? 0, bbox[3] ?? 0);
      placements.push({ page, box: [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)], tag: tags.at(-1) ?? '' });
    } else if (fn === OPS.paintFormXObjectEnd) depth -= 1;
  });
  return placements;
}

/** One page rendered in colour by poppler: RGB pixels, `scale` pixels per pt, origin top left. */
export interface Raster {
  width: number;
  height: number;
  scale: number;
  rgb(x: number, y: number): [number, number, number];
}

export function rasterPage(file: string, page: number, dpi: number): Raster {
  const { width, height, pixels } = rasterPixels(file, page, dpi);
  return {
    width,
    height,
    scale: dpi / 72,
    rgb: (x, y) => {
      const at = (y * width + x) * 3;
      return [pixels[at] ?? 255, pixels[at + 1] ?? 255, pixels[at + 2] ?? 255];
    },
  };
}

/** The QR code found in RGB(A) pixels, or undefined. */
export function decodeQr(pixels: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: 3 | 4): string | undefined {
  const rgba = channels === 4 ? new Uint8ClampedArray(pixels) : new Uint8ClampedArray(width * height * 4);
  if (channels === 3)
    for (let i = 0; i < width * height; i += 1) rgba.set([pixels[i * 3]!, pixels[i * 3 + 1]!, pixels[i * 3 + 2]!, 255], i * 4);
  return jsQR(rgba, width, height)?.data;
}

/** A page rendered by poppler as raw RGB, for decodeQr. */
export function rasterPixels(file: string, page: number, dpi: number): { pixels: Buffer; width: number; height: number } {
  const out = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 512 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(out.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not return a PPM image');
  return { width: Number(header[1]), height: Number(header[2]), pixels: out.subarray(header[0].length) };
}

/** A page's content stream as text, split into its marked-content sequences: the tag (Artifact, Figure …) and the operators inside. */
export async function markedContent(bytes: Uint8Array, pageIndex: number): Promise<{ tag: string; body: string }[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const contents = doc.getPage(pageIndex).node.Contents();
  const streams: PDFObject[] =
    contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)!) : contents ? [contents] : [];
  const text = streams
    .map((stream) => (stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : ''))
    .join('\n');
  return [...text.matchAll(/\/(\w+)(?: <<[^>]*>>)? (?:BMC|BDC)\n([\s\S]*?)\nEMC/g)].map((match) => ({
    tag: match[1] ?? '',
    body: match[2] ?? '',
  }));
}

import { readFileSync } from 'node:fs';
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { pictureSvgPath } from '../../model/pictures.ts';
import { rasterizeSvg } from '../card/to-png.ts';

/** Print resolution for raster artwork at its final size (formats-standards §7.2: ≥ 300 dpi). */
const PPI = 300;
/** The least pixels per side: a 96 pt point picture at 300 ppi (smaller pictures keep this detail). */
const MIN_PIXELS = 400;
const pngCache = new Map<string, Uint8Array>();

/** Pixels per side for a picture printed `size` pt wide: 300 ppi, never under 400 px (96 pt → 400 px, the 240 pt cover → 1000 px). */
function pixelsFor(size: number): number {
  return Math.max(MIN_PIXELS, Math.ceil((size / 72) * PPI));
}

/** One picture at one resolution: what the renderer embeds once and draws wherever it is placed at that size. */
export function pictureKey(code: string, size: number): string {
  return `${code}@${pixelsFor(size)}`;
}

/** The OpenMoji SVG rendered to PNG (pdf-lib embeds PNG, not SVG). System fonts off: pictures carry no text. */
function picturePng(code: string, pixels: number): Uint8Array {
  const key = `${code}@${pixels}`;
  let png = pngCache.get(key);
  if (!png) {
    const svg = readFileSync(pictureSvgPath({ name: code, code }), 'utf8');
    png = rasterizeSvg(svg, pixels);
    pngCache.set(key, png);
  }
  return png;
}

/** Embeds each picture once per document and resolution. */
export function pictureEmbedder(pdf: PDFDocument): (code: string, size: number) => Promise<PDFImage> {
  const embedded = new Map<string, Promise<PDFImage>>();
  return (code, size) => {
    const key = pictureKey(code, size);
    let image = embedded.get(key);
    if (!image) {
      image = pdf.embedPng(picturePng(code, pixelsFor(size)));
      embedded.set(key, image);
    }
    return image;
  };
}

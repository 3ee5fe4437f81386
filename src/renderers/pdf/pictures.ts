import { readFileSync } from 'node:fs';
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { pictureSvgPath } from '../../model/pictures.ts';
import { rasterizeSvg } from '../card/to-png.ts';

/** Pixels per side of a rasterised picture: 96 pt printed at 300 ppi is 400 px. */
const PIXELS = 400;
const pngCache = new Map<string, Uint8Array>();

/** The OpenMoji SVG rendered to PNG (pdf-lib embeds PNG, not SVG). System fonts off: pictures carry no text. */
function picturePng(code: string): Uint8Array {
  let png = pngCache.get(code);
  if (!png) {
    const svg = readFileSync(pictureSvgPath({ name: code, code }), 'utf8');
    png = rasterizeSvg(svg, PIXELS);
    pngCache.set(code, png);
  }
  return png;
}

/** Embeds each picture once per document. */
export function pictureEmbedder(pdf: PDFDocument): (code: string) => Promise<PDFImage> {
  const embedded = new Map<string, Promise<PDFImage>>();
  return (code) => {
    let image = embedded.get(code);
    if (!image) {
      image = pdf.embedPng(picturePng(code));
      embedded.set(code, image);
    }
    return image;
  };
}

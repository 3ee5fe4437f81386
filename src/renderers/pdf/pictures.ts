import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { pictureSvgPath } from '../../model/pictures.ts';

/** Pixels per side of a rasterised picture: 96 pt printed at 300 ppi is 400 px. */
const PIXELS = 400;
const pngCache = new Map<string, Uint8Array>();

/** The OpenMoji SVG rendered to PNG (pdf-lib embeds PNG, not SVG). System fonts off: pictures carry no text. */
function picturePng(code: string): Uint8Array {
  let png = pngCache.get(code);
  if (!png) {
    const svg = readFileSync(pictureSvgPath({ name: code, code }), 'utf8');
    png = new Resvg(svg, { fitTo: { mode: 'width', value: PIXELS }, font: { loadSystemFonts: false }, background: 'rgba(255,255,255,0)' }).render().asPng();
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

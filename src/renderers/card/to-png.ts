import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

/**
 * Rasterises card SVG (laid out in pt) at the profile's resolution. System fonts off: satori
 * draws text as paths. The PNG is encoded here rather than by resvg's asPng(): with no row
 * filter and zlib level 3 it is about 30 % faster for these flat-colour cards and no larger
 * (the card benchmark measures it).
 */
export function svgToPng(svg: string, widthPt: number, ppi: number): CardRaster {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round((widthPt / 72) * ppi) },
    font: { loadSystemFonts: false },
  }).render();
  const { pixels, width, height } = rendered;
  return { png: encodePng(pixels, width, height), width, height, pixelSha256: createHash('sha256').update(pixels).digest('hex') };
}

/** A card side as PNG, and the sha256 of the 8-bit RGBA pixels it encodes (the manifest's card pixel hash). */
export interface CardRaster {
  png: Uint8Array;
  width: number;
  height: number;
  pixelSha256: string;
}

/**
 * Any SVG (an easy-read picture) as a PNG of the given pixel width, with resvg's own
 * encoder and a transparent background. The card renderer is resvg's one home (lint), so the
 * PDF renderer rasterises its pictures through here.
 */
export function rasterizeSvg(svg: string, widthPx: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: widthPx }, font: { loadSystemFonts: false }, background: 'rgba(255,255,255,0)' })
    .render()
    .asPng();
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A non-interlaced 8-bit RGBA PNG (ISO/IEC 15948) with no row filter; deterministic bytes. */
export function encodePng(rgba: Buffer, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 3 })), chunk('IEND', Buffer.alloc(0))]),
  );
}

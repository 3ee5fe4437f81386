import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';

/** A decoded 8-bit PNG: RGB(A) pixels, enough to check card artwork (ISO/IEC 15948). */
export interface DecodedPng {
  width: number;
  height: number;
  channels: 3 | 4;
  pixels: Uint8Array;
}

export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('Not a PNG file');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

/** Decodes non-interlaced 8-bit RGB or RGBA PNGs with any row filter. */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { width, height } = pngSize(bytes);
  const [depth, colourType, , , interlace] = [view[24], view[25], view[26], view[27], view[28]];
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0)
    throw new Error('Only non-interlaced 8-bit RGB/RGBA PNGs can be checked');
  const channels = colourType === 6 ? 4 : 3;
  const data: Buffer[] = [];
  for (let offset = 8; offset < view.length;) {
    const length = view.readUInt32BE(offset);
    const type = view.subarray(offset + 4, offset + 8).toString('latin1');
    if (type === 'IDAT') data.push(view.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + x] = (value + predicted) & 255;
    }
  }
  return { width, height, channels, pixels };
}

/**
 * The sha256 of a PNG's pixels as 8-bit RGBA, row by row (an RGB image is read as opaque):
 * what the picture is, whatever compression or chunks encode it. The build records it for
 * each card image, so a blank card or another charter's card fails the check even if the
 * file's own hash was updated to match.
 */
export function rgbaSha256(png: DecodedPng): string {
  if (png.channels === 4) return createHash('sha256').update(png.pixels).digest('hex');
  const rgba = new Uint8Array(png.width * png.height * 4);
  for (let source = 0, target = 0; source < png.pixels.length; source += 3, target += 4) {
    rgba.set(png.pixels.subarray(source, source + 3), target);
    rgba[target + 3] = 255;
  }
  return createHash('sha256').update(rgba).digest('hex');
}

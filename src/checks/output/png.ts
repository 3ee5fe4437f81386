import type { DecodedPng } from '../../lib/png-decode.ts';

// The decoder is a leaf helper: the build reads card pixels with it too (their pixel hash).
export { decodePng, pngSize, rgbaSha256, type DecodedPng } from '../../lib/png-decode.ts';

/** The most common exact colours, as #rrggbb, most common first (a card's background, then its text). */
export function dominantColours(png: DecodedPng, count = 2): string[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < png.pixels.length; i += png.channels) {
    if (png.channels === 4 && (png.pixels[i + 3] ?? 0) < 255) continue;
    const key = ((png.pixels[i] ?? 0) << 16) | ((png.pixels[i + 1] ?? 0) << 8) | (png.pixels[i + 2] ?? 0);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key]) => `#${key.toString(16).padStart(6, '0')}`);
}

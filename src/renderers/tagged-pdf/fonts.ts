import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from './pdf-lib.ts';
import { fontPath, type FontWeight } from '../../lib/fonts.ts';
import type { Measurer } from './measure.ts';

/**
 * Ligatures and contextual alternates off: a ligature glyph maps back to several characters
 * and some extractors and screen-reader pipelines garble it (tooling-pitfalls §1.3). With
 * them off, each character is one glyph, so widths measured from cached advances equal what
 * pdf-lib draws (it never applies kerning).
 */
export const FONT_FEATURES = { liga: false, clig: false, calt: false, dlig: false } as const;

interface Face {
  bytes: Uint8Array;
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  advance: (char: string) => number | undefined;
}

const faces = new Map<FontWeight, Face>();

function face(weight: FontWeight): Face {
  const cached = faces.get(weight);
  if (cached) return cached;
  const bytes = new Uint8Array(readFileSync(fontPath(weight)));
  const font = fontkit.create(bytes);
  const advances = new Map<string, number | undefined>();
  const loaded: Face = {
    bytes,
    postscriptName: font.postscriptName ?? `AtkinsonHyperlegibleNext-${weight}`,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent / font.unitsPerEm,
    advance(char) {
      if (!advances.has(char)) {
        const codePoint = char.codePointAt(0) ?? 0;
        advances.set(char, font.hasGlyphForCodePoint(codePoint) ? font.glyphForCodePoint(codePoint).advanceWidth : undefined);
      }
      return advances.get(char);
    },
  };
  faces.set(weight, loaded);
  return loaded;
}

/** Text widths from cached glyph advances: shaping every word with fontkit dominated render time. */
export function createMeasurer(): Measurer {
  const regular = face(400);
  const bold = face(700);
  return {
    ascent: regular.ascent,
    width(text, isBold, size) {
      const f = isBold ? bold : regular;
      let units = 0;
      for (const char of text) units += f.advance(char === '\u00a0' ? ' ' : char) ?? 0;
      return (units * size) / f.unitsPerEm;
    },
  };
}

/** Characters the font cannot draw: the renderer refuses them rather than print empty boxes. */
export function missingCharacters(text: string): string[] {
  const regular = face(400);
  return [...new Set([...text].filter((char) => char !== '\n' && regular.advance(char) === undefined))];
}

/** A PDF subset tag: six capital letters derived from the content, so it is stable across builds (ISO 32000-1 §9.6.4). */
function subsetTag(seed: string): string {
  let hash = 2166136261;
  for (const char of seed) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i += 1) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + (i + 1) * 7919;
  }
  return tag;
}

interface Glyph {
  id: number;
  advanceWidth: number;
}
interface FontkitLike {
  glyphForCodePoint(codePoint: number): Glyph;
  layout(text: string, features?: unknown): { glyphs: Glyph[] };
}

/**
 * pdf-lib encodes every drawText call through fontkit's full OpenType shaping (GSUB/GPOS
 * lookups), which took most of the render time. With ligatures and contextual alternates
 * off, and text in NFC, shaping Latin text maps each character to its cmap glyph, so we
 * give pdf-lib's embedder a cached cmap lookup instead. Glyphs, subsetting and the ToUnicode
 * map are unchanged (tests extract the text and render the pages to check).
 */
function useCmapLayout(font: PDFFont): void {
  const embedder = (font as unknown as { embedder?: { font?: FontkitLike } }).embedder;
  const fk = embedder?.font;
  if (!fk || typeof fk.glyphForCodePoint !== 'function')
    throw new Error('pdf-lib internals changed: cannot reach the embedded fontkit font');
  const cache = new Map<number, Glyph>();
  fk.layout = (text: string) => ({
    glyphs: Array.from(text, (char) => {
      const codePoint = char.codePointAt(0) ?? 0;
      let glyph = cache.get(codePoint);
      if (!glyph) {
        glyph = fk.glyphForCodePoint(codePoint);
        cache.set(codePoint, glyph);
      }
      return glyph;
    }),
  });
}

/** Embeds both weights as subsets with ToUnicode maps and proper `ABCDEF+Name` names. */
export async function embedFonts(pdf: PDFDocument, seed: string): Promise<Record<'regular' | 'bold', PDFFont>> {
  pdf.registerFontkit(fontkit);
  const embed = async (weight: FontWeight) => {
    const f = face(weight);
    const font = await pdf.embedFont(f.bytes, {
      subset: true,
      customName: `${subsetTag(`${seed}:${weight}`)}+${f.postscriptName}`,
      features: FONT_FEATURES,
    });
    useCmapLayout(font);
    return font;
  };
  return { regular: await embed(400), bold: await embed(700) };
}

import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { fontPath, type FontWeight } from './fonts.ts';

interface CmapFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

const fonts = new Map<FontWeight, CmapFont>();

function font(weight: FontWeight): CmapFont {
  let loaded = fonts.get(weight);
  if (!loaded) {
    loaded = fontkit.create(new Uint8Array(readFileSync(fontPath(weight)))) as unknown as CmapFont;
    fonts.set(weight, loaded);
  }
  return loaded;
}

/** White space is laid out, never drawn, so the font need not have it. */
const LAID_OUT = /\s/u;

/**
 * True when both weights of the publications' font can draw the character. PDFs and cards
 * use this font alone (no fallback), so a character it lacks would print as an empty box or
 * vanish: satori draws missing glyphs as boxes silently.
 */
export function fontCanDraw(char: string): boolean {
  let can = drawable.get(char);
  if (can === undefined) {
    const codePoint = char.codePointAt(0) ?? 0;
    can = LAID_OUT.test(char) || (font(400).hasGlyphForCodePoint(codePoint) && font(700).hasGlyphForCodePoint(codePoint));
    drawable.set(char, can);
  }
  return can;
}

/**
 * Each character's answer, asked once: the content check asks for every character of every
 * file, and a cmap lookup in both weights was a quarter of a 1,000-charter rebuild's check.
 * Bounded by the characters authors use (at most Unicode's, a few MB).
 */
const drawable = new Map<string, boolean>();

/** The distinct characters in a text that the font cannot draw, in order of appearance. */
export function undrawableCharacters(text: string): string[] {
  return [...new Set([...text.normalize('NFC')].filter((char) => !fontCanDraw(char)))];
}

/** `"漢" (U+6F22)`: a character as authors can search for it. */
export function describeCharacter(char: string): string {
  return `"${char}" (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;
}

/** What to do about a character the font lacks, for every error that reports one. */
export const UNDRAWABLE_FIX =
  'The large-print, clear-print and card font (Atkinson Hyperlegible Next) covers Latin letters, including Welsh ŵ and ŷ. Replace the character with words or Latin letters (an emoji with its meaning, a symbol with its name); text in another script needs a translation published as its own charter.';

/** Thrown by a renderer given text its font cannot draw, before anything is written. */
export class UndrawableTextError extends Error {
  readonly characters: readonly string[];

  constructor(where: string, characters: readonly string[]) {
    super(`${where}: the font has no glyph for ${characters.map(describeCharacter).join(', ')}. ${UNDRAWABLE_FIX}`);
    this.name = 'UndrawableTextError';
    this.characters = characters;
  }
}

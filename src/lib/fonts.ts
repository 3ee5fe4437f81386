import { createRequire } from 'node:module';

/**
 * The one typeface of every format: Atkinson Hyperlegible Next (OFL-1.1), designed by the
 * Braille Institute for low-vision readers. "Next" has ŵ ŷ Ŵ Ŷ, which Welsh needs and the
 * original lacks. Static TTFs, because satori and pdf-lib cannot read WOFF2 or pick a
 * variable font's instances.
 */
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  400: '@expo-google-fonts/atkinson-hyperlegible-next/400Regular/AtkinsonHyperlegibleNext_400Regular.ttf',
  700: '@expo-google-fonts/atkinson-hyperlegible-next/700Bold/AtkinsonHyperlegibleNext_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof FONT_FILES;

/** Absolute path of a font file inside node_modules. */
export function fontPath(weight: FontWeight): string {
  return require.resolve(FONT_FILES[weight]);
}

/** The file name the website serves a weight under. */
export function webFontName(weight: FontWeight): string {
  return `atkinson-hyperlegible-next-${weight}.ttf`;
}

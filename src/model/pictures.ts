import { createRequire } from 'node:module';
import { t, type UiLanguage } from '../i18n/index.ts';

/**
 * Pictures for easy read come from OpenMoji (CC BY-SA 4.0, installed from npm), picked by
 * name: the symbol's annotation in lower case with hyphens ("page facing up" →
 * "page-facing-up"). The licence requires attribution, shown on every easy-read page and PDF.
 * @see https://openmoji.org/
 */
export function pictureAttribution(lang: UiLanguage): string {
  return t(lang, 'pictures.credit');
}

/** The credit in English, for pages and checks of English editions; in a Welsh edition use `pictureAttribution('cy-GB')`. */
export const PICTURE_ATTRIBUTION = pictureAttribution('en-GB');

/** A picture chosen by name, resolved to its OpenMoji code. */
export interface PictureRef {
  name: string;
  /** OpenMoji hexcode, e.g. "260E" (the file color/svg/260E.svg). */
  code: string;
}

/** A picture with what authors see of it in the picture gallery (`npm run pictures -- --html`). */
export interface PictureEntry extends PictureRef {
  /** OpenMoji group, e.g. "people-body"; OpenMoji's own symbols are in "extras-openmoji". */
  group: string;
  /** OpenMoji subgroup within the group, e.g. "person-role". */
  subgroup: string;
  /** Unicode CLDR keywords and OpenMoji's own tags, in lower case, for searching. */
  keywords: string[];
}

interface OpenMojiEntry {
  hexcode: string;
  annotation: string;
  group: string;
  subgroups: string;
  tags: string;
  openmoji_tags: string;
  skintone: string | number;
}

const require = createRequire(import.meta.url);
let entries: PictureEntry[] | undefined;
let index: Map<string, string> | undefined;

export function pictureSlug(annotation: string): string {
  return annotation
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function keywordsOf(entry: OpenMojiEntry): string[] {
  const words = `${entry.tags},${entry.openmoji_tags}`.split(',').map((word) => word.trim().toLowerCase());
  return [...new Set(words.filter(Boolean))];
}

/**
 * Every picture authors can choose, in OpenMoji's order. Skin-tone variants and flags are left
 * out: one name, one picture.
 */
export function pictureEntries(): readonly PictureEntry[] {
  if (entries) return entries;
  const seen = new Set<string>();
  entries = [];
  for (const entry of require('openmoji/data/openmoji.json') as OpenMojiEntry[]) {
    if (entry.skintone || entry.group === 'flags' || entry.group === 'component') continue;
    const name = pictureSlug(entry.annotation);
    if (!name || seen.has(name)) continue;
    seen.add(name);
    entries.push({ name, code: entry.hexcode, group: entry.group, subgroup: entry.subgroups, keywords: keywordsOf(entry) });
  }
  return entries;
}

/** Every picture name, mapped to its code. */
export function pictureIndex(): Map<string, string> {
  index ??= new Map(pictureEntries().map((entry) => [entry.name, entry.code]));
  return index;
}

export function resolvePicture(name: string): PictureRef | undefined {
  const code = pictureIndex().get(name);
  return code ? { name, code } : undefined;
}

/** Path of a picture's colour SVG in the openmoji package. */
export function pictureSvgPath(picture: PictureRef): string {
  return require.resolve(`openmoji/color/svg/${picture.code}.svg`);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest picture names, for "did you mean" messages. Names containing the word come first. */
export function nearestPictureNames(name: string, count = 5): string[] {
  const names = [...pictureIndex().keys()];
  const containing = names.filter((candidate) => name.split('-').some((part) => part.length > 2 && candidate.includes(part)));
  const ranked = names
    .map((candidate) => ({ candidate, score: distance(name, candidate) }))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return [...new Set([...containing.sort((a, b) => distance(name, a) - distance(name, b)), ...ranked.map((r) => r.candidate)])].slice(
    0,
    count,
  );
}

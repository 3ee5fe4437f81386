import { louTranslate } from '../../lib/liblouis.ts';

/**
 * The BRF's words against the charter's, from the bytes and the manifest alone: the braille is
 * back-translated with liblouis (`lou_translate --backward`), each language with the table it
 * was brailled with, and the charter's words are looked for in order (a longest common
 * subsequence per language). A word liblouis does not read back is then looked for as braille:
 * the same table's forward translation of the word, in the BRF between the lines of the words
 * matched before and after it. liblouis's Welsh grade 2 table (3.24) reads some of its own
 * braille back wrongly (dots 3-4 "st" as "stori", "dw" as "diwedd", a comma as "1"), so a
 * Welsh word can be in the braille yet not come back; it counts as present, and is listed.
 */

/** North American Braille ASCII in dot-pattern order: the character for dots n is at index n (dot 1 = bit 0 … dot 6 = bit 5). */
const BRAILLE_ASCII = ' A1B\'K2L@CIF/MSP"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=';

/**
 * Braille ASCII as Unicode braille patterns (U+2800 + dots), the form back-translation reads:
 * lou_translate treats a backslash in its input as an escape, and backslash is a braille cell
 * (dots 1-2-5-6) in Braille ASCII, so the ASCII form cannot be passed to it as it is.
 */
export function brailleAsciiToUnicode(line: string): string {
  return [...line].map((char) => (char === ' ' ? ' ' : String.fromCodePoint(0x2800 + Math.max(0, BRAILLE_ASCII.indexOf(char))))).join('');
}

/**
 * One word for comparing: case, curly apostrophes, the æ that back-translation writes for
 * "ae", and punctuation around it do not count.
 */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/æ/g, 'ae')
    .replace(/…/g, '...')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

interface Word {
  raw: string;
  norm: string;
  lang: string;
}

/** The result: how many of the charter's words came back, and which did not. */
export interface WordComparison {
  total: number;
  /** Read back by liblouis, in order. */
  readBack: number;
  /** Not read back, but their braille is in the BRF in order. */
  foundAsBraille: string[];
  /** Neither: missing from the BRF. */
  missing: string[];
}

/** The longest common subsequence of two word lists: for each word of `a`, the index in `b` it is matched to, or -1. */
export function alignWords(a: readonly string[], b: readonly string[]): number[] {
  const n = a.length;
  const m = b.length;
  const matched = new Array<number>(n).fill(-1);
  if (n === 0 || m === 0) return matched;
  if (n * m > 30_000_000) return greedyAlign(a, b);
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1)
    for (let j = m - 1; j >= 0; j -= 1)
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] as number) + 1
          : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      matched[i] = j;
      i += 1;
      j += 1;
    } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) i += 1;
    else j += 1;
  }
  return matched;
}

/** For very long texts, where the full table would be too large: each word looked for a little way ahead. */
function greedyAlign(a: readonly string[], b: readonly string[]): number[] {
  let from = 0;
  return a.map((word) => {
    const at = b.indexOf(word, from);
    if (at < 0 || at - from > 50) return -1;
    from = at + 1;
    return at;
  });
}

/** A page's lines without the braille page number at the right of line 1 (three or more spaces, then the number). */
function textLines(brf: string): string[] {
  return brf.split('\f').flatMap((page) => {
    const lines = page.split(/\r\n|\r|\n/);
    if (lines.at(-1) === '') lines.pop();
    if (lines[0] !== undefined) lines[0] = lines[0].replace(/ {3,}#[A-J]+$/, '').replace(/^#[A-J]+$/, '');
    return lines;
  });
}

/**
 * The braille words on each line, with the words a line end divides joined back (a long
 * address divided after a slash; a number divided with UEB's line continuation indicator).
 */
function brailleWords(lines: readonly string[]): { words: Set<string>; line: number }[] {
  return lines.map((line, index) => {
    const words = new Set(line.split(' ').filter(Boolean));
    const last = line.trimEnd().split(' ').at(-1);
    const next = lines[index + 1]?.trimStart().split(' ')[0];
    if (last && next)
      words.add(last.startsWith('#') ? last.replace(/"{1,2}$/, (cont) => (cont.length === 2 ? '"' : '')) + next : last + next);
    return { words, line: index };
  });
}

/**
 * Whether a braille word is the word's braille, or it with up to two cells of punctuation or
 * indicators before or after it: a word in one language followed by punctuation in another is
 * brailled in two pieces and joined ("Gwaith" then ":" gives ",G.?3").
 */
function holds(braille: string, sign: string): boolean {
  const at = braille.indexOf(sign);
  return at >= 0 && at <= 2 && braille.length - at - sign.length <= 2;
}

/**
 * Compares the BRF's words with the charter's text runs (`text`, each run's language in
 * `langs`, each language's table in `tables`).
 */
export async function compareBrfWords(
  brf: string,
  text: readonly string[],
  langs: readonly string[],
  tables: Readonly<Record<string, string>>,
  fallbackLang: string,
): Promise<WordComparison> {
  const lines = textLines(brf);
  const unicode = lines.map(brailleAsciiToUnicode);
  const words: Word[] = text.flatMap((run, index) =>
    run
      .split(/\s+/)
      .map((raw) => ({ raw, norm: normaliseWord(raw), lang: langs[index] ?? fallbackLang }))
      .filter((word) => word.norm),
  );
  const tableOf = (lang: string) => tables[lang] ?? tables[fallbackLang] ?? 'en-ueb-g2.ctb';
  const byTable = new Map<string, Word[]>();
  for (const word of words) {
    const table = tableOf(word.lang);
    let list = byTable.get(table);
    if (!list) byTable.set(table, (list = []));
    list.push(word);
  }

  const braille = brailleWords(lines);
  const result: WordComparison = { total: words.length, readBack: 0, foundAsBraille: [], missing: [] };
  for (const [table, tableWords] of [...byTable].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const back = await louTranslate(unicode, { tables: `unicode.dis,${table}`, direction: 'backward' });
    const backWords = back.flatMap((line, index) =>
      line
        .split(/\s+/)
        .map(normaliseWord)
        .filter(Boolean)
        .map((norm) => ({ norm, line: index })),
    );
    const matched = alignWords(
      tableWords.map((word) => word.norm),
      backWords.map((word) => word.norm),
    );
    result.readBack += matched.filter((at) => at >= 0).length;
    const unmatched = tableWords.flatMap((word, index) => (matched[index] === -1 ? [{ word, index }] : []));
    if (unmatched.length === 0) continue;
    const forward = await louTranslate(
      unmatched.map(({ word }) => word.raw),
      { tables: `en-us-brf.dis,${table}`, direction: 'forward' },
    );
    unmatched.forEach(({ word, index }, k) => {
      const lineOf = (at: number | undefined) => (at === undefined || at < 0 ? undefined : backWords[at]?.line);
      const before = matched.slice(0, index).findLast((at) => at >= 0);
      const after = matched.slice(index + 1).find((at) => at >= 0);
      const from = lineOf(before) ?? 0;
      const to = lineOf(after) ?? lines.length - 1;
      const sign = (forward[k] ?? '').trim();
      const found = sign !== '' && braille.slice(from, to + 1).some((line) => [...line.words].some((braille) => holds(braille, sign)));
      (found ? result.foundAsBraille : result.missing).push(word.raw);
    });
  }
  return result;
}

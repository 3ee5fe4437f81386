import type { Measurer } from '../../tagged-pdf/measure.ts';
import type { Line, Run, Segment } from './types.ts';

import { protectSpaces } from '../../../lib/keep-together.ts';

interface Piece {
  text: string;
  bold: boolean;
  struct: Run['struct'];
}

/** Words: pieces up to and including a breaking space. A word may mix styles ("**act**:"). */
function toWords(runs: readonly Run[]): Piece[][] {
  const joined = protectSpaces(runs.map((run) => run.text).join(''));
  const words: Piece[][] = [];
  let word: Piece[] = [];
  let offset = 0;
  for (const run of runs) {
    const text = joined.slice(offset, offset + run.text.length);
    offset += run.text.length;
    let start = 0;
    for (let i = 0; i < text.length; i += 1) {
      if (text[i] === ' ') {
        word.push({ text: text.slice(start, i + 1), bold: run.bold, struct: run.struct });
        words.push(word);
        word = [];
        start = i + 1;
      }
    }
    if (start < text.length) word.push({ text: text.slice(start), bold: run.bold, struct: run.struct });
  }
  if (word.length > 0) words.push(word);
  return words;
}

/**
 * Greedy line breaking: as many words as fit, left aligned, never justified or hyphenated
 * (UKAAF). A word wider than the line (a long web address) is split, as it must be: a web or
 * email address only where a reader can tell the break is not part of it (`breakRank`).
 * Trailing spaces stay in the text so extracted lines join into words correctly.
 */
export function wrapRuns(runs: readonly Run[], maxWidth: number, size: number, measure: Measurer): Line[] {
  const width = (piece: Piece) => measure.width(piece.text, piece.bold, size);
  const lines: Line[] = [];
  let current: Segment[] = [];
  let x = 0;

  const flush = () => {
    if (current.length > 0) lines.push({ segments: current });
    current = [];
    x = 0;
  };
  const place = (piece: Piece) => {
    const w = width(piece);
    const last = current.at(-1);
    const text = piece.text.replace(/\u00a0/g, ' ');
    if (last && last.bold === piece.bold && last.struct === piece.struct) {
      last.text += text;
      last.width += w;
    } else {
      current.push({ text, bold: piece.bold, struct: piece.struct, x, width: w });
    }
    x += w;
  };

  for (const word of toWords(runs)) {
    const wordWidth = word.reduce((sum, piece) => sum + width(piece), 0);
    const endSpace = word.at(-1)?.text.endsWith(' ') ? measure.width(' ', word.at(-1)?.bold ?? false, size) : 0;
    // A word that does not fit starts a new line, so an address that fits a line is never split.
    if (current.length > 0 && x + wordWidth - endSpace > maxWidth) flush();
    if (current.length === 0 && wordWidth - endSpace > maxWidth) {
      const address = isAddress(word.map((piece) => piece.text).join(''));
      for (const piece of word) splitPiece(piece, address, { maxWidth, width, place, flush, currentX: () => x });
      continue;
    }
    for (const piece of word) place(piece);
  }
  flush();
  return lines;
}

/** The width of the widest word (what can never be broken without splitting a word), not counting its trailing space. */
export function widestWord(runs: readonly Run[], size: number, measure: Measurer): number {
  return Math.max(
    0,
    ...toWords(runs).map((word) => word.reduce((sum, piece) => sum + measure.width(piece.text.replace(/ $/, ''), piece.bold, size), 0)),
  );
}

/**
 * Whether a word is a web or email address ("https://…", "www.…", "mailto:…", "name@host.org",
 * "host.org/path"), ignoring brackets and punctuation around it ("(https://…).").
 */
export function isAddress(word: string): boolean {
  const bare = word
    .trim()
    .replace(/^[("'‘“[]+/, '')
    .replace(/[)"'’”\].,;:!?]+$/, '');
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(bare) ||
    /^(?:mailto|tel):/i.test(bare) ||
    /^www\./i.test(bare) ||
    /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(bare) ||
    /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*$/i.test(bare)
  );
}

/** Characters after which an over-long plain word may break (a slash, a hyphen, a dot …). */
const WORD_BREAKS = '/-.@_?&=\u00a0';

/**
 * How good a break before `chars[at]` is (0: none; the highest rank wins, then the latest).
 * A plain word breaks after / - . @ _ ? & =. An address never breaks just after one of its
 * own hyphens, where a reader could not tell whether the hyphen is part of it or a
 * hyphenation (The Chicago Manual of Style gives the same rule for URLs): best after a "/"
 * of its path, then after the "@" of an email address, then before a "." "?" "&" or "#" (the
 * mark starts the next line, so it cannot be read as a full stop); the "//" after the scheme
 * only as a last choice of those, so "https://" is not left alone on a line.
 */
export function breakRank(chars: readonly string[], at: number, address: boolean): number {
  const before = chars[at - 1] ?? '';
  const after = chars[at] ?? '';
  if (!address) return WORD_BREAKS.includes(before) ? 1 : 0;
  if (before === '-' || after === '/') return 0;
  if (before === '/') return chars[at - 2] === '/' ? 1 : 3;
  if (before === '@') return 2;
  return '.?&#'.includes(after) ? 1 : 0;
}

interface Placing {
  maxWidth: number;
  width: (piece: Piece) => number;
  place: (piece: Piece) => void;
  flush: () => void;
  currentX: () => number;
}

/** Splits an over-long word over lines at its best break points (`breakRank`), or anywhere if it has none. */
function splitPiece(piece: Piece, address: boolean, { maxWidth, width, place, flush, currentX }: Placing): void {
  const chars = [...piece.text];
  const text = (from: number, to: number) => chars.slice(from, to).join('');
  let start = 0;
  while (start < chars.length) {
    // The most characters that fit on this line (at least one on an empty line); a trailing
    // space may hang past the edge, as it does in `wrapRuns`.
    let end = start;
    while (end < chars.length && currentX() + width({ ...piece, text: text(start, end + 1).replace(/ $/, '') }) <= maxWidth) end += 1;
    if (end === chars.length) break;
    if (end === start) {
      if (currentX() > 0) {
        flush();
        continue;
      }
      end = start + 1;
    }
    let cut = -1;
    let best = 0;
    for (let at = start + 1; at <= end; at += 1) {
      const rank = breakRank(chars, at, address);
      if (rank > 0 && rank >= best) [cut, best] = [at, rank];
    }
    // No break point fits: cut anywhere, but not just after an address's hyphen.
    if (cut < 0) cut = address && chars[end - 1] === '-' && end - 1 > start ? end - 1 : end;
    place({ ...piece, text: text(start, cut) });
    flush();
    start = cut;
  }
  if (start < chars.length) place({ ...piece, text: text(start, chars.length) });
}

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
 * (UKAAF). A word wider than the line (a long web address) is split, as it must be.
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
    if (current.length > 0 && x + wordWidth - endSpace > maxWidth) flush();
    if (current.length === 0 && wordWidth - endSpace > maxWidth) {
      for (const piece of word) splitPiece(piece, maxWidth, width, place, flush, () => x);
      continue;
    }
    for (const piece of word) place(piece);
  }
  flush();
  return lines;
}

/** Splits an over-long word (usually a web address), preferring a break after / - . @ so it stays readable. */
function splitPiece(
  piece: Piece,
  maxWidth: number,
  width: (piece: Piece) => number,
  place: (piece: Piece) => void,
  flush: () => void,
  currentX: () => number,
): void {
  let chunk = '';
  let lastBreak = -1;
  for (const char of piece.text) {
    if (chunk && currentX() + width({ ...piece, text: chunk + char }) > maxWidth) {
      const cut = lastBreak > 0 ? lastBreak : chunk.length;
      place({ ...piece, text: chunk.slice(0, cut) });
      flush();
      chunk = chunk.slice(cut);
      lastBreak = -1;
    }
    chunk += char;
    if ('/-.@_?&=\u00a0'.includes(char)) lastBreak = chunk.length;
  }
  if (chunk) place({ ...piece, text: chunk });
}

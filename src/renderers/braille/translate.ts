import { runTable } from './tables.ts';
import type { BrailleBlock, BrailleTranslator, PrintBlock } from './types.ts';

interface Piece {
  table: string;
  /** The run's words, white space collapsed; empty for a run of spaces only. */
  text: string;
  /** Whether print has a space before or after the run: the braille pieces are joined with one then. */
  spaceBefore: boolean;
  spaceAfter: boolean;
}

const pieces = (block: PrintBlock, docLang: string): Piece[] =>
  block.runs.map((run) => ({
    table: runTable(run.lang, docLang),
    text: run.text.replace(/\s+/gu, ' ').trim(),
    spaceBefore: /^\s/u.test(run.text),
    spaceAfter: /\s$/u.test(run.text),
  }));

/**
 * Every block translated into braille, each run with its language's table (a Welsh passage or
 * Welsh words in an English sentence with the Welsh table). One translator call per table for
 * the whole document: each distinct run is one line of that call.
 */
export async function translateBlocks(
  blocks: readonly PrintBlock[],
  docLang: string,
  translate: BrailleTranslator,
): Promise<BrailleBlock[]> {
  const all = blocks.map((block) => pieces(block, docLang));
  const byTable = new Map<string, Set<string>>();
  for (const piece of all.flat()) {
    if (!piece.text) continue;
    let lines = byTable.get(piece.table);
    if (!lines) byTable.set(piece.table, (lines = new Set()));
    lines.add(piece.text);
  }
  const brailled = new Map<string, string>();
  // Tables in a fixed order, so the calls (and anything they log) are the same every build.
  for (const [table, lines] of [...byTable].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const list = [...lines];
    const out = await translate(list, table);
    list.forEach((line, index) => brailled.set(`${table}\n${line}`, (out[index] ?? '').trim()));
  }
  return blocks.map((block, index) => {
    const { runs: _runs, ...rest } = block;
    return { ...rest, braille: joinPieces(all[index] ?? [], brailled) };
  });
}

function joinPieces(parts: readonly Piece[], brailled: ReadonlyMap<string, string>): string {
  let braille = '';
  let space = false;
  for (const part of parts) {
    if (!part.text) {
      space = braille.length > 0;
      continue;
    }
    const text = brailled.get(`${part.table}\n${part.text}`) ?? '';
    if (braille && (space || part.spaceBefore)) braille += ' ';
    braille += text;
    space = part.spaceAfter;
  }
  return braille;
}

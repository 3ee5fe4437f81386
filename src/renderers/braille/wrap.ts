import type { CellFormat } from './types.ts';

/** Cells per braille line (UKAAF and BANA: the standard 40-cell line of an embosser's page). */
export const CELLS_PER_LINE = 40;

/** A centred line keeps at least three blank cells each side (BANA Braille Formats 2016, centred headings). */
const CENTRED_MARGIN = 3;

/**
 * A number in braille (numeric indicator, then digits a–j, with its decimal signs and numeric
 * spaces). UEB writes the space inside "01234 567890" as a numeric space, so a phone number is
 * one braille word; Welsh braille keeps the print space, so two numbers in a row are kept on one
 * line here: a phone number is never split over two lines (UKAAF: a single piece of
 * information is not split).
 */
const WHOLE_NUMBER = /^#[A-J][A-J14"]*$/;
const STARTS_NUMBER = /^#[A-J]/;

/**
 * Splits braille text into the units a line break may come between: braille words, with a
 * number glued to the number before it.
 */
function units(braille: string): string[] {
  const result: string[] = [];
  for (const word of braille.split(' ').filter(Boolean)) {
    const last = result.at(-1);
    const lastWord = last?.split(' ').at(-1);
    if (last !== undefined && lastWord && WHOLE_NUMBER.test(lastWord) && STARTS_NUMBER.test(word))
      result[result.length - 1] = `${last} ${word}`;
    else result.push(word);
  }
  return result;
}

/**
 * Where a braille word longer than a line may be divided, at most `room` cells in. A number is
 * divided with UEB's one-cell line continuation indicator (dot 5, `"`) at the end of the line
 * (Rules of UEB 2013, §6.10.3; numeric mode carries on to the next line, §6.10.5). A web or
 * email address is divided after a slash (`_/`) or "@" (`@A`), or before a dot (`4`), with no
 * hyphen added, since a hyphen would read as part of the address (UEB §10.13 prefers no
 * division; these words cannot fit otherwise). Anything else is cut at the line's end.
 */
function divide(word: string, room: number): [string, string] {
  if (word.startsWith('#')) return [`${word.slice(0, room - 1)}"`, word.slice(room - 1)];
  let at = -1;
  for (let index = 2; index <= room; index += 1) {
    const before = word.slice(index - 2, index);
    if (before === '_/' || before === '@A' || (word[index] === '4' && index < word.length)) at = index;
  }
  return at > 0 ? [word.slice(0, at), word.slice(at)] : [word.slice(0, room), word.slice(room)];
}

/**
 * Braille text wrapped to the line at braille word boundaries, each line with its indent
 * (`format.first` for the first line, `format.runover` after), or centred. A unit (a word, or
 * a phone number's numbers) is never split unless it is longer than a whole line.
 */
export function wrapBraille(braille: string, format: CellFormat, width = CELLS_PER_LINE): string[] {
  const indentOf = (line: number) => (format.centred ? CENTRED_MARGIN : line === 0 ? format.first : format.runover);
  const roomOf = (line: number) => (format.centred ? width - 2 * CENTRED_MARGIN : width - indentOf(line));
  const lines: string[] = [];
  let current = '';
  const pending = units(braille);
  while (pending.length > 0) {
    const unit = pending.shift() as string;
    const room = roomOf(lines.length);
    const joined = current ? `${current} ${unit}` : unit;
    if (joined.length <= room) {
      current = joined;
      continue;
    }
    if (current) {
      lines.push(current);
      current = '';
      pending.unshift(unit);
      continue;
    }
    // A unit longer than a whole line: a glued number group goes word by word, a word is divided.
    const words = unit.split(' ');
    if (words.length > 1) pending.unshift(...words);
    else {
      const [head, tail] = divide(unit, room);
      lines.push(head);
      pending.unshift(tail);
    }
  }
  if (current) lines.push(current);
  return lines.map((line, index) =>
    format.centred ? ' '.repeat(Math.floor((width - line.length) / 2)) + line : ' '.repeat(indentOf(index)) + line,
  );
}

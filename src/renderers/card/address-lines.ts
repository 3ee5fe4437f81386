import { protectSpaces } from '../../lib/keep-together.ts';
import { createMeasurer } from '../tagged-pdf/fonts.ts';

let measurer: ReturnType<typeof createMeasurer> | undefined;
const measure = () => (measurer ??= createMeasurer());

/** The type a row is set in, and the width of its lines (pt). */
export interface LineSetting {
  size: number;
  lineWidth: number;
  bold: boolean;
}

/**
 * A web or email address in the pieces a line may end between: after each "/" or "@" (as
 * the PDFs break addresses); a piece still too wide for the line also before each of its
 * hyphens and dots, which then start the next line, so no line ends in a hyphen that looks
 * like a word break (Chicago Manual of Style 14.18). A piece is never split inside.
 */
export function addressPieces(address: string, size: number, lineWidth: number, bold = false): string[] {
  const fits = (piece: string) => measure().width(piece, bold, size) <= lineWidth;
  return address.split(/(?<=[/@])/).flatMap((piece) => (fits(piece) ? [piece] : piece.split(/(?=[-.])/)));
}

/**
 * A row's text holding `address`, broken into lines: the words around the address (split at
 * their spaces; phone numbers and dates keep theirs, keep-together.ts) and the address's
 * pieces, punctuation touching the address kept on its piece, filled greedily by the glyph
 * advances of the card's font. Each line is then drawn as one run of text (kerning kept).
 */
export function addressLines(text: string, address: string, setting: LineSetting): string[] {
  const { size, lineWidth, bold } = setting;
  const at = text.indexOf(address);
  const before = protectSpaces(text.slice(0, at)).split(' ');
  const after = protectSpaces(text.slice(at + address.length)).split(' ');
  const pieces = addressPieces(address, size, lineWidth, bold);
  pieces[0] = `${before.pop() ?? ''}${pieces[0] ?? ''}`;
  pieces[pieces.length - 1] = `${pieces.at(-1) ?? ''}${after.shift() ?? ''}`;
  const words = (list: string[]) => list.filter(Boolean).map((piece) => ({ piece, spaceAfter: true }));
  const all = [...words(before), ...pieces.map((piece, index) => ({ piece, spaceAfter: index === pieces.length - 1 })), ...words(after)];
  const lines: string[] = [];
  let line = '';
  let joiner = '';
  for (const { piece, spaceAfter } of all) {
    const longer = `${line}${joiner}${piece}`;
    if (line && measure().width(longer, bold, size) > lineWidth) {
      lines.push(line);
      line = piece;
    } else line = longer;
    joiner = spaceAfter ? ' ' : '';
  }
  lines.push(line);
  return lines;
}

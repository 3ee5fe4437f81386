import { louTranslate } from '../../lib/liblouis.ts';
import { BRF_DISPLAY_TABLE } from './tables.ts';
import type { BrailleTranslator } from './types.ts';

/**
 * The translator the build uses: liblouis (Debian's lou_translate), one process per call with
 * every line of the call in it, writing Braille ASCII through the BRF display table.
 * liblouis writes a character its table lacks as an escape such as '\x2192' in braille, which
 * would emboss as nonsense: that is refused here, naming the character and the table.
 */
export const liblouisTranslator: BrailleTranslator = async (lines, table) => {
  const braille = await louTranslate(lines, { tables: `${BRF_DISPLAY_TABLE},${table}`, direction: 'forward' });
  braille.forEach((out, index) => refuseEscapes(lines[index] ?? '', out, table));
  return braille;
};

function refuseEscapes(print: string, braille: string, table: string): void {
  for (const char of new Set(print)) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    const escape = `\\X${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (braille.includes(escape))
      throw new Error(
        `The braille table ${table} has no sign for "${char}" (U+${code.toString(16).toUpperCase().padStart(4, '0')}) in: ${print.slice(0, 80)}`,
      );
  }
}

/**
 * Reading Braille-ready files back in tests: pages of lines, and braille read back to print
 * with liblouis (Debian's lou_translate), the way the BRF check reads it.
 */
import { louTranslate } from '../../src/lib/liblouis.ts';
import { brailleAsciiToUnicode } from '../../src/checks/output/brf-words.ts';

/** The file's pages (split at form feeds), each as its lines (split at CR LF). */
export function brfPages(bytes: Uint8Array): string[][] {
  return new TextDecoder('latin1')
    .decode(bytes)
    .split('\f')
    .map((page) => {
      const lines = page.split('\r\n');
      if (lines.at(-1) === '') lines.pop();
      return lines;
    });
}

/** Braille ASCII lines read back to print with one liblouis table. */
export function backTranslate(lines: readonly string[], table: string): Promise<string[]> {
  return louTranslate(lines.map(brailleAsciiToUnicode), { tables: `unicode.dis,${table}`, direction: 'backward' });
}

/** Print translated into Braille ASCII with one liblouis table. */
export async function brailleOf(text: string, table: string): Promise<string> {
  const [braille] = await louTranslate([text], { tables: `en-us-brf.dis,${table}`, direction: 'forward' });
  return braille ?? '';
}

import { compareBrfWords } from './brf-words.ts';
import type { CheckFinding } from './finding.ts';

/** What a Braille-ready file should be, from the manifest. */
export interface BrfExpectations {
  lang?: string | undefined;
  /** The charter's text runs, in order. */
  text?: string[] | undefined;
  /** Each run's language. */
  textLangs?: string[] | undefined;
  /** The liblouis table each language was brailled with. */
  brailleTables?: Record<string, string> | undefined;
}

/** The braille page (UKAAF, BANA): 40 cells a line, 25 lines a page. */
export const BRF_CELLS = 40;
export const BRF_LINES = 25;

/** Below this share of the charter's words in the BRF (read back, or found as braille), the file fails. */
export const BRF_MIN_WORDS = 0.99;

/** UKAAF publishes the UK's braille standards and transcription guidance. */
const HELP = 'https://www.ukaaf.org/';

/** At most this many places are named in one finding; the count says how many there are. */
const SHOWN = 5;

const listed = (places: readonly string[]) =>
  places.slice(0, SHOWN).join('; ') + (places.length > SHOWN ? `; and ${places.length - SHOWN} more` : '');

/**
 * A Braille-ready file, from its bytes: North American Braille ASCII only (0x20–0x5F), lines
 * ended with CR LF, a form feed between pages, no line over 40 cells, no page over 25 lines;
 * then the words, back-translated with liblouis (./brf-words.ts): at least 99 % of the
 * charter's words in order, and a warning listing any that did not read back.
 */
export async function checkBrf(target: string, bytes: Uint8Array, expected: BrfExpectations = {}): Promise<CheckFinding[]> {
  const finding = (rule: string, message: string, severity: CheckFinding['severity'] = 'error'): CheckFinding => ({
    format: 'brf',
    tool: 'brf',
    target,
    rule,
    severity,
    wcag: [],
    message,
    help: HELP,
  });
  const findings: CheckFinding[] = [];

  const badBytes: string[] = [];
  const looseEnds: string[] = [];
  bytes.forEach((byte, offset) => {
    const allowed = (byte >= 0x20 && byte <= 0x5f) || byte === 0x0c || byte === 0x0d || byte === 0x0a;
    if (!allowed) badBytes.push(`byte ${offset} is 0x${byte.toString(16).padStart(2, '0')}`);
    if (byte === 0x0a && bytes[offset - 1] !== 0x0d) looseEnds.push(`a line feed without a carriage return at byte ${offset}`);
    if (byte === 0x0d && bytes[offset + 1] !== 0x0a) looseEnds.push(`a carriage return without a line feed at byte ${offset}`);
  });
  if (badBytes.length > 0)
    findings.push(
      finding(
        'brf-charset',
        `${badBytes.length} byte(s) are not North American Braille ASCII (0x20–0x5F; lower case, accented letters and Unicode braille are not BRF): ${listed(badBytes)}.`,
      ),
    );
  if (looseEnds.length > 0) findings.push(finding('brf-line-ends', `Lines must end with CR LF: ${listed(looseEnds)}.`));

  const brf = new TextDecoder('latin1').decode(bytes);
  const pages = brf.split('\f').map((page) => {
    const lines = page.split(/\r\n|\r|\n/);
    if (lines.at(-1) === '') lines.pop();
    return lines;
  });
  const long = pages.flatMap((lines, page) =>
    lines.flatMap((line, index) => (line.length > BRF_CELLS ? [`page ${page + 1}, line ${index + 1}: ${line.length} cells`] : [])),
  );
  if (long.length > 0)
    findings.push(finding('brf-line-length', `${long.length} line(s) are longer than ${BRF_CELLS} cells: ${listed(long)}.`));
  const tall = pages.flatMap((lines, page) => (lines.length > BRF_LINES ? [`page ${page + 1}: ${lines.length} lines`] : []));
  if (tall.length > 0)
    findings.push(finding('brf-page-length', `${tall.length} page(s) have more than ${BRF_LINES} lines: ${listed(tall)}.`));

  if (!expected.text || expected.text.length === 0) return findings;
  try {
    const comparison = await compareBrfWords(
      brf,
      expected.text,
      expected.textLangs ?? [],
      expected.brailleTables ?? {},
      expected.lang ?? 'en-GB',
    );
    const present = comparison.readBack + comparison.foundAsBraille.length;
    const share = comparison.total === 0 ? 1 : present / comparison.total;
    const percent = (value: number) => `${(Math.floor(value * 1000) / 10).toFixed(1)} %`;
    const missing = comparison.missing.length > 0 ? ` Missing from the braille: ${comparison.missing.join(' ')}.` : '';
    const onlyBraille =
      comparison.foundAsBraille.length > 0
        ? ` In the braille but not read back by the table (a transcriber should check them): ${comparison.foundAsBraille.join(' ')}.`
        : '';
    if (share < BRF_MIN_WORDS)
      findings.push(
        finding(
          'brf-text',
          `Only ${percent(share)} of the charter's ${comparison.total} words are in the BRF in order (at least 99 % needed).${missing}${onlyBraille}`,
        ),
      );
    else if (missing || onlyBraille)
      findings.push(
        finding(
          'brf-back-translation',
          `liblouis read back ${comparison.readBack} of the charter's ${comparison.total} words in order (${percent(share)} are in the braille).${missing}${onlyBraille}`,
          'warning',
        ),
      );
  } catch (error) {
    findings.push(finding('brf-back-translation', `The braille could not be read back with liblouis: ${(error as Error).message}`));
  }
  return findings;
}

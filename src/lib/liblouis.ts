import { spawn } from 'node:child_process';

/**
 * Runs Debian's liblouis command-line translator (`lou_translate`, package liblouis-bin) over
 * a batch of lines: one process per call, one line in, one line out. The braille renderer
 * translates with it (forward) and the BRF check reads braille back with it (backward), so
 * both use the same tables from /usr/share/liblouis/tables.
 *
 * Why the system program and not an npm build of liblouis: the npm builds are liblouis
 * compiled to JavaScript years ago (liblouis-js, 3.2 era), with their own copy of the tables,
 * while Debian keeps liblouis 3.24 and its tables maintained and patched; the program is
 * installed by scripts/setup.sh like poppler, and a batch of a few hundred lines takes one
 * process (tens of milliseconds).
 */
export const LOU_TRANSLATE = process.env['LOU_TRANSLATE'] ?? 'lou_translate';

export interface LouTranslateOptions {
  /** The table list as lou_translate takes it: a display table, then the translation table, e.g. "en-us-brf.dis,en-ueb-g2.ctb". */
  tables: string;
  direction: 'forward' | 'backward';
}

/**
 * lou_translate reads backslash escapes (`\x2019`) in its input, so a backslash is written
 * as `\\`; a line break or tab inside a line would end the line or be dropped, so every run of
 * white space (no-break spaces too) becomes one space.
 */
function inputLine(line: string): string {
  return line.replace(/\s+/gu, ' ').replaceAll('\\', '\\\\');
}

/** The lines translated in one lou_translate process, in order, one output line per input line. */
export function louTranslate(lines: readonly string[], options: LouTranslateOptions): Promise<string[]> {
  if (lines.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn(LOU_TRANSLATE, [`--${options.direction}`, options.tables], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`${LOU_TRANSLATE} was not found: install Debian's liblouis-bin (scripts/setup.sh does).`)
          : error,
      ),
    );
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code !== 0) return reject(new Error(`${LOU_TRANSLATE} ${options.tables} failed (exit ${code}): ${stderr}`));
      const text = Buffer.concat(out).toString('utf8');
      const result = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
      if (result.length !== lines.length)
        return reject(new Error(`${LOU_TRANSLATE} ${options.tables} gave ${result.length} lines for ${lines.length}: ${stderr}`));
      resolve(result);
    });
    child.stdin.on('error', () => undefined); // reported by 'close' with the exit code
    child.stdin.end(lines.map(inputLine).join('\n') + '\n', 'utf8');
  });
}

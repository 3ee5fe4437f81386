import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';

/**
 * Runs Debian's liblouis command-line translator (`lou_translate`, package liblouis-bin) over
 * batches of lines, one line in, one line out. The braille renderer translates with it
 * (forward) and the BRF check reads braille back with it (backward), so both use the same
 * tables from /usr/share/liblouis/tables.
 *
 * Why the system program and not an npm build of liblouis: the npm builds are liblouis
 * compiled to JavaScript years ago (liblouis-js, 3.2 era), with their own copy of the tables,
 * while Debian keeps liblouis 3.24 and its tables maintained and patched; the program is
 * installed by scripts/setup.sh like poppler.
 *
 * Why one long-lived process per table list and direction, not one per batch: starting a
 * program forks the calling process first, and forking the ~1 GB render step of a large build
 * took about 45 ms and, for that instant, doubled its resident memory, once per braille file.
 * lou_translate translates each line on its own (lou_translateString per line), so a process
 * that stays open gives the same braille; `stdbuf -oL` makes it write each line as it is done
 * instead of holding it in a pipe buffer until it exits.
 */
export const LOU_TRANSLATE = process.env['LOU_TRANSLATE'] ?? 'lou_translate';

export interface LouTranslateOptions {
  /** The table list as lou_translate takes it: a display table, then the translation table, e.g. "en-us-brf.dis,en-ueb-g2.ctb". */
  tables: string;
  direction: 'forward' | 'backward';
  /** The program to run; LOU_TRANSLATE (environment) or `lou_translate` on the PATH by default. Tests give a stand-in. */
  program?: string;
}

/**
 * lou_translate reads backslash escapes (`\x2019`) in its input, so a backslash is written
 * as `\\`; a line break or tab inside a line would end the line or be dropped, so every run of
 * white space (no-break spaces too) becomes one space.
 */
function inputLine(line: string): string {
  return line.replace(/\s+/gu, ' ').replaceAll('\\', '\\\\');
}

/**
 * Written after every batch: its translation, learnt when the process starts, must come back
 * right after the batch's last line. Anything else means the program gave more or fewer lines
 * than it was sent, and every line after that would be paired with the wrong text.
 */
const END_OF_BATCH = 'end of batch';

interface Batch {
  /** True for the first exchange, which sends the end-of-batch line alone to learn its translation. */
  learn: boolean;
  /** Output lines still to come for this batch, the end-of-batch line included. */
  expected: number;
  lines: string[];
  resolve: (lines: string[]) => void;
  reject: (error: Error) => void;
}

/** One running lou_translate: batches are answered in the order they were written. */
class Translator {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: Batch[] = [];
  private pending = '';
  private stderr = '';
  private endOfBatch: string | undefined;
  private failure: Error | undefined;

  private readonly options: LouTranslateOptions & { program: string };
  private readonly onEnd: (ended: Translator) => void;

  constructor(options: LouTranslateOptions & { program: string }, onEnd: (ended: Translator) => void) {
    this.options = options;
    this.onEnd = onEnd;
    this.child = spawn('stdbuf', ['-oL', options.program, `--${options.direction}`, options.tables], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stderr.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.read(chunk));
    this.child.stderr.on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-2000)));
    this.child.stdin.on('error', () => undefined); // reported by 'close' with the exit code
    this.child.on('error', (error: NodeJS.ErrnoException) =>
      this.fail(error.code === 'ENOENT' ? new Error(`stdbuf (coreutils) was not found: it runs ${options.program} line by line.`) : error),
    );
    this.child.on('close', (code) => {
      const stderr = this.stderr.trim();
      this.fail(
        code === 127
          ? new Error(`${options.program} was not found: install Debian's liblouis-bin (scripts/setup.sh does).`)
          : new Error(`${this.describe()} stopped (exit ${code})${stderr ? `: ${stderr}` : ''}`),
      );
    });
    // An idle translator must not keep a finished build (or a worker thread) alive: when the
    // process exits, lou_translate reads the end of its input and exits too.
    this.idle();
    this.send([END_OF_BATCH], true).catch(() => undefined); // a failure reaches every batch through fail()
  }

  translate(lines: readonly string[]): Promise<string[]> {
    return this.send(lines, false);
  }

  private send(lines: readonly string[], learn: boolean): Promise<string[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.busy();
      this.waiting.push({ learn, expected: lines.length + (learn ? 0 : 1), lines: [], resolve, reject });
      const text = lines.map(inputLine).join('\n') + '\n' + (learn ? '' : END_OF_BATCH + '\n');
      this.child.stdin.write(text, 'utf8');
    });
  }

  private read(chunk: string): void {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      if (this.failure) return;
      const batch = this.waiting[0];
      if (!batch) return this.fail(new Error(`${this.describe()} wrote a line it was not asked for: ${line.slice(0, 80)}`));
      batch.lines.push(line);
      if (batch.lines.length === batch.expected) this.finish(batch);
    }
  }

  private finish(batch: Batch): void {
    this.waiting.shift();
    if (batch.learn) this.endOfBatch = batch.lines[0];
    else if (batch.lines.pop() !== this.endOfBatch)
      return this.fail(new Error(`${this.describe()} gave more or fewer lines than the ${batch.expected - 1} it was sent`), batch);
    batch.resolve(batch.lines);
    if (this.waiting.length === 0) this.idle();
  }

  private describe(): string {
    return `${this.options.program} ${this.options.tables}`;
  }

  /** Every waiting batch fails; the next call starts a new process. */
  private fail(error: Error, first?: Batch): void {
    if (this.failure) return;
    this.failure = error;
    this.onEnd(this);
    for (const batch of first ? [first, ...this.waiting] : this.waiting) batch.reject(error);
    this.waiting.length = 0;
    this.child.kill();
  }

  /** Waiting for lines keeps the process alive; the pipes are sockets (net.Socket) at run time. */
  private busy(): void {
    this.child.ref();
    (this.child.stdout as Socket).ref();
  }

  private idle(): void {
    this.child.unref();
    for (const pipe of [this.child.stdin, this.child.stdout, this.child.stderr]) (pipe as unknown as Socket).unref();
  }
}

const running = new Map<string, Translator>();

/** The lines translated, in order, one output line per input line. */
export function louTranslate(lines: readonly string[], options: LouTranslateOptions): Promise<string[]> {
  if (lines.length === 0) return Promise.resolve([]);
  const program = options.program ?? LOU_TRANSLATE;
  const key = `${program}\n${options.direction}\n${options.tables}`;
  let translator = running.get(key);
  if (!translator) {
    translator = new Translator({ ...options, program }, (ended) => {
      if (running.get(key) === ended) running.delete(key);
    });
    running.set(key, translator);
  }
  return translator.translate(lines);
}

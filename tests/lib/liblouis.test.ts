import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { louTranslate } from '../../src/lib/liblouis.ts';

const ENGLISH = 'en-us-brf.dis,en-ueb-g2.ctb';
const WELSH = 'en-us-brf.dis,cy-cy-g2.ctb';
const work = mkdtempSync(path.join(tmpdir(), 'liblouis-test-'));

/** A stand-in for lou_translate: a bash script, given its body. */
function standIn(name: string, body: string): string {
  const file = path.join(work, name);
  writeFileSync(file, `#!/bin/bash\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

/** What lou_translate gives for the lines in a process of its own (the way it ran before). */
function oneProcess(lines: string[], tables: string): string[] {
  const run = spawnSync('lou_translate', ['--forward', tables], { input: lines.join('\n') + '\n', encoding: 'utf8' });
  return run.stdout.replace(/\n$/u, '').split('\n');
}

const english = ['Hello world', 'We answer letters within 10 working days.', 'Complaints: ring 029 2087 0000', 'the'];
const welsh = ['Croeso', 'Byddwn yn ateb o fewn 10 diwrnod gwaith.', 'Cwynion'];

describe('louTranslate', () => {
  it('gives the braille a process of its own gives, for batches sent at once to two tables', async () => {
    const batches = Array.from({ length: 12 }, (_, i) => (i % 2 ? welsh : english).map((line) => `${line} ${i}`));
    const results = await Promise.all(
      batches.map((lines, i) => louTranslate(lines, { tables: i % 2 ? WELSH : ENGLISH, direction: 'forward' })),
    );
    results.forEach((result, i) => expect(result).toEqual(oneProcess(batches[i] ?? [], i % 2 ? WELSH : ENGLISH)));
  });

  it('starts one process for every batch with the same tables and direction', async () => {
    const starts = path.join(work, 'starts');
    writeFileSync(starts, '');
    const program = standIn('counted', `echo $$ >> ${starts}\nexec lou_translate "$@"`);
    for (let i = 0; i < 5; i++) await louTranslate([`line ${i}`], { tables: ENGLISH, direction: 'forward', program });
    await louTranslate(['again'], { tables: WELSH, direction: 'forward', program });
    expect(readFileSync(starts, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('refuses a batch answered with more lines than it was sent, and starts afresh after', async () => {
    const program = standIn('doubled', 'while IFS= read -r line; do echo "$line"; [ "$line" = "two" ] && echo extra; done');
    await expect(louTranslate(['one'], { tables: ENGLISH, direction: 'forward', program })).resolves.toEqual(['one']);
    await expect(louTranslate(['two', 'three'], { tables: ENGLISH, direction: 'forward', program })).rejects.toThrow(
      /more or fewer lines than the 2 it was sent/u,
    );
    await expect(louTranslate(['four'], { tables: ENGLISH, direction: 'forward', program })).resolves.toEqual(['four']);
  });

  it('fails every waiting batch when the program stops, with what it wrote to stderr', async () => {
    const program = standIn('stops', 'read -r line; echo "$line"; read -r line; echo "table not found" >&2; exit 3');
    await expect(louTranslate(['a', 'b'], { tables: ENGLISH, direction: 'forward', program })).rejects.toThrow(
      /stopped \(exit 3\): table not found/u,
    );
  });

  it('names the package to install when the program is missing', async () => {
    await expect(
      louTranslate(['a'], { tables: ENGLISH, direction: 'forward', program: path.join(work, 'no-such-program') }),
    ).rejects.toThrow(/install Debian's liblouis-bin/u);
  });

  it('lets a finished process exit while its translator is still running', () => {
    const script = `import { louTranslate } from ${JSON.stringify(path.resolve('src/lib/liblouis.ts'))};
      console.log((await louTranslate(['Hello'], { tables: ${JSON.stringify(ENGLISH)}, direction: 'forward' }))[0]);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.signal).toBeNull();
    expect(run.stdout.trim()).toBe(oneProcess(['Hello'], ENGLISH)[0]);
  });
});

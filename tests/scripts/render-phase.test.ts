/**
 * Placing rendered files (scripts/lib/render-phase.ts): each cached file copied to its place,
 * a copy a hand edit cannot reach back through, and a file Astro already wrote refused; a file
 * the previous output has with the same bytes linked from it, and only then.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeRenderedFiles } from '../../scripts/lib/render-phase.ts';
import type { RenderedIndex } from '../../src/outputs/rendered-index.ts';

const work = mkdtempSync(path.join(tmpdir(), 'render-phase-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function indexOf(files: Record<string, string>): RenderedIndex {
  const cache = path.join(work, 'cache');
  mkdirSync(cache, { recursive: true });
  const entries = Object.entries(files).map(([href, text], at) => {
    const file = path.join(cache, `${at}.bin`);
    writeFileSync(file, text);
    const sha256 = createHash('sha256').update(text).digest('hex');
    return [href, { path: file, size: Buffer.byteLength(text), sha256, facts: { 'en-GB': '', 'cy-GB': '' } }] as const;
  });
  return { version: 2, files: Object.fromEntries(entries) };
}

describe('placeRenderedFiles', () => {
  it('copies each file to its place, folders made as needed, as copies a hand edit does not reach back through', () => {
    const index = indexOf({ '/charters/a/a-large-print.pdf': 'A', '/charters/a/a.brf': 'B', '/charters/b/b.brf': 'C' });
    const out = path.join(work, 'out-1');
    placeRenderedFiles(index, out);
    expect(readFileSync(path.join(out, 'charters/a/a-large-print.pdf'), 'utf8')).toBe('A');
    expect(readFileSync(path.join(out, 'charters/a/a.brf'), 'utf8')).toBe('B');
    expect(readFileSync(path.join(out, 'charters/b/b.brf'), 'utf8')).toBe('C');
    writeFileSync(path.join(out, 'charters/a/a.brf'), 'edited by hand');
    expect(readFileSync(index.files['/charters/a/a.brf']!.path, 'utf8')).toBe('B');
  });

  it('refuses a file that is already there, naming it', () => {
    const index = indexOf({ '/charters/a/a.brf': 'B' });
    const out = path.join(work, 'out-2');
    mkdirSync(path.join(out, 'charters/a'), { recursive: true });
    writeFileSync(path.join(out, 'charters/a/a.brf'), 'written by Astro');
    expect(() => placeRenderedFiles(index, out)).toThrow('/charters/a/a.brf was written twice: by Astro and by the render phase.');
    expect(readFileSync(path.join(out, 'charters/a/a.brf'), 'utf8')).toBe('written by Astro');
  });

  it('links from the previous output only a plain file with the rendered bytes', () => {
    const index = indexOf({ '/a/same.pdf': 'same', '/a/edited.pdf': 'rendered', '/a/link.pdf': 'linked', '/a/new.pdf': 'new' });
    const previous = path.join(work, 'previous');
    mkdirSync(path.join(previous, 'a'), { recursive: true });
    writeFileSync(path.join(previous, 'a/same.pdf'), 'same');
    writeFileSync(path.join(previous, 'a/edited.pdf'), 'by hand!'); // the same size, other bytes
    writeFileSync(path.join(work, 'elsewhere.pdf'), 'linked');
    symlinkSync(path.join(work, 'elsewhere.pdf'), path.join(previous, 'a/link.pdf'));
    const out = path.join(work, 'out-3');
    expect(placeRenderedFiles(index, out, previous)).toBe(1);
    const inode = (file: string) => statSync(file).ino;
    expect(inode(path.join(out, 'a/same.pdf'))).toBe(inode(path.join(previous, 'a/same.pdf')));
    expect(readFileSync(path.join(out, 'a/edited.pdf'), 'utf8')).toBe('rendered');
    expect(inode(path.join(out, 'a/edited.pdf'))).not.toBe(inode(path.join(previous, 'a/edited.pdf')));
    expect(readFileSync(path.join(out, 'a/link.pdf'), 'utf8')).toBe('linked');
    expect(inode(path.join(out, 'a/link.pdf'))).not.toBe(inode(path.join(work, 'elsewhere.pdf')));
    expect(readFileSync(path.join(out, 'a/new.pdf'), 'utf8')).toBe('new');
  });

  it('still refuses a file Astro wrote when the previous output has it', () => {
    const index = indexOf({ '/b/b.brf': 'B' });
    const previous = path.join(work, 'previous-b');
    mkdirSync(path.join(previous, 'b'), { recursive: true });
    writeFileSync(path.join(previous, 'b/b.brf'), 'B');
    const out = path.join(work, 'out-4');
    mkdirSync(path.join(out, 'b'), { recursive: true });
    writeFileSync(path.join(out, 'b/b.brf'), 'written by Astro');
    expect(() => placeRenderedFiles(index, out, previous)).toThrow('/b/b.brf was written twice');
  });
});

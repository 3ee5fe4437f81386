/**
 * Placing rendered files (scripts/lib/render-phase.ts): each cached file copied to its place,
 * a copy a hand edit cannot reach back through, and a file Astro already wrote refused.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    return [href, { path: file, size: text.length, sha256: '', facts: { 'en-GB': '', 'cy-GB': '' } }] as const;
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
});

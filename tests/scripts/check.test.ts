/**
 * `npm run check`'s exit codes for runs that cannot pass before any browser starts: 2 for a
 * folder with no checks-manifest.json (never a pass), 3 for a command given wrongly.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/checks/output/report.ts';
import { ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'charters-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const check = (...args: string[]) => spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('a folder with no checks-manifest.json', () => {
  it('exits 2 with the fix, and writes a report that says nothing was checked', () => {
    const folder = path.join(work, 'site');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'index.html'), '<!DOCTYPE html><html lang="en-GB"><title>x</title></html>');
    const out = path.join(work, 'report');
    const run = check(folder, '--out', out);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain('has no checks-manifest.json: it was not built with this project, or the manifest was deleted.');
    expect(run.stderr).toContain('Fix: rebuild with npm run build');
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as CheckReport;
    expect(report.passed).toBe(false);
    expect(report.incomplete?.map((gap) => gap.tool)).toEqual(['manifest']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('Incomplete: 1 check could not run, so this is not a pass');
  });
});

describe('a command given wrongly', () => {
  it('exits 3 for a folder that does not exist', () => {
    const run = check(path.join(work, 'no-such-folder'), '--out', path.join(work, 'unused'));
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/no-such-folder does not exist\. Fix: build the site with npm run build/);
    expect(run.stderr).toContain('Usage: npm run check --');
  });

  it('exits 3 for --record with --changed: the recorded evidence is always a full check', () => {
    const run = check(work, '--record', '--changed', '--out', path.join(work, 'unused'));
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('--record needs a full check: run it without --changed.');
  });

  it('exits 3 for an unknown option, a missing value or two folders', () => {
    expect(check(work, '--recrod').status).toBe(3);
    expect(check(work, '--out').status).toBe(3);
    expect(check(work, work).status).toBe(3);
  });

  it('exits 3 for a baseline that is missing or not valid, naming the line', () => {
    expect(check(work, '--baseline', path.join(work, 'none.json')).status).toBe(3);
    const baseline = path.join(work, 'baseline.json');
    writeFileSync(
      baseline,
      '{\n  "accepted": [\n    { "rule": "color-contrast", "target": "/", "reason": "x", "reviewer": "A", "date": "2026-11-30" }\n  ]\n}\n',
    );
    const run = check(work, '--baseline', baseline);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/baseline\.json:3 error: .*reason/);
  });
});

/**
 * `npm run check -- --changed`: only pages and files whose sealed hash changed since the last
 * complete run's verdict are checked again; the rest carry their earlier findings, and
 * anything a page draws on (a stylesheet) changing means every page again.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planChanged, readVerdict, type Verdict } from '../../../src/checks/output/changed.ts';
import type { CheckFinding } from '../../../src/checks/output/finding.ts';
import type { Manifest } from '../../../src/checks/output/manifest.ts';
import { verdict as verdictOf } from '../../../src/checks/output/report.ts';
import { runChecks } from '../../../src/checks/output/run-checks.ts';
import { sealManifest } from '../../../src/outputs/published-files.ts';
import { serveFolder } from '../../../scripts/lib/static-server.ts';
import { ROOT } from '../../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'changed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pageFile = (page: string) => `${page}index.html`;
const finding = (target: string, tool: CheckFinding['tool'] = 'axe'): CheckFinding => ({
  format: 'web',
  tool,
  target,
  rule: 'color-contrast',
  severity: 'error',
  wcag: ['1.4.3'],
  message: 'x',
});
const hashes = { '/a/index.html': '1', '/b/index.html': '2', '/x.pdf': '3', '/style.css': '4' };
const verdict: Verdict = {
  version: 1,
  date: '2026-12-01T10:00:00.000Z',
  published: hashes,
  findings: [finding('/a/'), finding('/x.pdf'), finding('/x.pdf', 'manifest')],
};
const manifestWith = (published: Record<string, string>): Manifest =>
  ({
    version: 3,
    formats: {},
    files: {},
    published: Object.fromEntries(Object.entries(published).map(([file, sha256]) => [file, { sha256, bytes: 1 }])),
  }) as unknown as Manifest;
const plan = (published: Record<string, string>) => planChanged(verdict, manifestWith(published), ['/a/', '/b/'], ['/x.pdf'], pageFile);

describe('planChanged', () => {
  it('checks nothing again when nothing changed, and carries every finding but the integrity check’s', () => {
    const nothing = plan(hashes);
    expect(nothing.pages).toEqual([]);
    expect([...nothing.files]).toEqual([]);
    expect(nothing.carried).toEqual([finding('/a/'), finding('/x.pdf')]);
    expect(nothing.carriedFrom).toEqual({ date: verdict.date, pages: ['/a/', '/b/'], files: ['/x.pdf'] });
  });

  it('checks a page again when its HTML changed, and drops its earlier findings', () => {
    const changed = plan({ ...hashes, '/a/index.html': 'new' });
    expect(changed.pages).toEqual(['/a/']);
    expect(changed.carried).toEqual([finding('/x.pdf')]);
  });

  it('checks a file again when its bytes changed', () => {
    const changed = plan({ ...hashes, '/x.pdf': 'new' });
    expect(changed.pages).toEqual([]);
    expect([...changed.files]).toEqual(['/x.pdf']);
  });

  it('checks every page again when a stylesheet changed, was added or was removed (WCAG 1.4.3, 1.4.10 depend on it)', () => {
    expect(plan({ ...hashes, '/style.css': 'new' }).pages).toEqual(['/a/', '/b/']);
    expect(plan({ ...hashes, '/new.css': '5' }).pages).toEqual(['/a/', '/b/']);
    const { '/style.css': _removed, ...without } = hashes;
    expect(plan(without).pages).toEqual(['/a/', '/b/']);
  });
});

describe('readVerdict', () => {
  it('says why there is no verdict to use, rather than throwing', () => {
    expect(readVerdict(path.join(work, 'none'))).toMatch(/no verdict\.json/);
    const folder = path.join(work, 'bad');
    cpSync(path.join(ROOT, 'package.json'), path.join(folder, 'verdict.json'));
    expect(readVerdict(folder)).toMatch(/not a verdict/);
  });
});

describe('a --changed run on a real folder', () => {
  it('carries the unchanged page’s findings, checks the changed one again and leaves its own verdict', async () => {
    const folder = path.join(work, 'site');
    const reports = path.join(work, 'reports');
    for (const page of ['low-contrast', 'missing-alt'])
      cpSync(path.join(ROOT, 'tests/fixtures/broken/web', page), path.join(folder, page), { recursive: true });
    writeFileSync(path.join(folder, 'checks-manifest.json'), JSON.stringify({ version: 3, formats: {}, files: {} }));
    sealManifest(folder);
    const options = {
      folder,
      workDir: work,
      pa11yConfig: path.join(ROOT, '.pa11yci.json'),
      pa11y: false,
      pages: ['/low-contrast/', '/missing-alt/'],
      engines: { alfa: false, vnu: false, forcedColors: false, lostContent: false },
      serve: serveFolder,
      verdictDir: reports,
    };
    mkdirSync(reports, { recursive: true });
    const full = await runChecks(options);
    expect(full.carried).toBeUndefined();
    const targets = (found: readonly CheckFinding[]) =>
      [...new Set(found.filter((f) => f.severity === 'error').map((f) => f.target))].sort();
    expect(targets(full.findings)).toEqual(['/low-contrast/', '/missing-alt/']);

    // Mend the missing alt, reseal as a build would, and check only what changed.
    const page = path.join(folder, 'missing-alt/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/<img(?![^>]*alt=)/g, '<img alt="A picture"'));
    sealManifest(folder);
    const previous = readVerdict(reports);
    if (typeof previous === 'string') throw new Error(previous);
    const changed = await runChecks({ ...options, changedSince: previous });
    expect(changed.carried?.pages).toEqual(['/low-contrast/']);
    expect(targets(changed.findings)).toEqual(['/low-contrast/']);
    expect(changed.passed).toBe(false);
    expect(verdictOf(changed)).toContain('the results for 1 unchanged page or file are carried from the run on');
    const next = readVerdict(reports);
    expect(typeof next === 'string' ? next : next.date).toBe(changed.date);
  }, 180_000);
});

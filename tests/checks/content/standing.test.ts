/**
 * The standing check (src/checks/content/standing.ts), through `checkContent` and the two
 * commands authors run: a charter past its next review is a warning at the line of
 * `dates.nextReview` (never a failure); a superseded charter whose replacement is not a
 * published charter is one error at the line of `replacedBy`, from lint:content and the build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatCheckResult } from '../../../src/checks/content/content.ts';
import { checkStanding } from '../../../src/checks/content/standing.ts';
import { formatProblem } from '../../../src/model/content-error.ts';
import { loadContent } from '../../../src/model/load-charter.ts';
import { FIXTURES, ROOT } from '../../helpers/paths.ts';

const STANDING = path.join(FIXTURES, 'standing');
const MISSING = path.join(FIXTURES, 'superseded-by-missing-charter');
const relative = (dir: string) => path.relative(ROOT, dir);
const work = mkdtempSync(path.join(tmpdir(), 'charters-standing-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a script as authors do, with the tests' build date (vitest.config.ts) unless `env` says otherwise. */
function run(script: string, chartersDir: string, args: string[] = [], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHARTERS_DIR: chartersDir, ...env } });
}

const OVERDUE_WARNING = `${relative(STANDING)}/overdue-for-review/charter.mdx:10 warning: This charter was due for review by December 2025 (dates.nextReview), so its page and PDFs say it may be out of date.`;

describe('a charter past its next review', () => {
  it('is a warning at the line of dates.nextReview, with the fix, and the content passes', async () => {
    const result = await checkContent(STANDING);
    expect(result.problems).toEqual([]);
    // Under review and withdrawn charters are past their review too, but their status says more: no warning.
    expect(result.warnings.filter((problem) => problem.rule === 'status').map(formatProblem)).toEqual([
      `${OVERDUE_WARNING}\n  Fix: Ask the organisation whether it still applies. If it was reviewed, update dates.lastReviewed and dates.nextReview; if it is being reviewed, write status: under-review; if it was replaced or withdrawn, say so with status (content/README.md, "Marking a charter out of date").`,
    ]);
    expect(formatCheckResult(result)).toMatch(/Content OK: 5 charters and 1 easy-read edition checked\.$/);
  });

  it('is not a warning until the month of its review has ended', () => {
    const { charters } = loadContent(STANDING);
    expect(checkStanding(charters, STANDING, '2025-12-31').warnings).toEqual([]);
    expect(checkStanding(charters, STANDING, '2026-01-01').warnings).toHaveLength(1);
  });

  it('is printed by npm run lint:content, which still passes', () => {
    const lint = run('scripts/lint-content.ts', STANDING);
    expect(lint.status, lint.stderr).toBe(0);
    expect(lint.stdout).toContain(OVERDUE_WARNING);
  });

  it('follows SOURCE_DATE_EPOCH: before the review was due there is nothing to say', () => {
    const lint = run('scripts/lint-content.ts', STANDING, [], { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 11, 31) / 1000) });
    expect(lint.status, lint.stderr).toBe(0);
    expect(lint.stdout).not.toContain('due for review');
  });

  it('is reported for the RUILS seed, whose next review was December 2011', () => {
    const lint = run('scripts/lint-content.ts', '');
    expect(lint.status, lint.stderr).toBe(0);
    expect(lint.stdout).toContain('content/charters/ruils-customer-care/charter.mdx:9 warning: This charter was due for review by December 2011 (dates.nextReview)');
  });
});

describe('a superseded charter', () => {
  const ERROR = `${relative(MISSING)}/old-charter/charter.mdx:9 error: There is no published charter called "new-charter" to replace this one.`;

  it('must name a published charter: one error at the line of replacedBy, with the fix', async () => {
    const result = await checkContent(MISSING);
    expect(result.problems.map(formatProblem)).toEqual([
      `${ERROR}\n  Fix: Use the folder name of the charter that replaces it: (none). Publish that charter first, or write status: withdrawn if nothing replaces it.`,
    ]);
  });

  it('fails npm run lint:content and the build with the same error, building nothing', () => {
    const lint = run('scripts/lint-content.ts', MISSING);
    const out = path.join(work, 'missing-out');
    const build = run('scripts/build.ts', MISSING, ['--out', out]);
    for (const result of [lint, build]) {
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(ERROR);
      expect(result.stderr).toContain('Nothing was built.');
    }
  });

  it('cannot be replaced by itself, and the fix lists the charters there are', async () => {
    const dir = path.join(work, 'self');
    cpSync(STANDING, dir, { recursive: true });
    const file = path.join(dir, 'superseded-by-newer', 'charter.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('replacedBy: newer-charter', 'replacedBy: superseded-by-newer'));
    const [problem, ...others] = (await checkContent(dir)).problems;
    expect(others).toEqual([]);
    expect(`${problem?.file}:${problem?.line}`).toBe(`${file}:9`);
    expect(problem?.message).toBe('A charter cannot be replaced by itself.');
    expect(problem?.fix).toContain('newer-charter, overdue-for-review, under-review, withdrawn-charter');
  });

  it('may name a charter that is published beside it', async () => {
    expect((await checkContent(STANDING)).problems).toEqual([]);
  });
});

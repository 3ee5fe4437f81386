/**
 * The manual-check record (content/manual-checks.json): "not applicable" needs a reason, a
 * pass or fail needs who and when, a criterion is recorded once per format, and the content
 * check refuses a criterion that is not WCAG 2.2 A or AA, at its line. The committed record
 * claims no check nobody made.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { manualRecordProblems } from '../../src/checks/content/accessibility-evidence.ts';
import { WCAG22_CRITERIA } from '../../src/checks/criteria/wcag22.ts';
import { ManualChecksSchema } from '../../src/schemas/manual-checks.ts';
import { ROOT } from '../helpers/paths.ts';

const made = { who: 'Sam Patel, Access Audits Ltd', when: '2026-11-20' };
const parse = (checks: unknown[]) => ManualChecksSchema.safeParse({ checks });

describe('the manual-check record', () => {
  it('refuses “not applicable” without a reason, and accepts it with one', () => {
    const without = parse([{ criterion: '1.2.1', format: 'web', result: 'not-applicable', ...made }]);
    expect(without.success).toBe(false);
    expect(without.error?.issues[0]?.path).toEqual(['checks', 0, 'reason']);
    expect(
      parse([{ criterion: '1.2.1', format: 'web', result: 'not-applicable', reason: 'The website has no audio or video.', ...made }])
        .success,
    ).toBe(true);
  });

  it('needs who and when (a whole day) for a check that was made, and says what fails', () => {
    expect(parse([{ criterion: '1.1.1', format: 'web', result: 'pass' }]).success).toBe(false);
    expect(parse([{ criterion: '1.1.1', format: 'web', result: 'pass', who: 'A', when: '2026-11' }]).success).toBe(false);
    expect(parse([{ criterion: '2.1.1', format: 'web', result: 'fail', ...made }]).success).toBe(false);
    expect(parse([{ criterion: '1.1.1', format: 'pdf', result: 'not-checked' }]).success).toBe(true);
  });

  it('refuses the same criterion twice for one format', () => {
    const twice = parse([
      { criterion: '1.1.1', format: 'web', result: 'not-checked' },
      { criterion: '1.1.1', format: 'web', result: 'pass', ...made },
    ]);
    expect(twice.error?.issues.map((issue) => issue.message)).toEqual(['1.1.1 is already recorded for web.']);
  });

  it('as committed, lists every criterion for every format as not checked: no check is claimed that nobody made', () => {
    const record = ManualChecksSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'content/manual-checks.json'), 'utf8')));
    expect(record.checks).toHaveLength(WCAG22_CRITERIA.length * 5);
    expect(record.checks.every((check) => check.result === 'not-checked')).toBe(true);
  });
});

describe('the content check of the record', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'manual-checks-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  afterEach(() => delete process.env['MANUAL_CHECKS_FILE']);

  it('names the line of a criterion that is not WCAG 2.2 A or AA, 4.1.1 included', () => {
    const file = path.join(work, 'manual-checks.json');
    writeFileSync(
      file,
      '{\n  "checks": [\n    { "criterion": "1.1.1", "format": "web", "result": "not-checked" },\n    { "criterion": "4.1.1", "format": "web", "result": "not-checked" }\n  ]\n}\n',
    );
    process.env['MANUAL_CHECKS_FILE'] = file;
    const problems = manualRecordProblems();
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [4, '"checks.1.criterion": 4.1.1 is not a WCAG 2.2 success criterion at level A or AA (WCAG 2.2 removed 4.1.1 Parsing).'],
    ]);
  });
});

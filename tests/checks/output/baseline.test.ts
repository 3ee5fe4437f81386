/**
 * The reviewed baseline: accepted findings stop failing and carry their reason; an entry that
 * matches nothing is stale, one past its date accepts nothing; both are warnings.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, type BaselineEntry } from '../../../src/checks/output/baseline.ts';
import type { CheckFinding } from '../../../src/checks/output/finding.ts';
import { BASELINE_FILE, loadBaseline } from '../../../src/model/load-baseline.ts';
import { AccessibilityBaselineSchema } from '../../../src/schemas/accessibility-baseline.ts';
import { ROOT } from '../../helpers/paths.ts';

const finding = (target: string, rule: string, element?: string): CheckFinding => ({
  format: 'web',
  tool: 'axe',
  target,
  rule,
  severity: 'error',
  wcag: ['1.4.3'],
  message: 'm',
  ...(element ? { element } : {}),
});
const reviewed = { reason: 'The text is a logo (WCAG 1.4.3 exception).', reviewer: 'A. Reviewer', date: '2026-11-01' };
const entry = (rule: string, target: string, more: Partial<BaselineEntry> = {}): BaselineEntry => ({ rule, target, ...reviewed, ...more });
const TODAY = '2026-11-30';
const summary = (findings: CheckFinding[]) => findings.map((item) => `${item.target} ${item.rule} ${item.severity}`);

describe('applyBaseline', () => {
  it('accepts a finding matched by rule and target, with who, when and why', () => {
    const settled = applyBaseline(
      [finding('/', 'color-contrast'), finding('/a/', 'color-contrast')],
      [entry('color-contrast', '/')],
      TODAY,
    );
    expect(summary(settled.findings)).toEqual(['/a/ color-contrast error']);
    expect(settled.accepted.map((item) => [item.target, item.accepted])).toEqual([['/', reviewed]]);
  });

  it('matches the element too when the entry gives one', () => {
    const settled = applyBaseline(
      [finding('/', 'color-contrast', '.logo'), finding('/', 'color-contrast', '.footer')],
      [entry('color-contrast', '/', { element: '.logo' })],
      TODAY,
    );
    expect(settled.accepted.map((item) => item.element)).toEqual(['.logo']);
    expect(settled.findings.map((item) => item.element)).toEqual(['.footer']);
  });

  it('reports an entry that matches nothing as stale, a warning', () => {
    const settled = applyBaseline([], [entry('image-alt', '/b/')], TODAY);
    expect(summary(settled.findings)).toEqual(['/b/ baseline-stale warning']);
    expect(settled.findings[0]?.message).toContain('Remove the entry from content/accessibility-baseline.json');
  });

  it('accepts nothing after the entry expires: the finding fails again, and the entry is reported', () => {
    const settled = applyBaseline([finding('/', 'color-contrast')], [entry('color-contrast', '/', { expires: '2026-11-29' })], TODAY);
    expect(summary(settled.findings)).toEqual(['/ color-contrast error', '/ baseline-expired warning']);
    expect(settled.accepted).toEqual([]);
    // On its last day it still accepts.
    expect(
      applyBaseline([finding('/', 'color-contrast')], [entry('color-contrast', '/', { expires: TODAY })], TODAY).accepted,
    ).toHaveLength(1);
  });
});

describe('the baseline file', () => {
  it('is committed, valid, and accepts nothing (the seed charters pass as they are)', () => {
    expect(loadBaseline(path.join(ROOT, BASELINE_FILE), BASELINE_FILE)).toEqual({ accepted: [] });
  });

  it('refuses an entry with no reviewer, a short reason, an impossible day or an unknown key', () => {
    const result = AccessibilityBaselineSchema.safeParse({
      accepted: [{ rule: 'x', target: '/', reason: 'ok', reviewer: '', date: '2026-02-30', note: 'extra' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.') || issue.code).sort()).toEqual(
      ['accepted.0', 'accepted.0.date', 'accepted.0.reason', 'accepted.0.reviewer'].sort(),
    );
  });
});

/**
 * Findings of two engines about one element and criterion become one finding naming both;
 * anything else stays as it was.
 */
import { describe, expect, it } from 'vitest';
import type { CheckFinding } from '../../../src/checks/output/finding.ts';
import { mergeFindings } from '../../../src/checks/output/merge-findings.ts';

const finding = (tool: CheckFinding['tool'], rule: string, wcag: string[], path?: string, target = '/'): CheckFinding => ({
  format: 'web',
  tool,
  target,
  rule,
  severity: 'error',
  wcag,
  message: `${tool} ${rule}`,
  ...(path ? { path } : {}),
});
const IMG = '/html[1]/body[1]/main[1]/img[1]';
const LINK = '/html[1]/body[1]/main[1]/p[1]/a[1]';

describe('mergeFindings', () => {
  it('folds Alfa’s finding into axe’s when both name the same element and criterion', () => {
    const merged = mergeFindings([finding('axe', 'image-alt', ['1.1.1'], IMG), finding('alfa', 'sia-r2', ['1.1.1'], IMG)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ tool: 'axe', rule: 'image-alt', wcag: ['1.1.1'], alsoFoundBy: ['alfa sia-r2'] });
  });

  it('keeps every criterion of the folded finding', () => {
    const merged = mergeFindings([finding('axe', 'link-name', ['2.4.4'], LINK), finding('alfa', 'sia-r11', ['2.4.4', '4.1.2'], LINK)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.wcag).toEqual(['2.4.4', '4.1.2']);
  });

  it('keeps findings apart when the element, the criterion or the page differs', () => {
    const other = '/html[1]/body[1]/main[1]/img[2]';
    expect(mergeFindings([finding('axe', 'image-alt', ['1.1.1'], IMG), finding('alfa', 'sia-r2', ['1.1.1'], other)])).toHaveLength(2);
    expect(mergeFindings([finding('axe', 'color-contrast', ['1.4.3'], IMG), finding('alfa', 'sia-r2', ['1.1.1'], IMG)])).toHaveLength(2);
    expect(
      mergeFindings([finding('axe', 'image-alt', ['1.1.1'], IMG, '/a/'), finding('alfa', 'sia-r2', ['1.1.1'], IMG, '/b/')]),
    ).toHaveLength(2);
  });

  it('never folds two rules of one engine, a finding with no element path, or one with no criterion', () => {
    expect(mergeFindings([finding('axe', 'image-alt', ['1.1.1'], IMG), finding('axe', 'role-img-alt', ['1.1.1'], IMG)])).toHaveLength(2);
    expect(mergeFindings([finding('axe', 'image-alt', ['1.1.1']), finding('alfa', 'sia-r2', ['1.1.1'])])).toHaveLength(2);
    expect(mergeFindings([finding('axe', 'region', [], IMG), finding('alfa', 'sia-r57', [], IMG)])).toHaveLength(2);
  });

  it('keeps the order and leaves its input unchanged', () => {
    const input = [
      finding('axe', 'image-alt', ['1.1.1'], IMG),
      finding('layout', 'reflow-320', ['1.4.10']),
      finding('alfa', 'sia-r2', ['1.1.1'], IMG),
    ];
    const merged = mergeFindings(input);
    expect(merged.map((item) => item.rule)).toEqual(['image-alt', 'reflow-320']);
    expect(input[0]?.alsoFoundBy).toBeUndefined();
  });
});

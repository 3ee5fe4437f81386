import type { CheckFinding } from './finding.ts';

/**
 * One finding per element and criterion, whichever engines found it: when a later finding is
 * about the same page and element (its `path`) as an earlier one from another tool, at the same
 * severity, and shares a WCAG criterion with it, it is folded into the earlier one, which lists
 * it in `alsoFoundBy` ("alfa sia-r2") and takes its criteria too, so no criterion leaves the
 * report. Two engines agreeing is stronger evidence, not two failures. Findings with no path or
 * no criterion (best practice) are kept as they are, and a finding is never folded into one of
 * its own tool's (two rules of one engine on one element are two problems). Order is kept (the
 * first engine's wording leads: axe runs first).
 */
export function mergeFindings(findings: readonly CheckFinding[]): CheckFinding[] {
  const kept: CheckFinding[] = [];
  const byElement = new Map<string, CheckFinding[]>();
  for (const finding of findings) {
    if (!finding.path || finding.wcag.length === 0) {
      kept.push(finding);
      continue;
    }
    const key = `${finding.target}\u0000${finding.path}`;
    const earlier = byElement.get(key) ?? [];
    const same = earlier.find(
      (candidate) =>
        candidate.tool !== finding.tool &&
        candidate.severity === finding.severity &&
        candidate.wcag.some((criterion) => finding.wcag.includes(criterion)),
    );
    if (same) {
      same.alsoFoundBy = [...(same.alsoFoundBy ?? []), `${finding.tool} ${finding.rule}`];
      same.wcag = [...same.wcag, ...finding.wcag.filter((criterion) => !same.wcag.includes(criterion))];
      continue;
    }
    const copy = { ...finding, wcag: [...finding.wcag] };
    byElement.set(key, [...earlier, copy]);
    kept.push(copy);
  }
  return kept;
}

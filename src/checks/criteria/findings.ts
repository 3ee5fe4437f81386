import type { Evidence, EvidenceFinding } from './evidence.ts';

/**
 * A finding with its number in the report, so the criteria tables, the file list and the
 * statement can point at it: failures and warnings are "finding-1", "finding-2", …, findings
 * the baseline accepted "accepted-1", … (each list in its own order, below).
 */
export interface NumberedFinding {
  /** The id of its place in the report, e.g. "finding-3". */
  id: string;
  /** Its number within its list, from 1. */
  number: number;
  /** Whether the reviewed baseline accepted it. */
  accepted: boolean;
  finding: EvidenceFinding;
}

const text = (value: string | undefined) => value ?? '';

/**
 * The report's order: by page or file, failures before warnings, then tool, rule, element and
 * message, so two runs that find the same things number them the same (a stable report to
 * review and commit).
 */
export function compareFindings(a: EvidenceFinding, b: EvidenceFinding): number {
  const keys = (finding: EvidenceFinding) => [
    finding.target,
    finding.severity === 'error' ? '0' : '1',
    finding.tool,
    finding.rule,
    text(finding.element),
    finding.message,
  ];
  const [x, y] = [keys(a), keys(b)];
  for (let index = 0; index < x.length; index += 1) {
    const [left = '', right = ''] = [x[index], y[index]];
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}

/** Every finding of a run, numbered: the counted findings first, then the accepted ones. */
export function numberFindings(evidence: Pick<Evidence, 'findings' | 'accepted'>): NumberedFinding[] {
  const number = (findings: readonly EvidenceFinding[], accepted: boolean, prefix: string) =>
    [...findings].sort(compareFindings).map((finding, index) => ({ id: `${prefix}-${index + 1}`, number: index + 1, accepted, finding }));
  return [...number(evidence.findings, false, 'finding'), ...number(evidence.accepted ?? [], true, 'accepted')];
}

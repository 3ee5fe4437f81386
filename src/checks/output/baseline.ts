import type { CheckFinding } from './finding.ts';

/**
 * One reviewed, accepted finding, as content/accessibility-baseline.json gives it (validated
 * by src/schemas/accessibility-baseline.ts; declared here as plain data because the output
 * checks import no schema, README: How it fits together).
 */
export interface BaselineEntry {
  rule: string;
  target: string;
  element?: string | undefined;
  reason: string;
  reviewer: string;
  date: string;
  expires?: string | undefined;
}

export interface SettledFindings {
  /** Findings the baseline does not accept (they fail the run if errors), and its own warnings. */
  findings: CheckFinding[];
  /** Findings the baseline accepts, each with `accepted` saying who, when and why. */
  accepted: CheckFinding[];
}

const matches = (entry: BaselineEntry, finding: CheckFinding) =>
  entry.rule === finding.rule && entry.target === finding.target && (entry.element === undefined || entry.element === finding.element);

const where = (entry: BaselineEntry) => `${entry.rule} on ${entry.target}${entry.element ? ` at ${entry.element}` : ''}`;

/**
 * Splits a run's findings by the reviewed baseline: a finding an entry matches (same rule and
 * target, and element when the entry gives one) is accepted with the entry's reason; every
 * other finding stands. An entry past its `expires` date accepts nothing (the finding fails
 * again, so a promised fix cannot slip silently), and an entry that matches nothing is stale:
 * both are warnings, so the baseline is kept honest without failing a run that is clean.
 * `today` is the run's date, YYYY-MM-DD.
 */
export function applyBaseline(findings: readonly CheckFinding[], entries: readonly BaselineEntry[], today: string): SettledFindings {
  const live = entries.filter((entry) => !entry.expires || entry.expires >= today);
  const used = new Set<BaselineEntry>();
  const kept: CheckFinding[] = [];
  const accepted: CheckFinding[] = [];
  for (const finding of findings) {
    const entry = live.find((candidate) => matches(candidate, finding));
    if (!entry) {
      kept.push(finding);
      continue;
    }
    used.add(entry);
    const { reason, reviewer, date, expires } = entry;
    accepted.push({ ...finding, accepted: { reason, reviewer, date, ...(expires ? { expires } : {}) } });
  }
  const warning = (entry: BaselineEntry, rule: string, message: string): CheckFinding => ({
    // Not about a page or a format's file, but about the baseline itself.
    format: 'baseline',
    tool: 'baseline',
    target: entry.target,
    rule,
    severity: 'warning',
    wcag: [],
    message,
    ...(entry.element ? { element: entry.element } : {}),
  });
  for (const entry of entries) {
    if (entry.expires && entry.expires < today)
      kept.push(
        warning(
          entry,
          'baseline-expired',
          `The baseline accepted ${where(entry)} until ${entry.expires} ("${entry.reason}", ${entry.reviewer}); it has expired, so the finding counts again. Fix it, or review it again and give a new date in content/accessibility-baseline.json.`,
        ),
      );
    else if (!used.has(entry))
      kept.push(
        warning(
          entry,
          'baseline-stale',
          `The baseline accepts ${where(entry)}, but this run found nothing it matches: it was fixed, or moved. Remove the entry from content/accessibility-baseline.json so it cannot hide a new finding later.`,
        ),
      );
  }
  return { findings: kept, accepted };
}

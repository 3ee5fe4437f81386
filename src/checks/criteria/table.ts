import { MANUAL_FORMATS, type ManualCheck, type ManualFormat, type ManualResult } from '../../schemas/manual-checks.ts';
import { compareScopes, scopeOf, targetsIn, type CheckRule, type Evidence } from './evidence.ts';
import { numberFindings, type NumberedFinding } from './findings.ts';
import { compareCriteria, criterionOf, WCAG22_CRITERIA, type SuccessCriterion } from './wcag22.ts';

/**
 * The automated result of a criterion on one kind of page or file: failed; failed only where
 * the reviewed baseline accepts it; passed (a rule mapped to the criterion ran and found
 * nothing); or untested (no rule mapped to it ran there).
 */
export type AutomatedResult = 'fail' | 'accepted' | 'pass' | 'untested';

/** A criterion's automated checks on one scope: web pages, or files of one check kind. */
export interface ScopeResult {
  /** "page", or the check kind of the files ("pdf", "card-png", …). */
  scope: string;
  /** How many pages or files of the scope the run checked. */
  targets: number;
  /** The rules mapped to the criterion that ran on the scope. */
  rules: { tool: string; rule: string }[];
  failures: NumberedFinding[];
  accepted: NumberedFinding[];
  warnings: NumberedFinding[];
  result: AutomatedResult;
}

/** A criterion's manual check in one format, from content/manual-checks.json. */
export interface ManualRow {
  format: ManualFormat;
  result: ManualResult;
  /** The record's entry, when it has one (a format with no entry is not checked). */
  check?: ManualCheck;
}

/**
 * A criterion's result: it fails when an automated check or a person found a failure; it
 * passes only when a person confirmed it in every format (automated checks alone never pass
 * a criterion: W3C, WCAG-EM); otherwise it needs a manual check.
 */
export type CriterionVerdict = 'fail' | 'pass' | 'needs-manual';

export interface CriterionResult {
  criterion: SuccessCriterion;
  scopes: ScopeResult[];
  automated: AutomatedResult;
  manual: ManualRow[];
  result: CriterionVerdict;
}

const RANK: Record<AutomatedResult, number> = { fail: 3, accepted: 2, pass: 1, untested: 0 };
const worst = (results: readonly AutomatedResult[]): AutomatedResult =>
  results.reduce<AutomatedResult>((a, b) => (RANK[b] > RANK[a] ? b : a), 'untested');

/** The rules mapped to a criterion, by the scope they ran on. */
function rulesByScope(rules: readonly CheckRule[], criterion: string): Map<string, { tool: string; rule: string }[]> {
  const byScope = new Map<string, { tool: string; rule: string }[]>();
  for (const rule of rules.filter((candidate) => candidate.wcag.includes(criterion)))
    for (const scope of rule.on) byScope.set(scope, [...(byScope.get(scope) ?? []), { tool: rule.tool, rule: rule.rule }]);
  return byScope;
}

function scopeResults(evidence: Evidence, criterion: string, numbered: readonly NumberedFinding[]): ScopeResult[] {
  const rules = rulesByScope(evidence.rules ?? [], criterion);
  const about = numbered.filter((entry) => entry.finding.wcag.includes(criterion));
  const scopes = new Set([...rules.keys(), ...about.map((entry) => scopeOf(evidence, entry.finding.target))]);
  return [...scopes]
    .sort(compareScopes)
    .map((scope) => {
      const here = about.filter((entry) => scopeOf(evidence, entry.finding.target) === scope);
      const failures = here.filter((entry) => !entry.accepted && entry.finding.severity === 'error');
      const accepted = here.filter((entry) => entry.accepted);
      const warnings = here.filter((entry) => !entry.accepted && entry.finding.severity === 'warning');
      const scopeRules = rules.get(scope) ?? [];
      const targets = targetsIn(evidence, scope);
      const result: AutomatedResult =
        failures.length > 0 ? 'fail' : accepted.length > 0 ? 'accepted' : scopeRules.length > 0 && targets > 0 ? 'pass' : 'untested';
      return { scope, targets, rules: scopeRules, failures, accepted, warnings, result };
    })
    .filter((result) => result.targets > 0 || result.failures.length + result.accepted.length + result.warnings.length > 0);
}

/**
 * The formats a person has to check: web pages, and each kind of file the run found (PDFs,
 * easy read, cards, Braille), in the record's order.
 */
export function manualFormatsOf(evidence: Evidence): ManualFormat[] {
  const files = evidence.checked.files ?? [];
  const present: Record<ManualFormat, boolean> = {
    web: evidence.checked.pages.length > 0,
    pdf: files.some((file) => ['pdf', 'print-booklet-pdf'].includes(file.check ?? '') && !file.format.includes('easy-read')),
    'easy-read':
      files.some((file) => file.format.includes('easy-read')) || evidence.checked.pages.some((page) => page.includes('/easy-read/')),
    card: files.some((file) => (file.check ?? '').startsWith('card-')),
    braille: files.some((file) => file.check === 'brf' || file.format.includes('braille')),
  };
  return MANUAL_FORMATS.filter((format) => present[format]);
}

function manualRows(formats: readonly ManualFormat[], criterion: string, manual: readonly ManualCheck[]): ManualRow[] {
  const recorded = manual.filter((check) => check.criterion === criterion);
  return MANUAL_FORMATS.filter((format) => formats.includes(format) || recorded.some((check) => check.format === format)).map((format) => {
    const check = recorded.find((entry) => entry.format === format);
    return check ? { format, result: check.result, check } : { format, result: 'not-checked' as const };
  });
}

function verdictOf(automated: AutomatedResult, manual: readonly ManualRow[]): CriterionVerdict {
  if (automated === 'fail' || automated === 'accepted' || manual.some((row) => row.result === 'fail')) return 'fail';
  const confirmed = manual.length > 0 && manual.every((row) => row.result === 'pass' || row.result === 'not-applicable');
  return confirmed ? 'pass' : 'needs-manual';
}

/**
 * Every WCAG 2.2 A and AA success criterion with what tested it automatically, where, with
 * what result, and what people recorded (content/manual-checks.json).
 */
export function criteriaTable(
  evidence: Evidence,
  manual: readonly ManualCheck[],
  numbered: readonly NumberedFinding[] = numberFindings(evidence),
): CriterionResult[] {
  const formats = manualFormatsOf(evidence);
  return WCAG22_CRITERIA.map((criterion) => {
    const scopes = scopeResults(evidence, criterion.number, numbered);
    const automated = worst(scopes.map((scope) => scope.result));
    const rows = manualRows(formats, criterion.number, manual);
    return { criterion, scopes, automated, manual: rows, result: verdictOf(automated, rows) };
  });
}

/**
 * Findings that name a criterion outside WCAG 2.2 A and AA: an AAA criterion (the cards' 7:1
 * contrast, 1.4.6) or 4.1.1, which WCAG 2.2 removed. The report lists them apart, so they
 * neither vanish nor count against the A and AA table.
 */
export function otherCriteria(numbered: readonly NumberedFinding[]): [string, NumberedFinding[]][] {
  const byCriterion = new Map<string, NumberedFinding[]>();
  for (const entry of numbered)
    for (const sc of entry.finding.wcag.filter((number) => !criterionOf(number)))
      byCriterion.set(sc, [...(byCriterion.get(sc) ?? []), entry]);
  return [...byCriterion.entries()].sort(([a], [b]) => compareCriteria(a, b));
}

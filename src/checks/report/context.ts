import type { UiLanguage } from '../../i18n/index.ts';
import type { ManualChecks } from '../../schemas/manual-checks.ts';
import type { Evidence } from '../criteria/evidence.ts';
import type { NumberedFinding } from '../criteria/findings.ts';
import type { CriterionResult } from '../criteria/table.ts';
import { link, type ReportInline } from './document.ts';
import type { Words } from './words.ts';

export interface ReportOptions {
  /** The language of the report's own words. */
  lang: UiLanguage;
  /** The manual-check record (content/manual-checks.json), when there is one. */
  manual?: ManualChecks | undefined;
  /** Where the same evidence is as JSON, from the report page. */
  jsonHref: string;
  /** The accessibility statement, on the published page. */
  statementHref?: string | undefined;
}

/** What every section of the report is built from. */
export interface ReportContext {
  evidence: Evidence;
  words: Words;
  options: ReportOptions;
  /** Every finding with its number and anchor. */
  numbered: NumberedFinding[];
  criteria: CriterionResult[];
  /** The language the manual record's notes are written in. */
  manualLang: string;
}

/** Links to findings by number ("finding 3, finding 7"), as inlines. */
export function findingLinks(context: ReportContext, entries: readonly NumberedFinding[]): ReportInline[][] {
  return entries.map((entry) => [
    link(context.words.tr(entry.accepted ? 'report.link.accepted' : 'report.link.finding', { number: entry.number }), `#${entry.id}`),
  ]);
}

import type { CheckRule } from '../criteria/evidence.ts';
import { reportDocument, type ReportOptions } from '../report/build.ts';
import { renderReportHtml } from '../report/html.ts';
import { verdictSentences } from '../report/intro.ts';
import { wordsFor } from '../report/words.ts';
import type { CheckFinding, IncompleteCheck } from './finding.ts';
import type { ManifestTranslation } from './manifest.ts';

/** Everything an auditor needs from one run: what was checked, with what, and what failed. */
export interface CheckReport {
  /** When the run finished (ISO 8601). */
  date: string;
  folder: string;
  passed: boolean;
  checked: {
    pages: string[];
    /** Files checked as PDFs, and as cards (a card PDF is both). */
    pdfs: string[];
    cards: string[];
    /** Every file checked, with its output format and the check kind that verified it. */
    files?: { file: string; format: string; check?: string }[];
  };
  /** Output formats by id, with the names the summary gives them (from the manifest). */
  formats?: Record<string, string>;
  /** Translated pairs of pages and whether the build checked their parity (from the manifest). */
  translations?: ManifestTranslation[];
  tools: { name: string; version: string; checks: string }[];
  /** Every rule the run applied, with the WCAG criteria it tests and what it ran on (rule-catalogue.ts). */
  rules?: CheckRule[];
  findings: CheckFinding[];
  /** Findings the reviewed baseline accepts (content/accessibility-baseline.json), each with its reason: they do not fail. */
  accepted?: CheckFinding[];
  /** Checks that could not run on a page or file: the run is incomplete and never a pass (exit 2). */
  incomplete?: IncompleteCheck[];
  /** A `--changed` run: the pages and files not checked again, whose findings come from the run of `from`. */
  carried?: { from: string; pages: string[]; files: string[] };
}

export function errorsOf(report: Pick<CheckReport, 'findings'>): CheckFinding[] {
  return report.findings.filter((finding) => finding.severity === 'error');
}

/**
 * The run's verdict for the console, in the report's words: it says what the automated checks
 * found in how many pages and files, never that the site or its PDFs conform.
 */
export function verdict(report: CheckReport): string {
  return verdictSentences(report, wordsFor('en-GB')).join(' ');
}

/**
 * The auditor's report as a readable, accessible HTML page (no JavaScript), beside report.json:
 * the same document the site publishes at /accessibility/report/ (src/checks/report/).
 */
export function reportHtml(report: CheckReport, manual?: ReportOptions['manual']): string {
  return renderReportHtml(reportDocument(report, { lang: 'en-GB', manual, jsonHref: 'report.json' }));
}

import { failuresOf } from '../checks/criteria/evidence.ts';
import { TAGGED_PDF_KINDS } from '../checks/criteria/matterhorn.ts';
import { translator, type MessageKey, type UiLanguage } from '../i18n/index.ts';
import { uiLangWithin } from '../lib/ui-language.ts';
import { loadManualChecks, loadRecordedReport, loadStatementBaseline } from '../model/load-evidence.ts';
import type { ManualFormat } from '../schemas/manual-checks.ts';
import type { RecordedReport } from '../schemas/recorded-report.ts';
import type { KnownGaps, Site } from '../schemas/site.ts';
import type { Edition } from './editions.ts';
import { knownIssueText } from './site-pages.ts';

/**
 * What the accessibility statement says from evidence rather than from prose: the last
 * recorded check run (content/accessibility-report.json), the findings people accepted
 * (content/accessibility-baseline.json), the failures people found (content/manual-checks.json)
 * and the gaps the product knows of itself (its PDFs unvalidated, easy read untested, card
 * pictures of text), each with its criterion and its fix date from site.yaml.
 */
export interface StatementIssue {
  /** What fails, in words a user can act on. */
  description: string;
  /** The language of `description` when it is not the page's (the tools' English, the baseline's words). */
  lang?: string | undefined;
  /** The page or file, when the issue is about one. */
  where?: string | undefined;
  /** More about it: the reason a finding was accepted, and what is offered meanwhile. */
  detail?: { text: string; lang?: string | undefined } | undefined;
  /** WCAG 2.2 criteria it fails, or may fail. */
  criteria: string[];
  /** "fails" for a known failure; "may-fail" for what is not yet tested; "beyond-aa" for a level AAA criterion. */
  kind: 'fails' | 'may-fail' | 'beyond-aa';
  /** When it will be fixed (YYYY-MM or YYYY-MM-DD). */
  fixBy?: string | undefined;
}

/** The last check run in counts, for the statement's sentence about it. */
export interface LastCheck {
  /** The day it ran (YYYY-MM-DD). */
  date: string;
  pages: number;
  pdfs: number;
  cardFiles: number;
  failures: number;
  accepted: number;
}

/** The language the tools write their messages in. */
const TOOLS_LANG = 'en-GB';

export function lastCheckOf(report: RecordedReport): LastCheck {
  return {
    date: report.date.slice(0, 10),
    pages: report.checked.pages.length,
    pdfs: report.checked.pdfs.length,
    cardFiles: report.checked.cards.length,
    failures: failuresOf(report).length,
    accepted: report.accepted?.length ?? 0,
  };
}

/** The failures of the last run, one per rule and message, with the first page or file it was found on. */
function recordedFailures(report: RecordedReport | undefined, pageLang: string): StatementIssue[] {
  const unique = new Map(failuresOf(report ?? { findings: [] }).map((finding) => [`${finding.rule}\u0000${finding.message}`, finding]));
  return [...unique.values()].map((finding) => ({
    description: finding.message,
    lang: uiLangWithin(pageLang, TOOLS_LANG),
    where: finding.target,
    criteria: [...finding.wcag],
    kind: 'fails',
  }));
}

/**
 * Each failure the reviewed baseline accepts until a date, described by what the last run
 * found, with the reviewer's note and that date as the fix date. An entry with no end date is a
 * false positive (src/schemas/accessibility-baseline.ts: "leave out only for a false positive"),
 * not content that fails, so the statement does not list it.
 */
function baselineIssues(report: RecordedReport | undefined, pageLang: string): StatementIssue[] {
  const entries = (loadStatementBaseline()?.accepted ?? []).filter((entry) => entry.expires);
  return entries.map((entry) => {
    const found = (report?.accepted ?? []).find(
      (finding) =>
        finding.rule === entry.rule &&
        finding.target === entry.target &&
        (entry.element === undefined || entry.element === finding.element),
    );
    return {
      description: found?.message ?? entry.rule,
      lang: uiLangWithin(pageLang, TOOLS_LANG),
      where: entry.target,
      detail: { text: entry.reason, lang: uiLangWithin(pageLang, TOOLS_LANG) },
      criteria: found ? [...found.wcag] : [],
      kind: 'fails',
      fixBy: entry.expires,
    };
  });
}

const FORMAT_NAMES: Record<ManualFormat, MessageKey> = {
  web: 'report.manualFormat.web',
  pdf: 'report.manualFormat.pdf',
  'easy-read': 'report.manualFormat.easyRead',
  card: 'report.manualFormat.card',
  braille: 'report.manualFormat.braille',
};

/** Failures people recorded in content/manual-checks.json, in the record's words. */
function manualFailures(uiLang: UiLanguage, pageLang: string): StatementIssue[] {
  const record = loadManualChecks();
  const tr = translator(uiLang);
  return (record?.checks ?? []).flatMap((check) =>
    check.result === 'fail'
      ? [
          {
            description: check.notes,
            lang: uiLangWithin(pageLang, record?.language ?? TOOLS_LANG),
            where: tr(FORMAT_NAMES[check.format]),
            criteria: [check.criterion],
            kind: 'fails' as const,
          },
        ]
      : [],
  );
}

/** The gaps the product knows of itself, each where it applies, in the page's language. */
function knownGaps(site: Site, uiLang: UiLanguage, report: RecordedReport | undefined, editions: readonly Edition[]): StatementIssue[] {
  const tr = translator(uiLang);
  const dates: KnownGaps = site.statement.knownGaps;
  const taggedPdfs = report
    ? (report.checked.files ?? []).some((file) => TAGGED_PDF_KINDS.includes(file.check ?? ''))
    : editions.length > 0;
  const untestedEasyRead = editions.some((edition) => edition.easyRead && !edition.easyRead.easyRead?.testedWith);
  return [
    ...(taggedPdfs
      ? [{ description: tr('statement.gap.pdfua'), criteria: ['1.3.1'], kind: 'may-fail' as const, fixBy: dates.pdfValidation }]
      : []),
    ...(untestedEasyRead
      ? [{ description: tr('statement.gap.easyRead'), criteria: ['3.1.5'], kind: 'beyond-aa' as const, fixBy: dates.easyReadTesting }]
      : []),
    ...(editions.length > 0
      ? [
          {
            description: tr('statement.gap.cardImages', { label: tr('charter.card.text') }),
            criteria: ['1.4.5'],
            kind: 'may-fail' as const,
            fixBy: dates.cardImagesOfText,
          },
        ]
      : []),
  ];
}

/** Every problem the statement lists, most certain first: site.yaml's, the last run's, the baseline's, people's, then the known gaps. */
export function statementIssues(site: Site, uiLang: UiLanguage, pageLang: string, editions: readonly Edition[]): StatementIssue[] {
  const report = loadRecordedReport();
  const configured = site.knownIssues.map((issue): StatementIssue => {
    const description = knownIssueText(site, issue, uiLang);
    return {
      description: description.text,
      lang: uiLangWithin(pageLang, description.lang),
      criteria: [issue.wcag],
      kind: 'fails',
      fixBy: issue.fixBy,
    };
  });
  return [
    ...configured,
    ...recordedFailures(report, pageLang),
    ...baselineIssues(report, pageLang),
    ...manualFailures(uiLang, pageLang),
    ...knownGaps(site, uiLang, report, editions),
  ];
}

/** The last recorded check run, or undefined when none has been recorded. */
export function lastCheck(): LastCheck | undefined {
  const report = loadRecordedReport();
  return report ? lastCheckOf(report) : undefined;
}

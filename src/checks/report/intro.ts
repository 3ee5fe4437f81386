import { failuresOf, type Evidence } from '../criteria/evidence.ts';
import { code, link, paragraph, text, type ReportBlock, type ReportInline } from './document.ts';
import type { ReportContext } from './context.ts';
import { QUOTED_LANG, type Words } from './words.ts';

/** How many files the run checked (the manifest's files, and PDFs it did not list). */
function fileCount(evidence: Evidence): number {
  return evidence.checked.files?.length ?? new Set([...evidence.checked.pdfs, ...evidence.checked.cards]).size;
}

/**
 * The run's verdict in words: incomplete, failed or passed, with what it covered. "Passed"
 * is said of the automated checks only, never of the website or of PDF/UA conformance.
 */
export function verdictSentences(evidence: Evidence, words: Words): string[] {
  const { tr } = words;
  const failures = failuresOf(evidence).length;
  const covered = {
    pages: tr('report.count.pages', { count: evidence.checked.pages.length }),
    files: tr('report.count.files', { count: fileCount(evidence) }),
  };
  const unchecked = evidence.incomplete?.length ?? 0;
  const accepted = evidence.accepted?.length ?? 0;
  const warnings = evidence.findings.filter((finding) => finding.severity === 'warning').length;
  return [
    unchecked > 0 ? tr('report.verdict.incomplete', { count: unchecked }) : '',
    failures > 0 ? tr('report.verdict.failed', { count: failures, ...covered }) : tr('report.verdict.passed', covered),
    accepted > 0 ? tr('report.verdict.accepted', { count: accepted }) : '',
    warnings > 0 ? tr('report.verdict.warnings', { count: warnings }) : '',
    // A --changed run says plainly that part of its verdict is an earlier run's.
    evidence.carried
      ? tr('report.verdict.carried', {
          count: evidence.carried.pages.length + evidence.carried.files.length,
          date: words.date(evidence.carried.from),
          time: evidence.carried.from.slice(11, 16),
        })
      : '',
  ].filter(Boolean);
}

/** The checks that could not run, each with its page or file and the error it gave. */
function incompleteBlocks(evidence: Evidence, words: Words): ReportBlock[] {
  const gaps = evidence.incomplete ?? [];
  if (gaps.length === 0) return [];
  return [
    paragraph(text(words.tr('report.incomplete.intro', { count: gaps.length }))),
    {
      type: 'list',
      items: gaps.map((gap) => [code(gap.target), text(` (${gap.tool}): `), text(gap.reason, { lang: words.quoted(QUOTED_LANG) })]),
    },
  ];
}

/** Before the first section: the verdict, when and where, what the checks are not, and the data. */
export function introBlocks(context: ReportContext): ReportBlock[] {
  const { evidence, words, options } = context;
  const { tr } = words;
  const when: ReportInline[] = [
    text(tr('report.checkedOn', { date: words.date(evidence.date), time: evidence.date.slice(11, 16) })),
    ...(evidence.folder ? [text(' '), ...words.sentence('report.folder', { folder: [code(evidence.folder)] })] : []),
  ];
  const data = words.sentence('report.data', { jsonLink: [link(tr('report.data.link'), options.jsonHref)] });
  const statement = options.statementHref
    ? [text(' '), ...words.sentence('report.statement', { statementLink: [link(tr('report.statement.link'), options.statementHref)] })]
    : [];
  return [
    { type: 'paragraph', role: 'verdict', content: [text(verdictSentences(evidence, words).join(' '))] },
    ...incompleteBlocks(evidence, words),
    paragraph(...when),
    { type: 'paragraph', role: 'note', content: [text(tr('report.notConformance'))] },
    paragraph(...data, ...statement),
  ];
}

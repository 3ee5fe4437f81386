import type { NumberedFinding } from '../criteria/findings.ts';
import { otherCriteria } from '../criteria/table.ts';
import { criterionAnchor, criterionOf } from '../criteria/wcag22.ts';
import { code, joined, link, paragraph, text, type ReportInline, type ReportItem, type ReportSection } from './document.ts';
import { findingLinks, type ReportContext } from './context.ts';
import { QUOTED_LANG } from './words.ts';

/** The criteria a finding names: A and AA ones linked to their part of the report. */
function criteriaOf(context: ReportContext, entry: NumberedFinding): ReportInline[] {
  const { finding } = entry;
  const { tr } = context.words;
  const wcag = finding.wcag.map((number) => (criterionOf(number) ? [link(number, `#${criterionAnchor(number)}`)] : [text(number)]));
  const parts = [
    ...(wcag.length > 0 ? [[text('WCAG 2.2 '), ...joined(wcag, ', ')]] : []),
    ...(finding.pdfua ? [[text(`PDF/UA-1 ${finding.pdfua}`)]] : []),
  ];
  return parts.length > 0 ? joined(parts, '; ') : [text(tr('report.finding.noCriterion'))];
}

function item(context: ReportContext, entry: NumberedFinding): ReportItem {
  const { words } = context;
  const { tr } = words;
  const { finding } = entry;
  const quoted = words.quoted(QUOTED_LANG);
  const title = entry.accepted
    ? 'report.finding.accepted'
    : finding.severity === 'error'
      ? 'report.finding.failure'
      : 'report.finding.warning';
  const accepted = finding.accepted;
  const byReviewer = words.quoted(context.manualLang);
  return {
    id: entry.id,
    content: [text(`${tr(title, { number: entry.number })} `, { strong: true }), text(finding.message, { lang: quoted })],
    facts: [
      { term: tr('report.finding.rule'), value: [code(finding.rule), text(` (${words.tool(finding.tool)})`)] },
      { term: tr('report.finding.criteria'), value: criteriaOf(context, entry) },
      ...(finding.element ? [{ term: tr('report.finding.where'), value: [code(finding.element)] }] : []),
      ...(finding.alsoFoundBy?.length ? [{ term: tr('report.finding.alsoFoundBy'), value: [text(finding.alsoFoundBy.join(', '))] }] : []),
      ...(finding.help
        ? [
            {
              term: tr('report.finding.help'),
              value: [link(tr('report.finding.helpLink', { rule: finding.rule }), finding.help, { hreflang: QUOTED_LANG })],
            },
          ]
        : []),
      ...(accepted
        ? [
            {
              term: tr('report.finding.acceptedBy'),
              value: words.sentence(
                'report.finding.acceptedValue',
                { reviewer: [text(accepted.reviewer, { lang: byReviewer })], reason: [text(accepted.reason, { lang: byReviewer })] },
                { date: words.date(accepted.date) },
              ),
            },
            ...(accepted.expires ? [{ term: tr('report.finding.until'), value: [text(words.date(accepted.expires))] }] : []),
          ]
        : []),
    ],
  };
}

/** One h3 per page or file, with its findings in the report's order. */
function byTarget(context: ReportContext, entries: readonly NumberedFinding[], prefix: string): ReportSection[] {
  const targets = [...new Set(entries.map((entry) => entry.finding.target))];
  return targets.map((target, index) => ({
    id: `${prefix}-${index + 1}`,
    level: 3,
    heading: [code(target)],
    blocks: [{ type: 'items', items: entries.filter((entry) => entry.finding.target === target).map((entry) => item(context, entry)) }],
    sections: [],
  }));
}

/** Every finding that counts, by page or file. */
export function findingsSection(context: ReportContext): ReportSection {
  const { tr } = context.words;
  const counted = context.numbered.filter((entry) => !entry.accepted);
  return {
    id: 'findings',
    level: 2,
    heading: [text(tr('report.findings.heading'))],
    blocks: counted.length === 0 ? [paragraph(text(tr('report.findings.none')))] : [],
    sections: byTarget(context, counted, 'findings-on'),
  };
}

/** The findings the reviewed baseline accepts, each with who accepted it, when and why; none when there are none. */
export function acceptedSection(context: ReportContext): ReportSection[] {
  const { tr } = context.words;
  const accepted = context.numbered.filter((entry) => entry.accepted);
  if (accepted.length === 0) return [];
  return [
    {
      id: 'accepted',
      level: 2,
      heading: [text(tr('report.accepted.heading'))],
      blocks: [paragraph(text(tr('report.accepted.intro')))],
      sections: byTarget(context, accepted, 'accepted-on'),
    },
  ];
}

/** Findings against AAA criteria or 4.1.1 (removed in WCAG 2.2): listed, never lost, never counted in the table. */
export function otherCriteriaSection(context: ReportContext): ReportSection[] {
  const { tr } = context.words;
  const others = otherCriteria(context.numbered);
  if (others.length === 0) return [];
  return [
    {
      id: 'other-criteria',
      level: 2,
      heading: [text(tr('report.other.heading'))],
      blocks: [
        paragraph(text(tr('report.other.intro'))),
        { type: 'list', items: others.map(([number, entries]) => [text(`${number}: `), ...joined(findingLinks(context, entries), ', ')]) },
      ],
      sections: [],
    },
  ];
}

import type { EvidenceFinding } from '../criteria/evidence.ts';
import { paragraph, text, type ReportRow, type ReportSection } from './document.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { ReportContext } from './context.ts';

const HEAD: MessageKey[] = [
  'report.summary.format',
  'report.summary.checked',
  'report.summary.tools',
  'report.summary.failures',
  'report.summary.accepted',
  'report.summary.warnings',
  'report.summary.result',
];

/** The tools whose rules ran on pages or files of these kinds, by their names. */
export function toolsOn(context: ReportContext, scopes: readonly string[]): string[] {
  const tools = new Set(
    (context.evidence.rules ?? []).filter((rule) => rule.on.some((on) => scopes.includes(on))).map((rule) => rule.tool),
  );
  return [...tools].map((tool) => context.words.tool(tool)).sort((a, b) => a.localeCompare(b, context.words.lang));
}

/** A format's result: failed, failed only where the baseline accepts it, or the checks passed. */
export function resultWords(context: ReportContext, findings: readonly EvidenceFinding[], accepted: number): string {
  const { tr } = context.words;
  if (findings.some((finding) => finding.severity === 'error')) return tr('report.result.failed');
  return accepted > 0 ? tr('report.result.accepted') : tr('report.result.checksPassed');
}

function row(context: ReportContext, label: string, format: string, count: number, scopes: readonly string[]): ReportRow {
  const { evidence } = context;
  const findings = evidence.findings.filter((finding) => finding.format === format);
  const accepted = (evidence.accepted ?? []).filter((finding) => finding.format === format).length;
  const failures = findings.filter((finding) => finding.severity === 'error').length;
  return {
    header: [text(label)],
    cells: [
      [text(String(count))],
      [text(toolsOn(context, scopes).join(', '))],
      [text(String(failures))],
      [text(String(accepted))],
      [text(String(findings.length - failures))],
      [text(resultWords(context, findings, accepted), { strong: failures > 0 })],
    ],
  };
}

/**
 * One row for the web pages, then one per output format with files (labels from the build's
 * manifest), with the checks that ran on each and what they found. "Checks passed" for PDFs
 * is said precisely: the note below says it is not PDF/UA conformance.
 */
export function summarySection(context: ReportContext): ReportSection {
  const { evidence, words } = context;
  const { tr } = words;
  const files = evidence.checked.files ?? [];
  const formats = Object.entries(evidence.formats ?? {}).flatMap(([id, label]) => {
    const own = files.filter((file) => file.format === id);
    const found = evidence.findings.some((finding) => finding.format === id);
    if (own.length === 0 && !found) return [];
    const shown = id === 'pdf' ? tr('report.format.unlistedPdf') : label;
    return [row(context, shown, id, own.length, [...new Set(own.map((file) => file.check ?? ''))])];
  });
  return {
    id: 'summary',
    level: 2,
    heading: [text(tr('report.summary.heading'))],
    blocks: [
      {
        type: 'table',
        caption: tr('report.summary.caption'),
        head: HEAD.map((key) => tr(key)),
        rows: [row(context, words.scope('page'), 'web', evidence.checked.pages.length, ['page']), ...formats],
      },
      paragraph(text(tr('report.summary.pdfNote'))),
    ],
    sections: [],
  };
}

import { MATTERHORN_HUMAN, matterhornTable, type MatterhornResult } from '../criteria/matterhorn.ts';
import { code, joined, paragraph, text, type ReportInline, type ReportRow, type ReportSection } from './document.ts';
import { findingLinks, type ReportContext } from './context.ts';
import { QUOTED_LANG } from './words.ts';

function resultCell(context: ReportContext, result: MatterhornResult): ReportInline[] {
  const { tr } = context.words;
  if (result.result === 'pass') return [text(tr('report.result.checksPassed'))];
  const entries = result.result === 'fail' ? result.failures : result.accepted;
  const key = result.result === 'fail' ? 'report.matterhorn.failed' : 'report.matterhorn.accepted';
  return context.words.sentence(key, { links: joined(findingLinks(context, entries), ', ') });
}

function testedRow(context: ReportContext, result: MatterhornResult): ReportRow {
  const { words } = context;
  const { checkpoint } = result;
  const how = joined(
    checkpoint.rules.map((rule) => [code(rule)]),
    ', ',
  );
  return {
    header: [text(checkpoint.id)],
    cells: [
      [text(checkpoint.condition, { lang: words.quoted(QUOTED_LANG) })],
      [text(checkpoint.clause)],
      checkpoint.partly ? [...how, text(` (${words.tr(checkpoint.partly)})`)] : how,
      resultCell(context, result),
    ],
  };
}

/**
 * The Matterhorn Protocol checkpoints the PDF checks test, with their result over the tagged
 * PDFs, and those that need a person. Said plainly: this is not a PDF/UA validation.
 */
export function matterhornSection(context: ReportContext): ReportSection {
  const { evidence, words } = context;
  const { tr } = words;
  const results = matterhornTable(evidence, context.numbered);
  const files = results[0]?.files ?? 0;
  const booklets = (evidence.checked.files ?? []).some((file) => file.check === 'print-booklet-pdf');
  return {
    id: 'matterhorn',
    level: 2,
    heading: [text(tr('report.matterhorn.heading'))],
    blocks: [
      paragraph(text(tr('report.matterhorn.intro', { files: tr('report.count.files', { count: files }) }))),
      ...(booklets ? [paragraph(text(tr('report.matterhorn.booklets')))] : []),
      {
        type: 'table',
        caption: tr('report.matterhorn.tested'),
        head: [
          tr('report.matterhorn.checkpoint'),
          tr('report.matterhorn.condition'),
          tr('report.matterhorn.clause'),
          tr('report.matterhorn.how'),
          tr('report.criteria.result'),
        ],
        rows: results.map((result) => testedRow(context, result)),
      },
      {
        type: 'table',
        caption: tr('report.matterhorn.human'),
        head: [
          tr('report.matterhorn.checkpoint'),
          tr('report.matterhorn.condition'),
          tr('report.matterhorn.clause'),
          tr('report.criteria.result'),
        ],
        rows: MATTERHORN_HUMAN.map((checkpoint) => ({
          header: [text(checkpoint.id)],
          cells: [
            [text(checkpoint.condition, { lang: words.quoted(QUOTED_LANG) })],
            [text(checkpoint.clause)],
            [text(tr('report.matterhorn.notChecked'))],
          ],
        })),
      },
    ],
    sections: [],
  };
}

import type { NumberedFinding } from '../criteria/findings.ts';
import { code, joined, paragraph, text, type ReportInline, type ReportRow, type ReportSection } from './document.ts';
import { findingLinks, type ReportContext } from './context.ts';
import { toolsOn } from './summary-section.ts';
import { QUOTED_LANG } from './words.ts';

function resultCell(context: ReportContext, entries: readonly NumberedFinding[]): ReportInline[] {
  const { words } = context;
  const failures = entries.filter((entry) => !entry.accepted && entry.finding.severity === 'error');
  const accepted = entries.filter((entry) => entry.accepted);
  if (failures.length > 0)
    return [text(`${words.tr('report.result.failed')}: `, { strong: true }), ...joined(findingLinks(context, failures), ', ')];
  if (accepted.length > 0) return [text(`${words.tr('report.result.accepted')}: `), ...joined(findingLinks(context, accepted), ', ')];
  return [text(words.tr('report.result.checksPassed'))];
}

/**
 * Every page and file the run checked, what it is, which checks ran on it and their result,
 * so an auditor can start from any page or file as well as from any criterion.
 */
export function filesSection(context: ReportContext): ReportSection {
  const { evidence, words } = context;
  const { tr } = words;
  const on = (target: string) => context.numbered.filter((entry) => entry.finding.target === target);
  const pageTools = toolsOn(context, ['page']).join(', ');
  const pages: ReportRow[] = evidence.checked.pages.map((page) => ({
    header: [code(page)],
    cells: [[text(words.scope('page'))], [text(pageTools)], resultCell(context, on(page))],
  }));
  const files: ReportRow[] = (evidence.checked.files ?? []).map((file) => ({
    header: [code(file.file)],
    cells: [
      [text(file.format === 'pdf' ? tr('report.format.unlistedPdf') : (evidence.formats?.[file.format] ?? file.format))],
      [text(toolsOn(context, [file.check ?? '']).join(', '))],
      resultCell(context, on(file.file)),
    ],
  }));
  return {
    id: 'files',
    level: 2,
    heading: [text(tr('report.files.heading'))],
    blocks: [
      {
        type: 'table',
        caption: tr('report.files.caption'),
        head: [tr('report.files.target'), tr('report.summary.format'), tr('report.summary.tools'), tr('report.summary.result')],
        rows: [...pages, ...files],
      },
    ],
    sections: [],
  };
}

/** The tools that ran, their versions and what each checked (the tools' own English words). */
export function toolsSection(context: ReportContext): ReportSection {
  const { evidence, words } = context;
  const { tr } = words;
  const lang = words.quoted(QUOTED_LANG);
  return {
    id: 'tools',
    level: 2,
    heading: [text(tr('report.tools.heading'))],
    blocks: [
      {
        type: 'table',
        caption: tr('report.tools.caption'),
        head: [tr('report.tools.tool'), tr('report.tools.version'), tr('report.tools.checks')],
        rows: evidence.tools.map((tool) => ({
          header: [text(tool.name, { lang })],
          cells: [[text(tool.version)], [text(tool.checks, { lang })]],
        })),
      },
    ],
    sections: [],
  };
}

/**
 * Every translated pair and its parity result (Welsh Language Standards: Welsh no less
 * favourably than English). The build fails on a difference when parity is required, so a
 * checked pair in a built site is one that matched. None when the site has no pairs.
 */
export function translationsSection(context: ReportContext): ReportSection[] {
  const { evidence, words } = context;
  const { tr } = words;
  const pairs = evidence.translations ?? [];
  if (pairs.length === 0) return [];
  return [
    {
      id: 'translations',
      level: 2,
      heading: [text(tr('report.translations.heading'))],
      blocks: [
        {
          type: 'table',
          caption: tr('report.translations.caption'),
          head: [tr('report.translations.pages'), tr('report.translations.parity')],
          rows: pairs.map((pair) => ({
            header: words.sentence(
              'report.translations.pair',
              { first: [code(pair.pages[0])], second: [code(pair.pages[1])] },
              { firstLang: pair.langs[0], secondLang: pair.langs[1] },
            ),
            cells: [[text(tr(pair.parity === 'checked' ? 'report.translations.checked' : 'report.translations.notRequired'))]],
          })),
        },
      ],
      sections: [],
    },
  ];
}

/** What people still have to do: the manual checks recorded and not yet done, and the checks no criterion covers. */
export function manualSection(context: ReportContext): ReportSection {
  const { tr } = context.words;
  const rows = context.criteria.flatMap((result) => result.manual);
  const done = rows.filter((row) => row.result !== 'not-checked').length;
  return {
    id: 'manual',
    level: 2,
    heading: [text(tr('report.manualChecks.heading'))],
    blocks: [
      paragraph(text(tr('report.manualChecks.intro'))),
      paragraph(text(tr('report.manualChecks.progress', { done, total: rows.length }))),
      paragraph(text(tr('report.manualChecks.also'))),
      {
        type: 'list',
        items: (
          [
            'report.manualChecks.task.pdfua',
            'report.manualChecks.task.assistive',
            'report.manualChecks.task.easyRead',
            'report.manualChecks.task.cards',
            'report.manualChecks.task.braille',
          ] as const
        ).map((key) => [text(tr(key))]),
      },
    ],
    sections: [],
  };
}

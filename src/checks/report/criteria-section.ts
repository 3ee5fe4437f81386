import type { MessageKey } from '../../i18n/index.ts';
import type { AutomatedResult, CriterionResult, CriterionVerdict, ManualRow, ScopeResult } from '../criteria/table.ts';
import { criterionAnchor, understandingUrl, WCAG22_CRITERIA } from '../criteria/wcag22.ts';
import type { ManualResult } from '../../schemas/manual-checks.ts';
import {
  code,
  joined,
  link,
  paragraph,
  text,
  type ReportBlock,
  type ReportInline,
  type ReportRow,
  type ReportSection,
} from './document.ts';
import { findingLinks, type ReportContext } from './context.ts';
import { QUOTED_LANG } from './words.ts';

const VERDICT: Record<CriterionVerdict, MessageKey> = {
  fail: 'report.criterion.result.fail',
  pass: 'report.criterion.result.pass',
  'needs-manual': 'report.criterion.result.needsManual',
};

const MANUAL: Record<ManualResult, MessageKey> = {
  pass: 'report.manual.result.pass',
  fail: 'report.manual.result.fail',
  'not-applicable': 'report.manual.result.notApplicable',
  'not-checked': 'report.manual.result.notChecked',
};

/** A scope's result in a few words: "passed (4 rules)", "2 failures", … */
function scopeResultWords(context: ReportContext, scope: ScopeResult): string {
  const { tr } = context.words;
  const words: Record<AutomatedResult, string> = {
    pass: tr('report.automated.pass', { count: scope.rules.length }),
    fail: tr('report.automated.fail', { count: scope.failures.length }),
    accepted: tr('report.automated.accepted', { count: scope.accepted.length }),
    untested: tr('report.automated.untested'),
  };
  return words[scope.result];
}

function automatedCell(context: ReportContext, result: CriterionResult): ReportInline[] {
  const { words } = context;
  if (result.scopes.length === 0) return [text(words.tr('report.automated.none'))];
  return [
    text(
      result.scopes
        .map((scope) => words.tr('report.automated.scope', { scope: words.scope(scope.scope), result: scopeResultWords(context, scope) }))
        .join('; '),
    ),
  ];
}

function manualCell(context: ReportContext, rows: readonly ManualRow[]): ReportInline[] {
  const { words } = context;
  if (rows.length === 0) return [text(words.tr('report.manual.result.notChecked'))];
  return [
    text(
      rows
        .map((row) => words.tr('report.manual.cell', { format: words.manualFormat(row.format), result: words.tr(MANUAL[row.result]) }))
        .join('; '),
    ),
  ];
}

/** The criterion's number and W3C name (English, marked when the report is not). */
const criterionName = (result: CriterionResult) => `${result.criterion.number} ${result.criterion.name}`;

function tableRow(context: ReportContext, result: CriterionResult): ReportRow {
  const { words } = context;
  return {
    header: [link(criterionName(result), `#${criterionAnchor(result.criterion.number)}`, { lang: words.quoted(QUOTED_LANG) })],
    cells: [
      [text(result.criterion.level)],
      automatedCell(context, result),
      manualCell(context, result.manual),
      [text(words.tr(VERDICT[result.result]), { strong: result.result === 'fail' })],
    ],
  };
}

/** What ran on one scope, with what result, and links to what it found. */
function scopeItem(context: ReportContext, scope: ScopeResult): ReportInline[] {
  const { words } = context;
  const { tr } = words;
  const targets =
    scope.scope === 'page' ? tr('report.count.pages', { count: scope.targets }) : tr('report.count.files', { count: scope.targets });
  const byTool = new Map<string, string[]>();
  for (const entry of scope.rules) byTool.set(entry.tool, [...(byTool.get(entry.tool) ?? []), entry.rule]);
  const rules = joined(
    [...byTool.entries()].map(([tool, ids]) => [
      text(`${words.tool(tool)}: `),
      ...joined(
        ids.map((id) => [code(id)]),
        ', ',
      ),
    ]),
    '; ',
  );
  const found = (key: MessageKey, entries: ScopeResult['failures']) =>
    entries.length > 0 ? [text(' '), ...words.sentence(key, { links: joined(findingLinks(context, entries), ', ') })] : [];
  return [
    text(tr('report.criterion.scope', { scope: words.scope(scope.scope), targets, result: scopeResultWords(context, scope) })),
    ...(scope.rules.length > 0 ? [text(' '), ...words.sentence('report.criterion.rules', { rules })] : []),
    ...found('report.criterion.failures', scope.failures),
    ...found('report.criterion.acceptedFindings', scope.accepted),
    ...found('report.criterion.warnings', scope.warnings),
  ];
}

/** One format's manual check: who, when, how and what they found, or that nobody has checked it. */
function manualItem(context: ReportContext, row: ManualRow): ReportInline[] {
  const { words } = context;
  const { tr } = words;
  const lang = words.quoted(context.manualLang);
  const format = words.manualFormat(row.format);
  const check = row.check;
  if (!check || check.result === 'not-checked') {
    const notes = check?.notes ? [text(' '), ...words.sentence('report.manual.notes', { notes: [text(check.notes, { lang })] })] : [];
    return [text(tr('report.manual.notChecked', { format })), ...notes];
  }
  const extra = (key: MessageKey, slot: string, value: string | undefined) =>
    value ? [text(' '), ...words.sentence(key, { [slot]: [text(value, { lang })] })] : [];
  return [
    ...words.sentence(
      'report.manual.done',
      { who: [text(check.who, { lang })] },
      { format, result: tr(MANUAL[check.result]), date: words.date(check.when) },
    ),
    ...extra('report.manual.method', 'method', check.method),
    ...extra('report.manual.reason', 'reason', check.result === 'not-applicable' ? check.reason : undefined),
    ...extra('report.manual.notes', 'notes', check.notes),
  ];
}

function detailSection(context: ReportContext, result: CriterionResult): ReportSection {
  const { words } = context;
  const { tr } = words;
  const understanding = link(tr('report.criterion.understanding'), understandingUrl(result.criterion), { hreflang: QUOTED_LANG });
  const blocks: ReportBlock[] = [
    paragraph(...words.sentence('report.criterion.about', { understanding: [understanding] }, { level: result.criterion.level })),
    paragraph(text(tr('report.criterion.verdict', { result: tr(VERDICT[result.result]) }), { strong: result.result === 'fail' })),
    result.scopes.length === 0
      ? paragraph(text(tr('report.criterion.noRule')))
      : { type: 'list', items: result.scopes.map((scope) => scopeItem(context, scope)) },
    paragraph(text(tr('report.criterion.manual'))),
    { type: 'list', items: result.manual.map((row) => manualItem(context, row)) },
  ];
  return {
    id: criterionAnchor(result.criterion.number),
    level: 3,
    heading: [text(`${result.criterion.number} `), text(result.criterion.name, { lang: words.quoted(QUOTED_LANG) })],
    blocks,
    sections: [],
  };
}

/** How many criteria fail, passed the automated checks only, have no automated check, or were confirmed. */
function counts(context: ReportContext): ReportBlock {
  const { tr } = context.words;
  const { criteria } = context;
  const needs = criteria.filter((result) => result.result === 'needs-manual');
  return {
    type: 'list',
    items: [
      tr('report.criteria.count.fail', { count: criteria.filter((result) => result.result === 'fail').length }),
      tr('report.criteria.count.automatedOnly', { count: needs.filter((result) => result.automated === 'pass').length }),
      tr('report.criteria.count.untested', { count: needs.filter((result) => result.automated !== 'pass').length }),
      tr('report.criteria.count.confirmed', { count: criteria.filter((result) => result.result === 'pass').length }),
    ].map((sentence) => [text(sentence)]),
  };
}

/**
 * Every WCAG 2.2 A and AA success criterion: a table with one row each (the rules mapped to it,
 * their result on each kind of page or file, the manual checks recorded, the criterion's
 * result), then a part for each criterion with the detail an auditor checks it by.
 */
export function criteriaSection(context: ReportContext): ReportSection {
  const { tr } = context.words;
  return {
    id: 'criteria',
    level: 2,
    heading: [text(tr('report.criteria.heading'))],
    blocks: [
      paragraph(text(tr('report.criteria.intro', { count: WCAG22_CRITERIA.length }))),
      counts(context),
      {
        type: 'table',
        caption: tr('report.criteria.caption'),
        head: [
          tr('report.criteria.criterion'),
          tr('report.criteria.level'),
          tr('report.criteria.automated'),
          tr('report.criteria.manual'),
          tr('report.criteria.result'),
        ],
        rows: context.criteria.map((result) => tableRow(context, result)),
      },
    ],
    sections: context.criteria.map((result) => detailSection(context, result)),
  };
}

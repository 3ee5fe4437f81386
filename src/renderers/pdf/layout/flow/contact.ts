import { tParts } from '../../../../i18n/index.ts';
import { contactRows, type ContactRow } from '../../../../model/contact-rows.ts';
import type { FlowItem, Run, StructNode } from '../types.ts';
import { textItem, type FlowContext, type Frame } from './context.ts';

/**
 * The charter's contact details (from the frontmatter) as a Div of one P per row, in the
 * order every format shows them (contact-rows.ts): the team in bold, then "Label: value".
 * Phones, emails and the website are Links. Nothing when the charter has no contact details.
 */
export function contactFlow(ctx: FlowContext, frame: Frame, spaceBefore: number): FlowItem[] {
  const details = ctx.doc.meta.contact;
  if (!details) return [];
  // The labels are the renderer's own words, so the Div carries their language when it differs.
  const div = ctx.node('Div', frame.parent, ctx.ui);
  const rows: ContactRow[] = [
    ...(details.team ? [{ label: '', lines: [details.team] }] : []),
    ...contactRows(details, ctx.uiLanguage, { easyRead: ctx.doc.edition === 'easy-read' }),
  ];
  return rows.map((row, index) =>
    textItem(ctx, frame, contactRowRuns(ctx, div, row), { spaceBefore: index === 0 ? spaceBefore : ctx.gap.item, keepTogether: true }),
  );
}

/**
 * One row's runs: the label's words in bold (the dictionary's row sentence, "Label: value"),
 * then the value (owned by a Link when it can be dialled, emailed or visited). The team has no label.
 */
function contactRowRuns(ctx: FlowContext, div: StructNode, row: ContactRow): Run[] {
  const p = ctx.node('P', div);
  const value = row.lines.join(', ');
  const link = row.href ? ctx.node('Link', p, { href: row.href, contents: ctx.t('contact.row', { label: row.label, value }) }) : undefined;
  if (!row.label) return [{ text: value, bold: true, struct: link ?? p }];
  return tParts(ctx.uiLanguage, 'contact.row', ['value'], { label: row.label }).map((part) =>
    'text' in part ? { text: part.text, bold: true, struct: p } : { text: value, bold: false, struct: link ?? p },
  );
}

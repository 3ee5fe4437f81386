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
  // The labels are the renderer's own words, so the Div carries the UI language when it differs.
  const div = ctx.node('Div', frame.parent, ctx.ui);
  const rows: ContactRow[] = [...(details.team ? [{ label: '', lines: [details.team] }] : []), ...contactRows(details)];
  return rows.map((row, index) =>
    textItem(ctx, frame, contactRowRuns(ctx, div, row), { spaceBefore: index === 0 ? spaceBefore : ctx.gap.item }),
  );
}

/** One row's runs: a bold label, then the value (owned by a Link when it can be dialled, emailed or visited). */
function contactRowRuns(ctx: FlowContext, div: StructNode, row: ContactRow): Run[] {
  const p = ctx.node('P', div);
  const value = row.lines.join(', ');
  const link = row.href ? ctx.node('Link', p, { href: row.href, contents: `${row.label}: ${value}` }) : undefined;
  return [...(row.label ? [{ text: `${row.label}: `, bold: true, struct: p }] : []), { text: value, bold: !row.label, struct: link ?? p }];
}

import { tParts } from '../../../../i18n/index.ts';
import { contactHeading, contactRows, type ContactRow } from '../../../../model/contact-rows.ts';
import type { FlowItem, Run, StructNode } from '../types.ts';
import { boldRun, textItem, type FlowContext, type Frame } from './context.ts';

/**
 * An H2 "Contact <organisation>" (in the bookmarks) with the contact details under it: the
 * end of a full charter whose text does not place them, and an easy-read booklet's back page.
 * Nothing when the charter has no contact details.
 */
export function contactSectionFlow(ctx: FlowContext, frame: Frame, spaceBefore: number): FlowItem[] {
  const { doc, profile } = ctx;
  if (!doc.meta.contact) return [];
  const h2 = ctx.node('H2', frame.parent, ctx.ui);
  const title = contactHeading(doc.meta.organisation, ctx.uiLanguage);
  return [
    textItem(ctx, frame, [boldRun(title, h2)], {
      size: profile.headingSize[2],
      spaceBefore,
      keepWithNext: true,
      heading: { level: 2, title },
    }),
    ...contactFlow(ctx, frame, ctx.gap.paragraph),
  ];
}

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

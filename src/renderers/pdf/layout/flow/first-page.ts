import { formatPartialDate } from '../../../../lib/format-date.ts';
import type { CharterDocument } from '../../../../model/types.ts';
import type { FlowItem, Run, TextItem } from '../types.ts';
import { boldRun, textItem, type FlowContext, type Frame, type PdfContext } from './context.ts';

/**
 * Page 1: the title (H1), the organisation, the dates (or, for easy read, whether readers
 * checked it) and how to get other formats (UKAAF G003: "title and originator of the
 * document should be at the beginning"; Accessible Information Standard for the request).
 */
export function firstPageFlow(ctx: FlowContext, frame: Frame, context: PdfContext): FlowItem[] {
  const { doc, profile } = ctx;
  const h1 = ctx.node('H1', frame.parent);
  return [
    textItem(ctx, frame, [boldRun(doc.title, h1)], {
      size: profile.headingSize[1],
      spaceBefore: 0,
      keepWithNext: true,
      heading: { level: 1, title: doc.title },
    }),
    ...(doc.edition === 'easy-read' ? easyReadOriginFlow(ctx, frame) : charterOriginFlow(ctx, frame)),
    formatsFlow(ctx, frame, context),
  ];
}

/** Who publishes the charter (with the service, if it covers one) and its review dates. */
function charterOriginFlow(ctx: FlowContext, frame: Frame): TextItem[] {
  const { meta } = ctx.doc;
  const org = ctx.node('P', frame.parent);
  const organisation = textItem(ctx, frame, [boldRun(meta.service ? `${meta.organisation}, ${meta.service}` : meta.organisation, org)], {
    spaceBefore: ctx.gap.item,
  });
  const dates = ctx.node('P', frame.parent, ctx.ui);
  const { lastReviewed, nextReview } = meta.dates;
  const text = `Last reviewed: ${lastReviewed ? formatPartialDate(lastReviewed) : 'not stated'}. Next review: ${nextReview ? formatPartialDate(nextReview) : 'not stated'}.`;
  return [organisation, textItem(ctx, frame, [{ text, bold: false, struct: dates }], { spaceBefore: ctx.gap.item })];
}

/** Easy read: who publishes the booklet, and whether people with learning disabilities checked it (ER-15). */
function easyReadOriginFlow(ctx: FlowContext, frame: Frame): TextItem[] {
  const { doc } = ctx;
  const org = ctx.node('P', frame.parent, ctx.ui);
  const organisation = textItem(ctx, frame, [boldRun(`An easy read booklet from ${doc.meta.organisation}.`, org)], {
    spaceBefore: ctx.gap.item,
  });
  const tested = ctx.node('P', frame.parent, ctx.ui);
  const testedWith = doc.easyRead?.testedWith;
  const text = testedWith
    ? `People with learning disabilities checked this booklet: ${testedWith.group}, ${formatPartialDate(testedWith.date)}.`
    : 'People with learning disabilities have not checked this booklet yet.';
  return [organisation, textItem(ctx, frame, [{ text, bold: false, struct: tested }], { spaceBefore: ctx.gap.item })];
}

/** How to get another format: an email Link (and a phone number, if given), then the web page as a Link. */
function formatsFlow(ctx: FlowContext, frame: Frame, { formatRequest, pageUrl }: PdfContext): TextItem {
  const formats = ctx.node('P', frame.parent, ctx.ui);
  const email = ctx.node('Link', formats, { href: `mailto:${formatRequest.email}`, contents: `Email ${formatRequest.email}` });
  const web = ctx.node('Link', formats, { href: pageUrl, contents: `Web page: ${pageUrl}` });
  const plain = (text: string): Run => ({ text, bold: false, struct: formats });
  return textItem(
    ctx,
    frame,
    [
      plain(formatsIntro(ctx.doc, ctx.profile.label)),
      boldRun(formatRequest.email, email),
      ...(formatRequest.phone ? [plain(' or phone '), boldRun(formatRequest.phone, formats)] : []),
      plain('. It is also on the web at '),
      { text: pageUrl, bold: false, struct: web },
    ],
    { spaceBefore: ctx.gap.paragraph },
  );
}

function formatsIntro(doc: CharterDocument, label: string): string {
  return doc.edition === 'easy-read'
    ? 'To get this booklet in another way, email '
    : `This is the ${label.toLowerCase()} edition. To get this charter in another format, such as easy read, Braille, audio or another language, email `;
}

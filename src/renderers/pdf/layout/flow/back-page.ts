import { formatPartialDate } from '../../../../i18n/dates.ts';
import { pictureAttribution } from '../../../../model/pictures.ts';
import type { FlowItem, TextItem } from '../types.ts';
import { contactSectionFlow } from './contact.ts';
import { textItem, type FlowContext, type Frame, type PdfContext } from './context.ts';
import { formatsFlow } from './formats.ts';

/**
 * An easy-read booklet's back page, on a page of its own after the text, in reading order:
 * how to contact the organisation (an H2 and the contact details, when the charter gives
 * them), how to get the booklet another way and where it is on the web, whether readers
 * checked it (ER-15), and the pictures' credit. Easy-read booklets keep the cover for the
 * title and put these at the back (the cover is ./cover.ts). The readers' check is kept with
 * the credit, so the credit never stands alone on a page.
 */
export function backPageFlow(ctx: FlowContext, frame: Frame, context: PdfContext): FlowItem[] {
  const items: FlowItem[] = [
    ...contactSectionFlow(ctx, frame, 0),
    formatsFlow(ctx, frame, context),
    { ...testedFlow(ctx, frame), keepWithNext: true },
    pictureCreditFlow(ctx, frame),
  ];
  return items.map((item, index) => (index === 0 ? { ...item, breakBefore: true } : item));
}

/** Whether people with learning disabilities checked the booklet, and who (ER-15). */
function testedFlow(ctx: FlowContext, frame: Frame): TextItem {
  const tested = ctx.node('P', frame.parent, ctx.ui);
  const testedWith = ctx.doc.easyRead?.testedWith;
  const text = testedWith
    ? ctx.t('pdf.easyRead.checked', { group: testedWith.group, date: formatPartialDate(testedWith.date, ctx.uiLanguage) })
    : ctx.t('pdf.easyRead.notChecked');
  return textItem(ctx, frame, [{ text, bold: false, struct: tested }]);
}

/** The licence of the easy-read pictures (OpenMoji, CC BY-SA 4.0) requires attribution. */
function pictureCreditFlow(ctx: FlowContext, frame: Frame): TextItem {
  const credit = ctx.node('P', frame.parent, ctx.ui);
  return textItem(ctx, frame, [{ text: pictureAttribution(ctx.uiLanguage), bold: false, struct: credit }], {
    spaceBefore: ctx.gap.heading,
  });
}

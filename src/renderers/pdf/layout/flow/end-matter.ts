import { contactHeading } from '../../../../model/contact-rows.ts';
import { pictureAttribution } from '../../../../model/pictures.ts';
import type { FlowItem } from '../types.ts';
import { boldRun, textItem, type FlowContext, type Frame } from './context.ts';
import { contactFlow } from './contact.ts';

/**
 * What follows the text: the pictures' credit in easy read, and, for a full charter whose
 * text does not place the contact details itself, a "Contact …" section at the end.
 */
export function endMatterFlow(ctx: FlowContext, frame: Frame): FlowItem[] {
  return [...pictureCreditFlow(ctx, frame), ...contactSectionFlow(ctx, frame)];
}

/** The licence of the easy-read pictures (OpenMoji, CC BY-SA 4.0) requires attribution. */
function pictureCreditFlow(ctx: FlowContext, frame: Frame): FlowItem[] {
  if (ctx.doc.edition !== 'easy-read') return [];
  const credit = ctx.node('P', frame.parent, ctx.ui);
  return [
    textItem(ctx, frame, [{ text: pictureAttribution(ctx.uiLanguage), bold: false, struct: credit }], { spaceBefore: ctx.gap.heading }),
  ];
}

/** An H2 "Contact <organisation>" (in the bookmarks) with the contact details under it. */
function contactSectionFlow(ctx: FlowContext, frame: Frame): FlowItem[] {
  const { doc, profile } = ctx;
  if (doc.hasContactBlock || !doc.meta.contact || doc.edition !== 'full') return [];
  const h2 = ctx.node('H2', frame.parent, ctx.ui);
  const title = contactHeading(doc.meta.organisation, ctx.uiLanguage);
  return [
    textItem(ctx, frame, [boldRun(title, h2)], {
      size: profile.headingSize[2],
      spaceBefore: ctx.gap.heading,
      keepWithNext: true,
      heading: { level: 2, title },
    }),
    ...contactFlow(ctx, frame, ctx.gap.paragraph),
  ];
}

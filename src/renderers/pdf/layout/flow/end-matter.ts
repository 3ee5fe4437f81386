import type { FlowItem } from '../types.ts';
import { backPageFlow } from './back-page.ts';
import { contactSectionFlow } from './contact.ts';
import type { FlowContext, Frame, PdfContext } from './context.ts';

/**
 * What follows the text: an easy-read booklet's back page (contact details, other formats,
 * the readers' check and the pictures' credit), or, for a full charter whose text does not
 * place the contact details itself, a "Contact …" section at the end.
 */
export function endMatterFlow(ctx: FlowContext, frame: Frame, context: PdfContext): FlowItem[] {
  if (ctx.doc.edition === 'easy-read') return backPageFlow(ctx, frame, context);
  return ctx.doc.hasContactBlock ? [] : contactSectionFlow(ctx, frame, ctx.gap.heading);
}

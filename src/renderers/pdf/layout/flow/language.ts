import type { LanguageBlock } from '../../../../model/types.ts';
import type { FlowItem } from '../types.ts';
import type { FlowContext, Frame } from './context.ts';

/**
 * A passage in another language: its own Div with /Lang, so screen readers switch voice
 * (PDF/UA-1 §7.2; WCAG 3.1.2). It is not boxed: the blocks inside keep the frame's indent.
 */
export function languageFlow(ctx: FlowContext, frame: Frame, block: LanguageBlock, spaceBefore: number): FlowItem[] {
  const div = ctx.node('Div', frame.parent, { lang: block.lang });
  return ctx.blocks({ ...frame, parent: div }, block.content, spaceBefore);
}

import { inlineText } from '../../../../model/text.ts';
import type { HeadingBlock } from '../../../../model/types.ts';
import type { FlowItem } from '../types.ts';
import { textItem, type FlowContext, type Frame } from './context.ts';
import { inlineRuns } from './runs.ts';

/**
 * A heading: H2–H4, bold, at its level's size, with a heading gap above. It is kept with
 * what follows (UKAAF: never a heading alone at a page foot) and carries its bookmark and
 * anchor. The space above is always the heading gap, whatever precedes it.
 */
export function headingFlow(ctx: FlowContext, frame: Frame, block: HeadingBlock): FlowItem[] {
  const h = ctx.node(`H${block.level}`, frame.parent);
  return [
    textItem(ctx, frame, inlineRuns(ctx, block.content, h, true), {
      size: ctx.profile.headingSize[block.level],
      spaceBefore: ctx.gap.heading,
      keepWithNext: true,
      heading: { level: block.level, title: inlineText(block.content), anchor: block.id },
    }),
  ];
}

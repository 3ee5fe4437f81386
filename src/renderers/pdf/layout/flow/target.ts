import type { TargetBlock } from '../../../../model/types.ts';
import type { FlowItem } from '../types.ts';
import { boldRun, boxed, textItem, type FlowContext, type Frame } from './context.ts';
import { inlineRuns } from './runs.ts';

/**
 * One labelled target ("Target 1: To answer all letters…"): a boxed Div whose first P starts
 * with the bold label. When the target does not start with a paragraph, the label stands
 * alone and is kept with what follows.
 */
export function targetFlow(ctx: FlowContext, frame: Frame, block: TargetBlock, spaceBefore: number): FlowItem[] {
  const div = ctx.node('Div', frame.parent);
  const inner = boxed(ctx, frame, div);
  const [first, ...rest] = block.content;
  const p = ctx.node('P', div);
  const label = boldRun(block.label, p);
  if (first?.type === 'paragraph') {
    return [
      textItem(ctx, inner, [label, { text: ' ', bold: false, struct: p }, ...inlineRuns(ctx, first.content, p)], { spaceBefore }),
      ...ctx.blocks(inner, rest, ctx.gap.item),
    ];
  }
  return [textItem(ctx, inner, [label], { spaceBefore, keepWithNext: true }), ...ctx.blocks(inner, block.content, ctx.gap.item)];
}

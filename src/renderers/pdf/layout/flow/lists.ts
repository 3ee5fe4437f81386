import type { CommitmentsBlock, ListBlock, ListItem, MeasuresBlock, TargetsBlock } from '../../../../model/types.ts';
import type { FlowItem, StructNode } from '../types.ts';
import { boldRun, boxed, textItem, type FlowContext, type Frame } from './context.ts';
import { inlineRuns } from './runs.ts';

/** A Markdown list: L → LI → Lbl (bullet or number) + LBody. */
export function listFlow(ctx: FlowContext, frame: Frame, block: ListBlock, spaceBefore: number): FlowItem[] {
  return listItemsFlow(ctx, frame, block.items, block.ordered, block.start, spaceBefore);
}

/**
 * A list of promises, targets or measures: a boxed Div with its intro as a bold P, kept with
 * the first item, then a bulleted list.
 */
export function promiseListFlow(
  ctx: FlowContext,
  frame: Frame,
  block: CommitmentsBlock | TargetsBlock | MeasuresBlock,
  spaceBefore: number,
): FlowItem[] {
  const div = ctx.node('Div', frame.parent);
  const inner = boxed(ctx, frame, div);
  const intro = ctx.node('P', div);
  return [
    textItem(ctx, inner, [boldRun(block.intro, intro)], { spaceBefore, keepWithNext: true }),
    ...listItemsFlow(ctx, inner, block.items, false, 1, ctx.gap.item),
  ];
}

/** The items of a list, each with a hanging label left of its body (a list-level indent). */
export function listItemsFlow(
  ctx: FlowContext,
  frame: Frame,
  items: readonly ListItem[],
  ordered: boolean,
  start = 1,
  firstGap = ctx.gap.paragraph,
): FlowItem[] {
  const l = ctx.node('L', frame.parent);
  return items.flatMap((item, index) =>
    listItemFlow(ctx, frame, l, item, {
      marker: ordered ? `${start + index}.` : '•',
      spaceBefore: index === 0 ? firstGap : ctx.gap.item,
    }),
  );
}

/**
 * One LI. A first paragraph shares the label's line; anything else (a nested list) starts
 * on the line after an empty labelled line, kept with it.
 */
function listItemFlow(
  ctx: FlowContext,
  frame: Frame,
  l: StructNode,
  item: ListItem,
  { marker, spaceBefore }: { marker: string; spaceBefore: number },
): FlowItem[] {
  const li = ctx.node('LI', l);
  const label = { text: marker, struct: ctx.node('Lbl', li), indent: frame.indent };
  const body = ctx.node('LBody', li);
  const inner: Frame = { parent: body, indent: frame.indent + ctx.profile.listIndent, rules: frame.rules };
  const [first, ...rest] = item.content;
  if (first?.type === 'paragraph') {
    return [textItem(ctx, inner, inlineRuns(ctx, first.content, body), { label, spaceBefore }), ...ctx.blocks(inner, rest, ctx.gap.item)];
  }
  return [textItem(ctx, inner, [], { label, spaceBefore, keepWithNext: true }), ...ctx.blocks(inner, item.content, ctx.gap.item)];
}

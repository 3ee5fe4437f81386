import type { Block, CalloutBlock, ParagraphBlock, QuoteBlock } from '../../../../model/types.ts';
import type { FlowItem } from '../types.ts';
import { boldRun, boxed, textItem, type FlowContext, type Frame } from './context.ts';
import { inlineRuns } from './runs.ts';

/** A paragraph: one P. */
export function paragraphFlow(ctx: FlowContext, frame: Frame, block: ParagraphBlock, spaceBefore: number): FlowItem[] {
  const p = ctx.node('P', frame.parent);
  return [textItem(ctx, frame, inlineRuns(ctx, block.content, p), { spaceBefore })];
}

/** A quotation: a boxed BlockQuote; who said it follows as its own paragraph ("– name"). */
export function quoteFlow(ctx: FlowContext, frame: Frame, block: QuoteBlock, spaceBefore: number): FlowItem[] {
  const quote = ctx.node('BlockQuote', frame.parent);
  return ctx.blocks(boxed(ctx, frame, quote), block.cite ? [...block.content, citation(block.cite)] : block.content, spaceBefore);
}

function citation(cite: string): Block {
  return { type: 'paragraph', line: 0, content: [{ type: 'text', value: `– ${cite}` }] };
}

/** A callout: a boxed Div, its title (if any) a bold P kept with the text under it. */
export function calloutFlow(ctx: FlowContext, frame: Frame, block: CalloutBlock, spaceBefore: number): FlowItem[] {
  const div = ctx.node('Div', frame.parent);
  const inner = boxed(ctx, frame, div);
  if (!block.title) return ctx.blocks(inner, block.content, spaceBefore);
  const title = ctx.node('P', div);
  return [
    textItem(ctx, inner, [boldRun(block.title, title)], { spaceBefore, keepWithNext: true }),
    ...ctx.blocks(inner, block.content, ctx.gap.item),
  ];
}

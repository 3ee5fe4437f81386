import type { GlossaryBlock, PointBlock } from '../../../../model/types.ts';
import type { FlowItem } from '../types.ts';
import { boldRun, textItem, type FlowContext, type Frame } from './context.ts';
import { contactFlow } from './contact.ts';
import { inlineRuns } from './runs.ts';

/**
 * An easy-read point: picture left, sentences right (ER-6), one P per sentence in a Div (a
 * list inside a point laid out as any list, in the sentences' column), then the contact
 * details for a contact point. The whole point stays on one page, never split from its
 * picture: every item but the last is kept with the next, and the last is kept whole (else
 * its later lines could start the next page). The picture is drawn beside the first item (as
 * an artifact: it repeats the sentences), and the last item ends the group so what follows
 * starts below the picture.
 */
export function pointFlow(ctx: FlowContext, frame: Frame, block: PointBlock, spaceBefore: number): FlowItem[] {
  const { picture } = ctx.profile;
  const div = ctx.node('Div', frame.parent);
  const inner: Frame = { parent: div, indent: frame.indent + picture.size + picture.gap, rules: frame.rules };
  const sentences = block.content.flatMap((part, index) => {
    const gap = index === 0 ? spaceBefore : ctx.gap.item;
    // A list inside a point is laid out as any list, in the sentences' column.
    if (part.type === 'list') return ctx.blocks(inner, [part], gap);
    return [textItem(ctx, inner, inlineRuns(ctx, part.content, ctx.node('P', div)), { spaceBefore: gap, keepWithNext: true })];
  });
  const group = [...sentences, ...(block.contact ? contactFlow(ctx, inner, ctx.gap.item) : [])];
  group.forEach((item, index) => {
    item.keepWithNext = index < group.length - 1;
  });
  const [firstItem, lastItem] = [group[0], group.at(-1)];
  if (firstItem?.kind === 'text') firstItem.picture = { code: block.picture.code, size: picture.size, x: frame.indent };
  if (lastItem?.kind === 'text') {
    lastItem.endsGroup = true;
    lastItem.keepTogether = true;
  }
  return group;
}

/**
 * The easy-read glossary (ER-11): one P per hard word, the word in bold before its first
 * sentence ("Word: meaning"); any further sentences follow as paragraphs.
 */
export function glossaryFlow(ctx: FlowContext, frame: Frame, block: GlossaryBlock, spaceBefore: number): FlowItem[] {
  return block.terms.flatMap((term, index) => {
    const p = ctx.node('P', frame.parent);
    const [first, ...rest] = term.content;
    const entry = textItem(ctx, frame, [boldRun(`${term.word}: `, p), ...(first ? inlineRuns(ctx, first.content, p) : [])], {
      spaceBefore: index === 0 ? spaceBefore : ctx.gap.paragraph,
    });
    return [entry, ...ctx.blocks(frame, rest, ctx.gap.item)];
  });
}

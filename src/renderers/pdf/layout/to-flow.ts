/**
 * The model → flow step of the PDF renderer, composed of one small step per block family
 * (./flow/), in the manner of react-pdf's layout pipeline: each step turns one block into
 * flow items and the structure nodes that own their text. Line breaking is left to pagination;
 * the only thing measured here is whether a table's columns are wide enough for its words.
 */
import { assertNever } from '../../../lib/assert-never.ts';
import type { Block, CharterDocument } from '../../../model/types.ts';
import type { PdfProfile } from '../profiles.ts';
import type { Measurer } from '../../tagged-pdf/measure.ts';
import { contactFlow } from './flow/contact.ts';
import { createFlowContext, type FlowContext, type Frame, type PdfContext } from './flow/context.ts';
import { glossaryFlow, pointFlow } from './flow/easy-read.ts';
import { endMatterFlow } from './flow/end-matter.ts';
import { firstPageFlow } from './flow/first-page.ts';
import { headingFlow } from './flow/headings.ts';
import { languageFlow } from './flow/language.ts';
import { listFlow, promiseListFlow } from './flow/lists.ts';
import { calloutFlow, paragraphFlow, quoteFlow } from './flow/paragraphs.ts';
import { tableFlow } from './flow/tables.ts';
import { targetFlow } from './flow/target.ts';
import type { FlowItem, StructNode } from './types.ts';

export type { FlowContext, Frame, PdfContext } from './flow/context.ts';

/**
 * Turns the model into flow items (paragraph-like blocks with their structure nodes), in
 * reading order: page 1's furniture (an easy-read booklet's cover), the text, then the end
 * matter (an easy-read booklet's back page). Sizes come from the profile; `measure` is the
 * one pagination uses.
 */
export function toFlow(
  doc: CharterDocument,
  profile: PdfProfile,
  context: PdfContext,
  measure: Measurer,
): { root: StructNode; items: FlowItem[] } {
  const ctx = createFlowContext(doc, profile, blocksFlow, measure);
  const root = ctx.node('Document', null);
  const top: Frame = { parent: root, indent: 0, rules: [] };
  // In reading order: structure nodes are numbered as they are made, and the tree follows them.
  const firstPage = firstPageFlow(ctx, top, context);
  const body = blocksFlow(ctx, top, doc.blocks);
  // An easy-read booklet's cover is a page of its own: the text starts on page 2.
  if (doc.edition === 'easy-read' && body[0]) body[0] = { ...body[0], breakBefore: true };
  const items = [...firstPage, ...body, ...endMatterFlow(ctx, top, context)];
  return { root, items };
}

/** A run of blocks, in order. The first gets `firstGap` above it when given (inside a list item or box); the others a paragraph gap. */
export function blocksFlow(ctx: FlowContext, frame: Frame, content: readonly Block[], firstGap?: number): FlowItem[] {
  return content.flatMap((block, index) =>
    blockFlow(ctx, frame, block, index === 0 && firstGap !== undefined ? firstGap : ctx.gap.paragraph),
  );
}

/** One block, by its family. Exhaustive: a new block type fails to compile here until it is laid out. */
export function blockFlow(ctx: FlowContext, frame: Frame, block: Block, spaceBefore: number): FlowItem[] {
  switch (block.type) {
    case 'heading':
      return headingFlow(ctx, frame, block);
    case 'paragraph':
      return paragraphFlow(ctx, frame, block, spaceBefore);
    case 'quote':
      return quoteFlow(ctx, frame, block, spaceBefore);
    case 'callout':
      return calloutFlow(ctx, frame, block, spaceBefore);
    case 'list':
      return listFlow(ctx, frame, block, spaceBefore);
    case 'commitments':
    case 'targets':
    case 'measures':
      return promiseListFlow(ctx, frame, block, spaceBefore);
    case 'target':
      return targetFlow(ctx, frame, block, spaceBefore);
    case 'table':
      return tableFlow(ctx, frame, block, spaceBefore);
    case 'contact':
      return contactFlow(ctx, frame, spaceBefore);
    case 'language':
      return languageFlow(ctx, frame, block, spaceBefore);
    case 'point':
      return pointFlow(ctx, frame, block, spaceBefore);
    case 'glossary':
      return glossaryFlow(ctx, frame, block, spaceBefore);
    default:
      return assertNever(block, 'block');
  }
}

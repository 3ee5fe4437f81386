import { assertNever } from '../lib/assert-never.ts';
import type { Block } from './types.ts';

/** The blocks directly inside a block (list items, component children). */
export function childBlocks(block: Block): Block[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'table':
    case 'contact':
      return [];
    case 'list':
    case 'commitments':
    case 'targets':
    case 'measures':
      return block.items.flatMap((item) => item.content);
    case 'target':
    case 'quote':
    case 'callout':
    case 'point':
    case 'language':
      return block.content;
    case 'glossary':
      return block.terms.flatMap((term) => term.content);
    default:
      return assertNever(block, 'block');
  }
}

/** Every block in document order, depth first. */
export function* allBlocks(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    yield* allBlocks(childBlocks(block));
  }
}

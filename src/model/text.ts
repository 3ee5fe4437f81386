import { assertNever } from '../lib/assert-never.ts';
import type { Block, Inline, ListItem } from './types.ts';

/** The plain text of inline content, as a screen reader would read it. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
          return inline.value;
        case 'break':
          return ' ';
        case 'strong':
        case 'emphasis':
        case 'link':
          return inlineText(inline.children);
        default:
          return assertNever(inline, 'inline');
      }
    })
    .join('');
}

function itemsText(items: readonly ListItem[]): string[] {
  return items.flatMap((item) => blocksText(item.content));
}

/**
 * Every run of text in the blocks, in reading order, one string per paragraph, item or
 * cell. Tests use it to prove each format carries every word of the model.
 */
export function blocksText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [inlineText(block.content)];
      case 'list':
        return itemsText(block.items);
      case 'commitments':
      case 'targets':
      case 'measures':
        return [block.intro, ...itemsText(block.items)];
      case 'target':
        return [block.label, ...blocksText(block.content)];
      case 'table':
        return [...block.head, ...block.rows.flat()].map(inlineText);
      case 'quote':
        return [...blocksText(block.content), ...(block.cite ? [block.cite] : [])];
      case 'callout':
        return [...(block.title ? [block.title] : []), ...blocksText(block.content)];
      case 'contact':
        return [];
      case 'point':
      case 'language':
        return blocksText(block.content);
      case 'glossary':
        return block.terms.flatMap((term) => [term.word, ...blocksText(term.content)]);
      default:
        return assertNever(block, 'block');
    }
  });
}

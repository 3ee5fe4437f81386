import { assertNever } from '../lib/assert-never.ts';
import type { Block, Inline, ListItem, TextPart } from './types.ts';

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
        case 'language':
          return inlineText(inline.children);
        default:
          return assertNever(inline, 'inline');
      }
    })
    .join('');
}

/** Whether two language tags are the same (tags are case-insensitive, RFC 5646 §2.1.1). */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The plain text of inline content in runs of one language, for places that show text
 * without its markup (the contents list): each run carries `lang` when it is not `lang`, the
 * language around it. Neighbouring runs in the same language are joined.
 */
export function languageParts(inlines: readonly Inline[], lang: string): TextPart[] {
  const parts: TextPart[] = [];
  const add = (text: string, partLang: string) => {
    const last = parts.at(-1);
    const marked = sameLanguage(partLang, lang) ? undefined : partLang;
    if (last && last.lang === marked) last.text += text;
    else if (text) parts.push({ text, ...(marked ? { lang: marked } : {}) });
  };
  const walk = (content: readonly Inline[], current: string) => {
    for (const inline of content) {
      switch (inline.type) {
        case 'text':
          add(inline.value, current);
          break;
        case 'break':
          add(' ', current);
          break;
        case 'strong':
        case 'emphasis':
        case 'link':
          walk(inline.children, current);
          break;
        case 'language':
          walk(inline.children, inline.lang);
          break;
        default:
          assertNever(inline, 'inline');
      }
    }
  };
  walk(inlines, lang);
  return parts;
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

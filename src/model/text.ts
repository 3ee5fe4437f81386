import { assertNever } from '../lib/assert-never.ts';
import type { Block, Inline, ListItem, TextPart } from './types.ts';

/** How text is taken: as read on screen, or as printed (web addresses written out after links). */
export interface TextOptions {
  /**
   * As print editions show it: each web link's address written out after its words, and a
   * table's body cells only, row by row. Print sets a table too narrow for its words as
   * labelled rows that repeat the column headers beside each cell (so they do not come
   * first), and the order of the body cells holds either way.
   */
  printed?: boolean;
}

/**
 * The web address print shows after a link's words: on paper a link cannot be followed, so a
 * web link whose words are not its address gets the address written out (mailto: and tel:
 * links already show their address or number in their words).
 */
export function printedAddress(link: Extract<Inline, { type: 'link' }>): string | undefined {
  return /^https?:/.test(link.href) && inlineText(link.children) !== link.href ? link.href : undefined;
}

/** The plain text of inline content, as a screen reader would read it (or as printed). */
export function inlineText(inlines: readonly Inline[], options: TextOptions = {}): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
          return inline.value;
        case 'break':
          return ' ';
        case 'link': {
          const address = options.printed ? printedAddress(inline) : undefined;
          return inlineText(inline.children, options) + (address ? ` (${address})` : '');
        }
        case 'strong':
        case 'emphasis':
        case 'language':
          return inlineText(inline.children, options);
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
  eachLanguageText(inlines, lang, {}, (text, partLang) => {
    const last = parts.at(-1);
    const marked = sameLanguage(partLang, lang) ? undefined : partLang;
    if (last && last.lang === marked) last.text += text;
    else if (text) parts.push({ text, ...(marked ? { lang: marked } : {}) });
  });
  return parts;
}

/**
 * Walks inline content in reading order, handing each piece of text to `add` with the
 * language it is in (`<Language>` passages switch it); printed, a web link's address follows
 * its words. The one walk behind languageParts (screen) and text-runs.ts (print, braille).
 */
export function eachLanguageText(
  inlines: readonly Inline[],
  lang: string,
  options: TextOptions,
  add: (text: string, lang: string) => void,
): void {
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
          walk(inline.children, current);
          break;
        case 'link': {
          walk(inline.children, current);
          const address = options.printed ? printedAddress(inline) : undefined;
          if (address) add(` (${address})`, current);
          break;
        }
        case 'language':
          walk(inline.children, inline.lang);
          break;
        default:
          assertNever(inline, 'inline');
      }
    }
  };
  walk(inlines, lang);
}

function itemsText(items: readonly ListItem[], options: TextOptions): string[] {
  return items.flatMap((item) => blocksText(item.content, options));
}

/**
 * Every run of text in the blocks, in reading order, one string per paragraph, item or
 * cell. Tests use it to prove each format carries every word of the model.
 */
export function blocksText(blocks: readonly Block[], options: TextOptions = {}): string[] {
  const inline = (content: readonly Inline[]) => inlineText(content, options);
  const nested = (content: readonly Block[]) => blocksText(content, options);
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [inline(block.content)];
      case 'list':
        return itemsText(block.items, options);
      case 'commitments':
      case 'targets':
      case 'measures':
        return [block.intro, ...itemsText(block.items, options)];
      case 'target':
        return [block.label, ...nested(block.content)];
      case 'table':
        return [...(options.printed ? [] : block.head), ...block.rows.flat()].map(inline);
      case 'quote':
        return [...nested(block.content), ...(block.cite ? [block.cite] : [])];
      case 'callout':
        return [...(block.title ? [block.title] : []), ...nested(block.content)];
      case 'contact':
        return [];
      case 'point':
      case 'language':
        return nested(block.content);
      case 'glossary':
        return block.terms.flatMap((term) => [term.word, ...nested(term.content)]);
      default:
        return assertNever(block, 'block');
    }
  });
}

import { assertNever } from '../lib/assert-never.ts';
import { eachLanguageText, sameLanguage } from './text.ts';
import type { Block, Inline, ListItem } from './types.ts';

/** A run of text in one language. */
export interface LanguageRun {
  text: string;
  /** BCP 47. */
  lang: string;
}

/**
 * Inline content as printed (a web link's address written out after its words), in runs of one
 * language. `same` says when two tags are one language: by primary subtag for the checker's
 * word comparison (the default), exactly for the braille renderer, which picks a table per tag.
 */
export function inlineRuns(
  inlines: readonly Inline[],
  lang: string,
  same: (a: string, b: string) => boolean = sameLanguage,
): LanguageRun[] {
  const runs: LanguageRun[] = [];
  eachLanguageText(inlines, lang, { printed: true }, (text, runLang) => {
    const last = runs.at(-1);
    if (last && same(last.lang, runLang)) last.text += text;
    else if (text) runs.push({ text, lang: runLang });
  });
  return runs;
}

const itemsRuns = (items: readonly ListItem[], lang: string) => items.flatMap((item) => blocksTextRuns(item.content, lang));

/**
 * Every run of text in the blocks as printed, in reading order (the runs of `blocksText(blocks,
 * { printed: true })`, cut where the language changes): a `<Language>` passage or words marked
 * inline carry their own language. For checks that read a format back with each language's
 * rules (the BRF check back-translates Welsh with the Welsh braille table).
 */
export function blocksTextRuns(blocks: readonly Block[], lang: string): LanguageRun[] {
  const plain = (text: string): LanguageRun[] => (text ? [{ text, lang }] : []);
  return blocks.flatMap((block): LanguageRun[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return inlineRuns(block.content, lang);
      case 'list':
        return itemsRuns(block.items, lang);
      case 'commitments':
      case 'targets':
      case 'measures':
        return [...plain(block.intro), ...itemsRuns(block.items, lang)];
      case 'target':
        return [...plain(block.label), ...blocksTextRuns(block.content, lang)];
      case 'table':
        return block.rows.flat().flatMap((cell) => inlineRuns(cell, lang));
      case 'quote':
        return [...blocksTextRuns(block.content, lang), ...(block.cite ? plain(block.cite) : [])];
      case 'callout':
        return [...(block.title ? plain(block.title) : []), ...blocksTextRuns(block.content, lang)];
      case 'contact':
        return [];
      case 'point':
        return blocksTextRuns(block.content, lang);
      case 'language':
        return blocksTextRuns(block.content, block.lang);
      case 'glossary':
        return block.terms.flatMap((term) => [...plain(term.word), ...blocksTextRuns(term.content, lang)]);
      default:
        return assertNever(block, 'block');
    }
  });
}

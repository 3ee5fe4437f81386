import { dictionary, type MessageKey } from '../../src/i18n/index.ts';

/**
 * The English dictionary's words for files (`pdf.*`, `card.*`, `contact.*`, `dates.*` and `notice.*`,
 * which pages and PDFs share), as the phrases
 * between placeholders of every message and plural form that are longer than one word: none
 * of them may appear in a Welsh PDF or card.
 */
export function englishFurniturePhrases(): string[] {
  const phrases = new Set<string>();
  for (const [key, message] of Object.entries(dictionary('en-GB')) as [MessageKey, unknown][]) {
    if (!/^(pdf|card|contact|notice|dates)\./.test(key)) continue;
    const forms = typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);
    for (const form of forms) {
      for (const piece of form.split(/\{\w+\}/)) {
        const phrase = piece
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/^[.,:;()\s]+|[.,:;()\s]+$/g, '');
        if (/\p{L}+ \p{L}+/u.test(phrase)) phrases.add(phrase);
      }
    }
  }
  return [...phrases];
}

/** The phrases of `englishFurniturePhrases()` found in `text` (case and spacing ignored). */
export function englishFurnitureIn(text: string): string[] {
  const haystack = text.replace(/\s+/g, ' ').toLowerCase();
  return englishFurniturePhrases().filter((phrase) => haystack.includes(phrase.toLowerCase()));
}

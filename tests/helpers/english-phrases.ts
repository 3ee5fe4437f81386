import { SITE } from '../../src/i18n/en-GB/site.ts';
import { dictionary, type MessageKey } from '../../src/i18n/index.ts';
import { visibleText, type parseHtml } from './html.ts';

type Root = ReturnType<typeof parseHtml>;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Every word a reader meets: the title, the body's text, labels and alt texts, and the
 * subjects of email links. With `lang`, the parts marked as another language (an English
 * charter listed on a Welsh page, "English" in the language switch) are left out; the page
 * is changed, so parse it afresh for other uses.
 */
export function everyWord(root: Root, lang?: string): string {
  if (lang) {
    const primary = (tag: string) => tag.split('-')[0]?.toLowerCase();
    for (const element of root.querySelectorAll('body [lang]')) {
      if (primary(element.getAttribute('lang') ?? '') !== primary(lang)) element.remove();
    }
  }
  const attributes = root
    .querySelectorAll('[aria-label], [alt], [title]')
    .flatMap((element) => ['aria-label', 'alt', 'title'].map((name) => element.getAttribute(name) ?? ''));
  const subjects = root
    .querySelectorAll('a[href^="mailto:"]')
    .map((link) => new URL(link.getAttribute('href') ?? '').searchParams.get('subject') ?? '');
  return normalise(
    [visibleText(root.querySelector('title')), visibleText(root.querySelector('body')), ...attributes, ...subjects].join(' '),
  );
}

/**
 * The English dictionary's phrases for the site's words (../../src/i18n/en-GB/site.ts) whose
 * keys match `keys` (by default `site.*`, `charter.*`, `downloads.*`, a charter page's): the
 * words between placeholders of every message and plural form, longer than one word.
 */
export function englishPhrases(keys = /^(site|charter|downloads)\./): string[] {
  const phrases = new Set<string>();
  for (const key of Object.keys(SITE).filter((name) => keys.test(name)) as MessageKey[]) {
    const message = dictionary('en-GB')[key];
    for (const form of typeof message === 'string' ? [message] : Object.values(message)) {
      for (const piece of form.split(/\{\w+\}/)) {
        const phrase = normalise(piece).replace(/^[.,:;()“”\s]+|[.,:;()“”\s]+$/g, '');
        if (/\p{L}+ \p{L}+/u.test(phrase)) phrases.add(phrase);
      }
    }
  }
  return [...phrases];
}

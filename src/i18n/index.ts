import { CY_GB } from './cy-GB/index.ts';
import { EN_GB, type MessageKey } from './en-GB/index.ts';
import type { Message, PluralMessage, UiLanguage } from './types.ts';

export type { MessageKey } from './en-GB/index.ts';
export { UI_LANGUAGES, type UiLanguage } from './types.ts';

const DICTIONARIES: Record<UiLanguage, Record<MessageKey, Message>> = { 'en-GB': EN_GB, 'cy-GB': CY_GB };

/**
 * The interface language for a page or file in a given language: Welsh furniture for Welsh
 * content, English for everything else (the product has no other interface language yet).
 */
export function uiLanguageFor(contentLang: string): UiLanguage {
  return contentLang.split('-')[0]?.toLowerCase() === 'cy' ? 'cy-GB' : 'en-GB';
}

/** Values for `{name}` placeholders; `count` also picks the plural form. */
export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<UiLanguage, Intl.PluralRules>();

function pluralForm(lang: UiLanguage, forms: PluralMessage, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const category = rules.select(count) as keyof PluralMessage;
  return forms[category] ?? forms.other;
}

/** The message's text for `lang`, the plural form picked by `params.count` when it has forms. */
function template(lang: UiLanguage, key: MessageKey, params: MessageParams): string {
  const message = DICTIONARIES[lang][key];
  if (typeof message === 'string') return message;
  if (typeof params['count'] !== 'number') throw new Error(`The message "${key}" needs a count.`);
  return pluralForm(lang, message, params['count']);
}

function valueOf(key: MessageKey, params: MessageParams, name: string): string {
  const value = params[name];
  if (value === undefined) throw new Error(`The message "${key}" needs a value for {${name}}.`);
  return String(value);
}

/**
 * The product's words for `key` in `lang`, with `{name}` placeholders filled. Plural
 * messages need `params.count`. Every word the product writes goes through here.
 */
export function t(lang: UiLanguage, key: MessageKey, params: MessageParams = {}): string {
  return template(lang, key, params).replace(/\{(\w+)\}/g, (_whole, name: string) => valueOf(key, params, name));
}

/** A piece of a message split at its slots: words, or a slot the caller fills itself. */
export type MessagePart = { text: string } | { slot: string };

/**
 * A whole sentence cut at the placeholders named in `slots`, for text whose slots are
 * drawn differently (a link, a bold phone number) while the words around them keep the
 * language's own order. Other placeholders are filled from `params`; empty words are left out.
 */
export function tParts(lang: UiLanguage, key: MessageKey, slots: readonly string[], params: MessageParams = {}): MessagePart[] {
  const parts: MessagePart[] = [];
  let words = '';
  for (const [index, piece] of template(lang, key, params)
    .split(/\{(\w+)\}/)
    .entries()) {
    if (index % 2 === 0) words += piece;
    else if (!slots.includes(piece)) words += valueOf(key, params, piece);
    else {
      if (words) parts.push({ text: words });
      parts.push({ slot: piece });
      words = '';
    }
  }
  if (words) parts.push({ text: words });
  return parts;
}

/** A translator bound to one language, as pages and renderers use it: `const tr = translator('cy-GB'); tr('site.name')`. */
export function translator(lang: UiLanguage): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => t(lang, key, params);
}

/** Every key, for tests that compare dictionaries. */
export function dictionary(lang: UiLanguage): Readonly<Record<MessageKey, Message>> {
  return DICTIONARIES[lang];
}

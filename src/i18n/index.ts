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

/**
 * The product's words for `key` in `lang`, with `{name}` placeholders filled. Plural
 * messages need `params.count`. Every word the product writes goes through here.
 */
export function t(lang: UiLanguage, key: MessageKey, params: MessageParams = {}): string {
  const message = DICTIONARIES[lang][key];
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    if (typeof params['count'] !== 'number') throw new Error(`The message "${key}" needs a count.`);
    text = pluralForm(lang, message, params['count']);
  }
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`The message "${key}" needs a value for {${name}}.`);
    return String(value);
  });
}

/** A translator bound to one language, as pages and renderers use it: `const tr = translator('cy-GB'); tr('site.name')`. */
export function translator(lang: UiLanguage): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => t(lang, key, params);
}

/** Every key, for tests that compare dictionaries. */
export function dictionary(lang: UiLanguage): Readonly<Record<MessageKey, Message>> {
  return DICTIONARIES[lang];
}

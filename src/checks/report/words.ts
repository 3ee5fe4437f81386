import { formatPartialDate } from '../../i18n/dates.ts';
import { tParts, translator, type MessageKey, type MessageParams, type UiLanguage } from '../../i18n/index.ts';
import { uiLangWithin } from '../../lib/ui-language.ts';
import type { ManualFormat } from '../../schemas/manual-checks.ts';
import { text, type ReportInline } from './document.ts';

/**
 * The report's words in one language. Everything the report says itself comes from the
 * dictionaries (report.* keys); what it quotes — W3C's criterion names, the Matterhorn
 * Protocol's conditions, the tools' messages — is English, marked with its language when the
 * report is not (WCAG 3.1.2).
 */
export interface Words {
  lang: UiLanguage;
  tr: (key: MessageKey, params?: MessageParams) => string;
  /** A sentence with slots drawn as inlines (links, code), in the language's own word order. */
  sentence: (key: MessageKey, slots: Record<string, ReportInline[]>, params?: MessageParams) => ReportInline[];
  /** The lang to mark quoted words with, or undefined when they are in the report's language. */
  quoted: (wordsLang: string) => string | undefined;
  /** A day or month ("2026-11-30") in the report's language. */
  date: (value: string) => string;
  /** A kind of page or file: "Web pages", "Tagged PDFs", … (an unknown check kind by its id). */
  scope: (scope: string) => string;
  /** A tool as findings name it: "axe-core", "PDF checks", … */
  tool: (tool: string) => string;
  /** A format of the manual record. */
  manualFormat: (format: ManualFormat) => string;
}

/** The language W3C, the PDF Association and the checking tools write in. */
export const QUOTED_LANG = 'en';

const SCOPES: Record<string, MessageKey> = {
  page: 'report.scope.page',
  pdf: 'report.scope.pdf',
  'card-pdf': 'report.scope.cardPdf',
  'print-booklet-pdf': 'report.scope.printBooklet',
  'card-png': 'report.scope.cardPng',
  text: 'report.scope.text',
  brf: 'report.scope.braille',
};

const TOOLS: Record<string, MessageKey> = {
  axe: 'report.tool.axe',
  alfa: 'report.tool.alfa',
  pa11y: 'report.tool.pa11y',
  layout: 'report.tool.layout',
  'html-validate': 'report.tool.htmlValidate',
  vnu: 'report.tool.vnu',
  pdf: 'report.tool.pdf',
  card: 'report.tool.card',
  text: 'report.tool.text',
  brf: 'report.tool.braille',
  manifest: 'report.tool.manifest',
  baseline: 'report.tool.baseline',
};

const MANUAL_FORMATS: Record<ManualFormat, MessageKey> = {
  web: 'report.manualFormat.web',
  pdf: 'report.manualFormat.pdf',
  'easy-read': 'report.manualFormat.easyRead',
  card: 'report.manualFormat.card',
  braille: 'report.manualFormat.braille',
};

export function wordsFor(lang: UiLanguage): Words {
  const tr = translator(lang);
  return {
    lang,
    tr,
    sentence: (key, slots, params = {}) =>
      tParts(lang, key, Object.keys(slots), params).flatMap((part) => ('text' in part ? [text(part.text)] : (slots[part.slot] ?? []))),
    quoted: (wordsLang) => uiLangWithin(lang, wordsLang),
    date: (value) => formatPartialDate(value.slice(0, 10), lang),
    scope: (scope) => (SCOPES[scope] ? tr(SCOPES[scope]) : scope),
    tool: (tool) => (TOOLS[tool] ? tr(TOOLS[tool]) : tool),
    manualFormat: (format) => tr(MANUAL_FORMATS[format]),
  };
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CheckRule } from '../criteria/evidence.ts';
import { criterionOf } from '../criteria/wcag22.ts';
import { ALFA_RULES } from './alfa.ts';
import { AXE_DISABLED_RULES, AXE_TAGS } from './browser.ts';
import { wcagFromAxeTags } from './finding.ts';
import { htmlValidateRules } from './html.ts';
import { wcagFromHtmlcsCode } from './pa11y.ts';

/**
 * Every rule a run applies, with the WCAG criteria it tests and what it runs on, so the
 * report can say of each criterion which rules tested it where (and that a criterion no rule
 * tests was not tested automatically). Engines' lists come from the engines at run time;
 * our own checks' lists are here, beside the rule ids their code writes (a test compares them).
 */
const require = createRequire(import.meta.url);

const rule = (tool: string, id: string, wcag: string[], on: string[]): CheckRule => ({ tool, rule: id, wcag, on });

/**
 * axe-core's rules as a run selects them: every rule with one of AXE_TAGS, less the
 * experimental and deprecated ones (axe's default `tagExclude`, which `runOnly` by tag
 * keeps) and any rule switched off in AXE_DISABLED_RULES. Criteria from each rule's tags.
 */
export function axeRules(): CheckRule[] {
  const axe = require('axe-core') as { getRules: (tags: string[]) => { ruleId: string; tags: string[] }[] };
  return axe
    .getRules([...AXE_TAGS])
    .filter((entry) => !entry.tags.some((tag) => tag === 'experimental' || tag === 'deprecated') && !(entry.ruleId in AXE_DISABLED_RULES))
    .map((entry) => rule('axe', entry.ruleId, wcagFromAxeTags(entry.tags), ['page']));
}

/**
 * HTML_CodeSniffer's sniffs in the standard .pa11yci.json names (WCAG2AA), as pa11y runs them:
 * it reports errors only (pa11y's default), so a sniff that can only raise warnings or notices
 * for a person to review tests nothing on its own and is left out. A finding's code starts
 * with its sniff ("WCAG2AA.Principle1.Guideline1_1.1_1_1.H37" → sniff "…1_1_1").
 */
export function pa11yRules(pa11yConfig: string): CheckRule[] {
  const config = JSON.parse(readFileSync(pa11yConfig, 'utf8')) as { defaults?: { standard?: string } };
  const standard = config.defaults?.standard ?? 'WCAG2AA';
  const root = path.dirname(require.resolve('@pa11y/html_codesniffer/package.json'));
  const ruleset = readFileSync(path.join(root, 'Standards', standard, 'ruleset.js'), 'utf8');
  const sniffs = [...ruleset.matchAll(/'(Principle\d\.Guideline\d_\d\.[\w]+)'/g)].map((match) => match[1] ?? '');
  return sniffs
    .filter((sniff) =>
      readFileSync(path.join(root, 'Standards', 'WCAG2AAA', 'Sniffs', `${sniff.replace(/\./g, '/')}.js`), 'utf8').includes('HTMLCS.ERROR'),
    )
    .map((sniff) => rule('pa11y', `${standard}.${sniff}`, wcagFromHtmlcsCode(`${standard}.${sniff}`), ['page']));
}

/**
 * Siteimprove Alfa's ACT rules as the run selects them (alfa.ts), each with the A and AA
 * criteria its requirements name, as its findings give them.
 */
export function alfaRules(): CheckRule[] {
  return ALFA_RULES.map((entry) => {
    const criteria = entry.requirements
      .map((requirement) => requirement.toJSON())
      .filter((json) => json.type === 'criterion' && typeof json['chapter'] === 'string')
      .map((json) => String(json['chapter']));
    return rule(
      'alfa',
      entry.uri.slice(entry.uri.lastIndexOf('/') + 1),
      criteria.filter((sc) => criterionOf(sc)),
      ['page'],
    );
  });
}

/** The layout checks in Chromium (browser.ts): each rule's criterion as its findings give it. */
export const LAYOUT_RULES: readonly CheckRule[] = [
  rule('layout', 'reflow-320', ['1.4.10'], ['page']),
  rule('layout', 'text-spacing-clipped', ['1.4.12'], ['page']),
  rule('layout', 'focus-visible', ['2.4.7'], ['page']),
  rule('layout', 'target-size', ['2.5.8', '2.5.5'], ['page']),
];

/** Nothing lost at 320 px (lost-content.ts). */
export const LOST_CONTENT_RULES: readonly CheckRule[] = [rule('layout', 'lost-content-320', ['1.4.10'], ['page'])];

/** Forced colours in both palettes (forced-colors.ts). */
export const FORCED_COLORS_RULES: readonly CheckRule[] = [
  rule('layout', 'forced-colors-focus', ['2.4.7'], ['page']),
  rule('layout', 'forced-colors-icon', ['1.4.11'], ['page']),
  rule('layout', 'forced-colors-border', ['1.4.11'], ['page']),
  rule('layout', 'forced-colors-text', ['1.4.3'], ['page']),
];

const TAGGED = ['pdf', 'card-pdf'];
const ACTION_RULES = [
  'pdf-link-action',
  'pdf-link-uri',
  'pdf-script-action',
  'pdf-other-action',
  'pdf-auto-action',
  'pdf-javascript-names',
];

/** The PDF checks (pdf.ts, pdf-actions.ts) on tagged PDFs, editions and card PDFs alike. */
export const PDF_RULES: readonly CheckRule[] = [
  rule('pdf', 'pdf-tagged', ['1.3.1'], TAGGED),
  rule('pdf', 'pdf-struct-tree', ['1.3.1'], TAGGED),
  rule('pdf', 'pdf-struct-root', ['1.3.1'], TAGGED),
  rule('pdf', 'pdf-lang', ['3.1.1'], TAGGED),
  rule('pdf', 'pdf-display-title', ['2.4.2'], TAGGED),
  rule('pdf', 'pdf-title', ['2.4.2'], TAGGED),
  rule('pdf', 'pdf-xmp-pdfua', [], TAGGED),
  rule('pdf', 'pdf-figure-alt', ['1.1.1'], TAGGED),
  rule('pdf', 'pdf-list-structure', ['1.3.1'], TAGGED),
  rule('pdf', 'pdf-table-structure', ['1.3.1'], TAGGED),
  rule('pdf', 'pdf-link-contents', ['2.4.4'], TAGGED),
  rule('pdf', 'pdf-heading-order', ['1.3.1'], TAGGED),
  rule('pdf', 'pdf-text-size', ['1.4.4'], TAGGED),
  rule('pdf', 'pdf-text-match', ['1.3.1'], TAGGED),
  rule('pdf', 'pdf-font-embedded', [], TAGGED),
  rule('pdf', 'pdf-font-unicode', ['1.3.1'], TAGGED),
  ...ACTION_RULES.map((id) => rule('pdf', id, [], TAGGED)),
];

/** Print-only booklets (print-booklet.ts): untagged by design, so no tag rules. */
export const PRINT_BOOKLET_RULES: readonly CheckRule[] = [
  ...['pdf-lang', 'pdf-title', 'pdf-text-size', 'print-booklet-order', 'pdf-font-unicode'].map((id) =>
    rule('pdf', id, { 'pdf-lang': ['3.1.1'], 'pdf-title': ['2.4.2'], 'pdf-text-size': ['1.4.4'] }[id] ?? ['1.3.1'], ['print-booklet-pdf']),
  ),
  ...['print-sheet-size', 'print-sheet-count', 'pdf-font-embedded', ...ACTION_RULES].map((id) =>
    rule('pdf', id, [], ['print-booklet-pdf']),
  ),
];

/** Card checks: the card images' alt text on the pages (run-checks.ts), and the card files (card-files.ts). */
export const CARD_RULES: readonly CheckRule[] = [
  rule('card', 'card-alt', ['1.1.1'], ['page']),
  rule('card', 'card-contrast', ['1.4.6', '1.4.3'], ['card-png']),
  rule('card', 'card-size', [], ['card-png']),
  rule('card', 'card-pixels', ['1.1.1'], ['card-png']),
  rule('card', 'card-blank', ['1.1.1'], ['card-png']),
  ...['card-boxes', 'card-trim', 'card-bleed'].map((id) => rule('card', id, [], ['card-pdf'])),
];

/**
 * The manifest's seal (integrity.ts, run-checks.ts): every file in the folder is the one the
 * build published, and every file can be read. On every file, whatever its kind.
 */
export const FILE_RULES: readonly CheckRule[] = [
  ...['file-missing', 'file-extra', 'file-changed', 'file-unreadable'].map((id) => rule('manifest', id, [], ['file'])),
  rule('pdf', 'pdf-unreadable', [], ['pdf', 'card-pdf', 'print-booklet-pdf']),
  // Warnings about the reviewed baseline itself (baseline.ts), not about the site.
  ...['baseline-stale', 'baseline-expired'].map((id) => rule('baseline', id, [], [])),
];

/** Plain-text downloads (text-file.ts). */
export const TEXT_RULES: readonly CheckRule[] = [
  rule('text', 'text-encoding', ['1.3.1'], ['text']),
  rule('text', 'text-content', ['1.3.1'], ['text']),
];

/**
 * Braille-ready files (brf.ts): the braille page and character set, and the words read back
 * with liblouis. A braille format, not a WCAG one: no success criterion is claimed.
 */
export const BRF_RULES: readonly CheckRule[] = [
  'brf-charset',
  'brf-line-ends',
  'brf-line-length',
  'brf-page-length',
  'brf-text',
  'brf-back-translation',
].map((id) => rule('brf', id, [], ['brf']));

export interface CatalogueOptions {
  /** The committed pa11y-ci config, or undefined when the run skips pa11y-ci. */
  pa11yConfig?: string | undefined;
  /** Whether the run includes Alfa, the lost-content checks and the forced-colours checks (run-checks.ts `engines`). */
  alfa?: boolean;
  lostContent?: boolean;
  forcedColors?: boolean;
  /** Rules of further engines (an engine added to the run gives its own list). */
  extra?: readonly CheckRule[];
}

/** Every rule of a run, sorted by tool and rule so two runs record them alike. */
export async function checkRules(options: CatalogueOptions = {}): Promise<CheckRule[]> {
  const rules = [
    ...axeRules(),
    ...(options.pa11yConfig ? pa11yRules(options.pa11yConfig) : []),
    ...(options.alfa ? alfaRules() : []),
    ...(await htmlValidateRules()).map((entry) => rule('html-validate', entry.rule, entry.wcag, ['page'])),
    ...LAYOUT_RULES,
    ...(options.lostContent ? LOST_CONTENT_RULES : []),
    ...(options.forcedColors ? FORCED_COLORS_RULES : []),
    ...CARD_RULES,
    ...PDF_RULES,
    ...PRINT_BOOKLET_RULES,
    ...TEXT_RULES,
    ...BRF_RULES,
    ...FILE_RULES,
    ...(options.extra ?? []),
  ];
  return rules.sort((a, b) => (a.tool === b.tool ? (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) : a.tool < b.tool ? -1 : 1));
}

/**
 * How each tool's rules are mapped to success criteria: axe-core's rules by their wcag tags
 * (from axe-core's own metadata), HTML_CodeSniffer's codes by their sniff, and our own checks'
 * lists beside the rule ids their code writes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wcagFromAxeTags } from '../../../src/checks/output/finding.ts';
import { wcagFromHtmlcsCode } from '../../../src/checks/output/pa11y.ts';
import {
  axeRules,
  CARD_RULES,
  FORCED_COLORS_RULES,
  LAYOUT_RULES,
  LOST_CONTENT_RULES,
  pa11yRules,
  PDF_RULES,
  PRINT_BOOKLET_RULES,
  TEXT_RULES,
} from '../../../src/checks/output/rule-catalogue.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('an axe tag or an HTML_CodeSniffer code to a success criterion', () => {
  it('reads axe’s wcag tags, levels and categories aside', () => {
    expect(wcagFromAxeTags(['cat.color', 'wcag2aa', 'wcag143', 'wcag1410', 'EN-9.1.4.3'])).toEqual(['1.4.3', '1.4.10']);
  });

  it('reads HTML_CodeSniffer’s codes and sniffs, the _A and _F24 sniffs included', () => {
    expect(wcagFromHtmlcsCode('WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail')).toEqual(['1.4.3']);
    expect(wcagFromHtmlcsCode('WCAG2AA.Principle1.Guideline1_1.1_1_1')).toEqual(['1.1.1']);
    expect(wcagFromHtmlcsCode('WCAG2AA.Principle1.Guideline1_3.1_3_1_A.G141')).toEqual(['1.3.1']);
    expect(wcagFromHtmlcsCode('WCAG2AA.Principle1.Guideline1_4.1_4_10.C32')).toEqual(['1.4.10']);
    expect(wcagFromHtmlcsCode('pa11y-error')).toEqual([]);
  });
});

describe('the rules a run applies', () => {
  it('takes axe-core’s rules from its metadata, as a run selects them', () => {
    const rules = axeRules();
    expect(rules.find((rule) => rule.rule === 'color-contrast')?.wcag).toEqual(['1.4.3']);
    expect(rules.find((rule) => rule.rule === 'target-size')?.wcag).toEqual(['2.5.8']);
    // Experimental rules do not run (axe's default tagExclude), so they test nothing.
    expect(rules.some((rule) => rule.rule === 'css-orientation-lock')).toBe(false);
    expect(rules.every((rule) => rule.tool === 'axe' && rule.on.join() === 'page')).toBe(true);
  });

  it('takes HTML_CodeSniffer’s sniffs that can report an error (pa11y reports errors only)', () => {
    const rules = pa11yRules(path.join(ROOT, '.pa11yci.json'));
    expect(rules.find((rule) => rule.rule === 'WCAG2AA.Principle1.Guideline1_1.1_1_1')?.wcag).toEqual(['1.1.1']);
    expect(rules.find((rule) => rule.rule === 'WCAG2AA.Principle1.Guideline1_4.1_4_3')?.wcag).toEqual(['1.4.3']);
    // Use of colour is a notice for a person to review: it never fails a run.
    expect(rules.some((rule) => rule.rule.endsWith('1_4_1'))).toBe(false);
  });

  it('lists our own checks’ rules as their code writes them', () => {
    const source = (file: string) => readFileSync(path.join(ROOT, 'src/checks/output', file), 'utf8');
    const lists: [readonly { rule: string }[], string[]][] = [
      [PDF_RULES, ['pdf.ts', 'pdf-actions.ts']],
      [PRINT_BOOKLET_RULES, ['print-booklet.ts', 'pdf.ts', 'pdf-actions.ts']],
      [CARD_RULES, ['card-files.ts', 'run-checks.ts']],
      [TEXT_RULES, ['text-file.ts']],
      [[...LAYOUT_RULES, ...LOST_CONTENT_RULES], ['browser.ts']],
      [FORCED_COLORS_RULES, ['forced-colors.ts']],
    ];
    for (const [rules, files] of lists) {
      const code = files.map(source).join('\n');
      for (const { rule } of rules) expect(code, `${rule} in ${files.join(', ')}`).toContain(`'${rule}'`);
    }
  });
});

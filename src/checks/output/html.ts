import { HtmlValidate } from 'html-validate';
import type { CheckFinding } from './finding.ts';

/**
 * html-validate with its recommended rules, minus the ones that judge formatting rather than
 * correctness of Astro's compressed output. Each exception says why.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes <!DOCTYPE html> lower case ("<!doctype html>"); both are valid HTML.
    'doctype-style': 'off',
    // Void elements are written as Astro renders them (<meta ...>); either style is valid.
    'void-style': 'off',
    // Astro's compressHTML leaves whitespace runs; they are not an accessibility problem.
    'no-trailing-whitespace': 'off',
    // Attribute quoting follows Astro's output; both styles are valid HTML.
    'attr-quotes': 'off',
    // Inline styles are not used, but Astro may emit empty style attributes in future.
    'no-inline-style': 'off',
    // Page titles carry the charter's own title, which organisations write long; WCAG 2.4.2
    // asks for descriptive titles, not short ones (https://www.w3.org/WAI/WCAG22/Understanding/page-titled).
    'long-title': 'off',
  },
});

const WCAG_BY_RULE: Record<string, string[]> = {
  'heading-level': ['1.3.1'],
  'empty-heading': ['2.4.6'],
  'wcag/h30': ['2.4.4'],
  'wcag/h32': ['3.2.2'],
  'wcag/h36': ['1.1.1'],
  'wcag/h37': ['1.1.1'],
  'wcag/h63': ['1.3.1'],
  'wcag/h67': ['1.1.1'],
  'wcag/h71': ['1.3.1'],
  'element-required-attributes': ['4.1.2'],
  'input-missing-label': ['1.3.1', '4.1.2'],
  'no-dup-id': ['4.1.1'],
};

/**
 * The html-validate rules that map to a WCAG criterion and are switched on in the config
 * above, for the report's criteria table (rule-catalogue.ts).
 */
export async function htmlValidateRules(): Promise<{ rule: string; wcag: string[] }[]> {
  const rules = (await validator.getConfigFor('page.html')).getRules();
  return Object.entries(WCAG_BY_RULE)
    .filter(([id]) => (rules.get(id)?.[0] ?? 0) > 0)
    .map(([id, wcag]) => ({ rule: id, wcag }));
}

export async function checkHtml(html: string, target: string): Promise<CheckFinding[]> {
  const report = await validator.validateString(html, target);
  return report.results.flatMap((result) =>
    result.messages.map((message) => ({
      format: 'web' as const,
      tool: 'html-validate' as const,
      target,
      rule: message.ruleId,
      severity: message.severity >= 2 ? ('error' as const) : ('warning' as const),
      wcag: WCAG_BY_RULE[message.ruleId] ?? [],
      message: message.message,
      element: `line ${message.line}:${message.column}${message.selector ? ` ${message.selector}` : ''}`,
      ...(message.ruleUrl ? { help: message.ruleUrl } : {}),
    })),
  );
}

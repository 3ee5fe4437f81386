import type { CheckFinding } from './finding.ts';

/** WCAG 2.2 Understanding pages for the criteria the layout checks test. */
const UNDERSTANDING: Record<string, string> = {
  '1.4.3': 'contrast-minimum',
  '1.4.10': 'reflow',
  '1.4.11': 'non-text-contrast',
  '1.4.12': 'text-spacing',
  '2.4.7': 'focus-visible',
  '2.5.8': 'target-size-minimum',
  '2.5.5': 'target-size-enhanced',
};

/** A layout check's finding on a page, with the Understanding page of its criterion. */
export function layoutFinding(target: string, rule: string, wcag: string, message: string, element?: string): CheckFinding {
  return {
    format: 'web',
    tool: 'layout',
    target,
    rule,
    severity: 'error',
    wcag: [wcag],
    message,
    help: `https://www.w3.org/WAI/WCAG22/Understanding/${UNDERSTANDING[wcag] ?? ''}`,
    ...(element ? { element } : {}),
  };
}

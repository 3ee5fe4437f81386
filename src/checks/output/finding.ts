/**
 * One result of an accessibility check, in the shape the auditor's report uses for every
 * format: what was checked, which rule, which WCAG success criteria or PDF/UA clause it
 * maps to, where, and how to learn more.
 */
export interface CheckFinding {
  /** "web" for pages; for files, the output format's id from the manifest ("pdf" for a PDF it does not list). */
  format: string;
  /** The tool that found it. */
  tool: 'axe' | 'pa11y' | 'layout' | 'html-validate' | 'pdf' | 'card' | 'text' | 'manifest';
  /** Page URL path or file path, relative to the checked folder. */
  target: string;
  /** The rule's id, e.g. "color-contrast" or "pdf-lang". */
  rule: string;
  severity: 'error' | 'warning';
  /** WCAG 2.2 success criteria, e.g. ["1.4.3"]; empty for best practice. */
  wcag: string[];
  /** PDF/UA-1 clause for PDF rules, e.g. "7.2". */
  pdfua?: string;
  message: string;
  /** The element or object concerned (CSS selector, HTML snippet, structure path). */
  element?: string;
  /** Where to read about the rule. */
  help?: string;
}

/** WCAG success criterion numbers from axe tags such as "wcag143" or "wcag1410". */
export function wcagFromAxeTags(tags: readonly string[]): string[] {
  return tags
    .map((tag) => /^wcag(\d)(\d)(\d{1,2})$/.exec(tag))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => `${match[1]}.${match[2]}.${match[3]}`);
}

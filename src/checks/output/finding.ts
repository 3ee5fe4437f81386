/**
 * One result of an accessibility check, in the shape the auditor's report uses for every
 * format: what was checked, which rule, which WCAG success criteria or PDF/UA clause it
 * maps to, where, and how to learn more.
 */
export interface CheckFinding {
  /** "web" for pages; for files, the output format's id from the manifest ("pdf" for a PDF it does not list). */
  format: string;
  /** The tool that found it. */
  tool: 'axe' | 'alfa' | 'pa11y' | 'layout' | 'html-validate' | 'vnu' | 'pdf' | 'card' | 'text' | 'brf' | 'manifest' | 'baseline';
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
  /**
   * The element's place in the page as an XPath (/html[1]/body[1]/main[1]/…), the same from every
   * engine, so findings about one element from two engines can be merged (merge-findings.ts).
   */
  path?: string;
  /** Other engines that reported the same element and criterion, as "tool rule" (e.g. "alfa sia-r2"). */
  alsoFoundBy?: string[];
  /**
   * Set when the reviewed baseline (content/accessibility-baseline.json) accepts this finding:
   * who accepted it, when and why. Accepted findings do not fail the run; they are listed in
   * the report's `accepted`, not its `findings`.
   */
  accepted?: { reason: string; reviewer: string; date: string; expires?: string };
}

/**
 * A check that could not run on a page or file (an engine crashed, a page would not load, a
 * file could not be read): the run is incomplete and is never a pass (`npm run check` exits 2).
 */
export interface IncompleteCheck {
  /** The engine or check that could not run, e.g. "pa11y-ci", "browser", "manifest". */
  tool: string;
  /** The page path or file it could not check, or the folder when nothing could be. */
  target: string;
  /** Why, in words: the error it gave. */
  reason: string;
}

/** WCAG success criterion numbers from axe tags such as "wcag143" or "wcag1410". */
export function wcagFromAxeTags(tags: readonly string[]): string[] {
  return tags
    .map((tag) => /^wcag(\d)(\d)(\d{1,2})$/.exec(tag))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => `${match[1]}.${match[2]}.${match[3]}`);
}

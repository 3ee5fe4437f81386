/**
 * A check run's evidence as the criteria tables read it: the shape both a fresh run
 * (`CheckReport`, src/checks/output/report.ts) and the recorded one
 * (content/accessibility-report.json, src/schemas/recorded-report.ts) have, so the report
 * `npm run check` writes and the page the build publishes are made by the same functions.
 */
export interface EvidenceFinding {
  /** "web" for pages; for files, the output format's id. */
  format: string;
  tool: string;
  target: string;
  rule: string;
  severity: 'error' | 'warning';
  /** WCAG success criteria the finding fails. */
  wcag: readonly string[];
  pdfua?: string | undefined;
  message: string;
  element?: string | undefined;
  help?: string | undefined;
  /** Other engines that found the same element and criterion, as "tool rule". */
  alsoFoundBy?: readonly string[] | undefined;
  /** The reviewed baseline's acceptance (content/accessibility-baseline.json). */
  accepted?: { reason: string; reviewer: string; date: string; expires?: string | undefined } | undefined;
}

/**
 * One automated rule a run applied, the criteria it tests and what it runs on. Each tool
 * gives its rule list (axe-core's rule metadata, HTML_CodeSniffer's sniffs, our own checks'
 * lists; a new engine adds its own): a criterion is "tested automatically" on a page or file
 * only when a rule mapped to it ran there.
 */
export interface CheckRule {
  /** The tool, as its findings name it: "axe", "pa11y", "layout", "pdf", "alfa", … */
  tool: string;
  /** The rule's id as findings give it (for HTML_CodeSniffer, the sniff its codes start with). */
  rule: string;
  /** The WCAG success criteria it tests (any level: the table keeps A and AA). */
  wcag: readonly string[];
  /** "page" for every web page, or the check kinds of the files it reads ("pdf", "card-png", …). */
  on: readonly string[];
}

/** A file the run checked, with its output format and the check kind that verified it. */
export interface EvidenceFile {
  file: string;
  format: string;
  check?: string | undefined;
}

export interface Evidence {
  /** When the run finished (ISO 8601). */
  date: string;
  passed: boolean;
  /** The folder checked, when the report is read on the machine that ran it. */
  folder?: string | undefined;
  checked: {
    pages: readonly string[];
    pdfs: readonly string[];
    cards: readonly string[];
    files?: readonly EvidenceFile[] | undefined;
  };
  formats?: Readonly<Record<string, string>> | undefined;
  translations?:
    readonly { pages: readonly [string, string]; langs: readonly [string, string]; parity: 'checked' | 'not-required' }[] | undefined;
  tools: readonly { name: string; version: string; checks: string }[];
  rules?: readonly CheckRule[] | undefined;
  findings: readonly EvidenceFinding[];
  accepted?: readonly EvidenceFinding[] | undefined;
  incomplete?: readonly { tool: string; target: string; reason: string }[] | undefined;
  /** A `--changed` run: the pages and files not checked again, their findings carried from the run of `from`. */
  carried?: { from: string; pages: readonly string[]; files: readonly string[] } | undefined;
}

/** What a page or file is, for the criteria tables: "page", or the check kind that verified the file. */
export function scopeOf(evidence: Evidence, target: string): string {
  if (evidence.checked.pages.includes(target)) return 'page';
  return evidence.checked.files?.find((file) => file.file === target)?.check ?? 'file';
}

/** How many pages or files of a scope the run checked. */
export function targetsIn(evidence: Evidence, scope: string): number {
  if (scope === 'page') return evidence.checked.pages.length;
  return (evidence.checked.files ?? []).filter((file) => file.check === scope).length;
}

/**
 * The order scopes are listed in: pages, then tagged PDFs and the other files, then any check
 * kind a newer build adds, by name.
 */
const SCOPE_ORDER = ['page', 'pdf', 'card-pdf', 'print-booklet-pdf', 'card-png', 'text'];
export function compareScopes(a: string, b: string): number {
  const rank = (scope: string) => (SCOPE_ORDER.includes(scope) ? SCOPE_ORDER.indexOf(scope) : SCOPE_ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b, 'en');
}

/** Errors that count: failures not accepted by the baseline (accepted ones are in `accepted`). */
export function failuresOf(evidence: Pick<Evidence, 'findings'>): EvidenceFinding[] {
  return evidence.findings.filter((finding) => finding.severity === 'error' && !finding.accepted);
}

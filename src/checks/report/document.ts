/**
 * The auditor's report as a small document model, format-neutral like CharterDocument: the
 * words are chosen once (build.ts, from the dictionaries), then drawn as the standalone page
 * `npm run check` writes (html.ts) and as the page the site publishes
 * (src/components/report/). Both get the same headings, tables and sentences.
 */

/** A run of text, or a link, or code (a path, a rule id), with its language when not the page's. */
export type ReportInline =
  | { kind: 'text'; text: string; lang?: string | undefined; strong?: boolean | undefined }
  | { kind: 'link'; text: string; href: string; lang?: string | undefined; hreflang?: string | undefined }
  | { kind: 'code'; text: string };

/** A table row: its header cell (scope="row") and its data cells. */
export interface ReportRow {
  /** An id for links to the row. */
  id?: string | undefined;
  header: ReportInline[];
  cells: ReportInline[][];
}

/** One item of a list of findings: its own id (other parts link to it), a sentence and its facts. */
export interface ReportItem {
  id: string;
  content: ReportInline[];
  facts: { term: string; value: ReportInline[] }[];
}

export type ReportBlock =
  | { type: 'paragraph'; content: ReportInline[]; role?: 'verdict' | 'note' | undefined }
  | { type: 'list'; items: ReportInline[][] }
  | { type: 'table'; caption: string; head: string[]; rows: ReportRow[] }
  | { type: 'items'; items: ReportItem[] };

/** A section under an h2 (level 2) or h3 (level 3), with its own id for links. */
export interface ReportSection {
  id: string;
  level: 2 | 3;
  heading: ReportInline[];
  blocks: ReportBlock[];
  sections: ReportSection[];
}

export interface ReportDocument {
  /** The language of the report's own words. */
  lang: string;
  /** The page title and h1. */
  title: string;
  /** One sentence for the page's description. */
  description: string;
  /** Before the first section: the verdict, the date, what the checks are and are not. */
  intro: ReportBlock[];
  sections: ReportSection[];
}

export const text = (value: string, options: { lang?: string | undefined; strong?: boolean } = {}): ReportInline => ({
  kind: 'text',
  text: value,
  ...(options.lang ? { lang: options.lang } : {}),
  ...(options.strong ? { strong: true } : {}),
});
export const link = (
  value: string,
  href: string,
  options: { lang?: string | undefined; hreflang?: string | undefined } = {},
): ReportInline => ({
  kind: 'link',
  text: value,
  href,
  ...(options.lang ? { lang: options.lang } : {}),
  ...(options.hreflang ? { hreflang: options.hreflang } : {}),
});
export const code = (value: string): ReportInline => ({ kind: 'code', text: value });
export const paragraph = (...content: ReportInline[]): ReportBlock => ({ type: 'paragraph', content });

/** Inlines joined with a separator, e.g. links with ", ". */
export function joined(parts: readonly ReportInline[][], separator: string): ReportInline[] {
  return parts.flatMap((part, index) => (index === 0 ? part : [text(separator), ...part]));
}

/** The plain text of inlines (for table labels and tests). */
export function plainText(content: readonly ReportInline[]): string {
  return content.map((part) => part.text).join('');
}

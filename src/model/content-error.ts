/**
 * One problem in a content file, located to a line so an author can fix it without reading
 * code. Every content check reports through this type, and the build prints them all before
 * it writes anything.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project when possible. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /**
   * Which check found it: an easy-read house rule ("ER-2"), or the kind of content rule
   * ("yaml", "frontmatter", "mdx", "vocabulary", "encoding", "glyph", "card-fit", "files").
   */
  rule: string;
  /** Errors stop the build; warnings are printed for the author to judge. */
  severity?: 'error' | 'warning';
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix?: string;
}

/** House rules are named in the message, so authors can look them up in content/README.md. */
const HOUSE_RULE = /^ER-\d+$/;

export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}`;
  const rule = HOUSE_RULE.test(problem.rule) ? ` ${problem.rule}` : '';
  return `${where} ${problem.severity ?? 'error'}${rule}: ${problem.message}${problem.fix ? `\n  Fix: ${problem.fix}` : ''}`;
}

/** Thrown when content is invalid; carries every problem found in the file, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

import { ContentError, formatProblem, type ContentProblem } from './content-error.ts';
import { chartersDir, listCharterFiles, loadAllCharters } from './load-charter.ts';
import { loadSite } from './load-site.ts';

export interface ContentCheckResult {
  /** How many charters were checked. */
  charters: number;
  problems: ContentProblem[];
}

/**
 * Validates every content file (site settings, every charter's frontmatter and body) and
 * collects every problem. The build runs this before Astro writes a single file.
 */
export function checkContent(dir = chartersDir()): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const collect = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  };
  collect(() => loadSite());
  const files = listCharterFiles(dir);
  if (files.length === 0) {
    problems.push({ file: dir, line: 1, message: 'No charters found.', fix: 'Add content/charters/<slug>/charter.mdx (see content/README.md).' });
  }
  collect(() => loadAllCharters(dir));
  return { charters: files.length, problems };
}

export function formatCheckResult(result: ContentCheckResult): string {
  if (result.problems.length === 0) return `Content OK: ${result.charters} charter${result.charters === 1 ? '' : 's'} checked.`;
  const count = result.problems.length;
  return `${result.problems.map(formatProblem).join('\n')}\n\n${count} problem${count === 1 ? '' : 's'} found in content. Nothing was built.`;
}

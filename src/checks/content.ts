import path from 'node:path';
import { ContentError, formatProblem, type ContentProblem } from '../model/content-error.ts';
import { chartersDir, listCharterFiles, loadAllCharters, loadAllEasyReads } from '../model/load-charter.ts';
import { loadCheckRecord, loadSite } from '../model/load-site.ts';
import type { CharterDocument } from '../model/types.ts';
import { checkEasyRead, formatFinding, type Finding } from './easy-read.ts';
import { checkCards } from './cards.ts';

export interface ContentCheckResult {
  /** How many charters were checked. */
  charters: number;
  /** How many easy-read editions were checked. */
  easyReads: number;
  problems: ContentProblem[];
  /** Easy-read findings (errors are also counted in problems). */
  findings: Finding[];
}

/**
 * Validates every content file (site settings, every charter's frontmatter and body) and
 * collects every problem. The build runs this before Astro writes a single file.
 */
export async function checkContent(dir = chartersDir()): Promise<ContentCheckResult> {
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
  collect(() => loadCheckRecord());
  const files = listCharterFiles(dir);
  if (files.length === 0) {
    problems.push({ file: dir, line: 1, message: 'No charters found.', fix: 'Add content/charters/<slug>/charter.mdx (see content/README.md).' });
  }
  let charters: CharterDocument[] = [];
  collect(() => {
    charters = loadAllCharters(dir);
  });
  let easyReads: CharterDocument[] = [];
  // Easy-read editions name their charter, so they are checked against the charters that loaded.
  collect(() => {
    easyReads = loadAllEasyReads(charters, dir);
  });
  problems.push(...(await checkCards(charters, dir)));
  const findings = easyReads.flatMap((doc) => checkEasyRead(doc, easyReadFile(dir, doc)));
  for (const finding of findings.filter((f) => f.severity === 'error')) {
    problems.push({ file: finding.file, line: finding.line, message: `${finding.rule}: ${finding.message}` });
  }
  return { charters: files.length, easyReads: easyReads.length, problems, findings };
}

function easyReadFile(dir: string, doc: CharterDocument): string {
  const file = path.join(dir, doc.id, 'easy-read.mdx');
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

export function formatCheckResult(result: ContentCheckResult): string {
  const warnings = result.findings.filter((f) => f.severity === 'warning').map(formatFinding);
  const warningText = warnings.length > 0 ? `${warnings.join('\n')}\n` : '';
  if (result.problems.length === 0) return `${warningText}Content OK: ${result.charters} charter${result.charters === 1 ? '' : 's'} and ${result.easyReads} easy-read edition${result.easyReads === 1 ? '' : 's'} checked.`;
  const count = result.problems.length;
  return `${result.problems.map(formatProblem).join('\n')}\n\n${count} problem${count === 1 ? '' : 's'} found in content. Nothing was built.`;
}

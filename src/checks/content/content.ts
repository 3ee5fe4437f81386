import { cachedModel } from '../../model/model-cache.ts';
import { ContentError, formatProblem, type ContentProblem } from '../../model/content-error.ts';
import { displayPath, listContentFiles } from '../../model/content-files.ts';
import { chartersDir, loadContent } from '../../model/load-charter.ts';
import { loadSite, siteFile } from '../../model/load-site.ts';
import { readSourceFile } from '../../model/read-source.ts';
import { firstLanguageOf } from '../../model/translations.ts';
import { buildDate } from '../../model/build-date.ts';
import { accessibilityEvidenceProblems } from './accessibility-evidence.ts';
import { checkEasyRead, type Finding } from './easy-read.ts';
import { checkCards } from './card-fit.ts';
import { checkGlyphs } from './glyphs.ts';
import { checkPasteArtefacts } from './paste-artefacts.ts';
import { checkSiteLanguages } from './site-languages.ts';
import { checkStanding } from './standing.ts';
import { checkTranslations, type PairResult } from './translations.ts';
import type { Site } from '../../schemas/site.ts';

export interface ContentCheckResult {
  /** How many charters were checked. */
  charters: number;
  /** How many easy-read editions were checked. */
  easyReads: number;
  /** Content files in draft folders: checked, not published. */
  drafts: string[];
  problems: ContentProblem[];
  /** Problems in drafts: shown as warnings, never a failed build. */
  draftProblems: ContentProblem[];
  /** Easy-read findings (errors are also counted in problems). */
  findings: Finding[];
  /** Other warnings for the author to judge (paste damage, a charter past its next review): printed, never a failed build. */
  warnings: ContentProblem[];
  /** Translated pairs and their parity results. */
  pairs: PairResult[];
}

/** Problems thrown by a loader, collected instead of stopping at the first file. */
function collect(problems: ContentProblem[], run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
}

/** Characters the font lacks in files that otherwise read (an unreadable file is already reported). */
function glyphProblems(files: readonly string[]): ContentProblem[] {
  return files.flatMap((file) => {
    try {
      return checkGlyphs(readSourceFile(file, displayPath(file)), displayPath(file));
    } catch {
      return [];
    }
  });
}

/** Paste damage in files that read (an unreadable file is already reported). */
export function pasteWarnings(files: readonly string[]): ContentProblem[] {
  return files.flatMap((file) => {
    try {
      const text = readSourceFile(file, displayPath(file));
      // Kept by the file's text (model-cache.ts): a rebuild parses only the files that changed.
      return cachedModel({ check: 'paste-artefacts', file: displayPath(file), text }, () => checkPasteArtefacts(text, displayPath(file)));
    } catch {
      return [];
    }
  });
}

/**
 * Validates every content file (site settings, every charter's frontmatter and body, drafts)
 * and collects every problem. The build runs this before Astro writes a single file, and
 * `npm run lint:content` runs the same function, so both report the same problems.
 */
export async function checkContent(dir = chartersDir()): Promise<ContentCheckResult> {
  const problems: ContentProblem[] = [];
  let site: Site | undefined;
  collect(problems, () => (site = loadSite()));
  // A site in Welsh needs the Welsh of site.yaml's prose (Welsh Language Standards).
  if (site) problems.push(...checkSiteLanguages(site, siteFile()));
  // The manual-check record and the recorded report, which the statement and report page are built from.
  problems.push(...accessibilityEvidenceProblems());
  const files = listContentFiles(dir);
  if (files.charters.length === 0 && files.problems.length === 0) {
    problems.push({ file: displayPath(dir), line: 1, rule: 'files', message: 'No charters found.', fix: 'Add content/charters/<slug>/charter.mdx (see content/README.md).' });
  }
  const content = loadContent(dir);
  problems.push(...content.problems, ...glyphProblems([...files.charters, ...files.easyReads]));
  // Cards of charters with errors elsewhere too, so an overflowing card is not found only
  // after every other error is fixed.
  const firstLanguage = site ? firstLanguageOf(site) : undefined;
  problems.push(...(await checkCards({ charters: content.charters, unloaded: content.cardsOfUnloaded, dir, site, firstLanguage })));
  const translations = site ? checkTranslations(content.charters, site, dir) : { problems: [], pairs: [] };
  problems.push(...translations.problems);
  // A superseded charter's replacement must exist; a charter past its review is a warning ("today": build-date.ts).
  const standing = checkStanding(content.charters, dir, buildDate());
  problems.push(...standing.problems);
  const findings = content.easyReads.flatMap((doc) => checkEasyRead(doc, content.easyReadFiles.get(doc.id) ?? doc.id));
  problems.push(...findings.filter((finding) => finding.severity === 'error'));
  const draftProblems = [...content.draftProblems, ...glyphProblems(files.drafts)];
  const warnings = sortProblems([...pasteWarnings([...files.charters, ...files.easyReads]), ...standing.warnings]);
  return { charters: files.charters.length, easyReads: content.easyReads.length, drafts: content.drafts, problems: sortProblems(problems), draftProblems, findings, warnings, pairs: translations.pairs };
}

/** One order for every run: by file, then line, so lint and build print the same list. */
function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0)));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function formatCheckResult(result: ContentCheckResult): string {
  const warnings = [...result.findings.filter((finding) => finding.severity === 'warning'), ...result.warnings].map(formatProblem);
  const drafts = result.drafts.length > 0
    ? [`Drafts, not published: ${result.drafts.map(displayPath).join(', ')}.`, ...result.draftProblems.map((problem) => `${formatProblem(problem).replace(' error: ', ' warning (draft): ')}`)]
    : [];
  const pairs = result.pairs.map((pair) => `Translation pair: ${pair.first} and ${pair.second}${pair.checked ? (pair.problems === 0 ? ': parity OK.' : `: ${plural(pair.problems, 'parity problem')}.`) : ' (parity not required).'}`);
  const notes = [...warnings, ...drafts, ...pairs];
  const noteText = notes.length > 0 ? `${notes.join('\n')}\n` : '';
  if (result.problems.length === 0) return `${noteText}Content OK: ${plural(result.charters, 'charter')} and ${plural(result.easyReads, 'easy-read edition')} checked.`;
  return `${noteText}${result.problems.map(formatProblem).join('\n')}\n\n${plural(result.problems.length, 'problem')} found in content. Nothing was built.`;
}

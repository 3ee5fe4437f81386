import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckFinding } from './finding.ts';
import type { Manifest } from './manifest.ts';

/**
 * What a complete run keeps beside its report for the next `npm run check -- --changed`: the
 * sha256 of every published file as it was checked (the sealed manifest's) and every finding,
 * merged but before the baseline, so a later run applies the baseline as it then stands.
 */
export interface Verdict {
  version: 1;
  /** When the run finished (ISO 8601). */
  date: string;
  published: Record<string, string>;
  findings: CheckFinding[];
}

/** The verdict's file name in the report folder (reports/accessibility/ by default). */
export const VERDICT_FILE = 'verdict.json';

/** The verdict an earlier complete run left in the report folder, or why there is none to use. */
export function readVerdict(reportFolder: string): Verdict | string {
  const file = path.join(reportFolder, VERDICT_FILE);
  if (!existsSync(file)) return `there is no ${VERDICT_FILE} from an earlier complete run in ${reportFolder}`;
  try {
    const verdict = JSON.parse(readFileSync(file, 'utf8')) as Partial<Verdict>;
    if (verdict.version !== 1 || typeof verdict.date !== 'string' || !verdict.published || !Array.isArray(verdict.findings))
      return `${file} is not a verdict this version of the checker wrote`;
    return verdict as Verdict;
  } catch (error) {
    return `${file} cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Writes the verdict of a complete run (an incomplete one is never a base to carry from). */
export function writeVerdict(reportFolder: string, manifest: Manifest, date: string, findings: readonly CheckFinding[]): void {
  const published = Object.fromEntries(Object.entries(manifest.published ?? {}).map(([file, entry]) => [file, entry.sha256]));
  const verdict: Verdict = { version: 1, date, published, findings: [...findings] };
  writeFileSync(path.join(reportFolder, VERDICT_FILE), `${JSON.stringify(verdict)}\n`);
}

/** What a `--changed` run checks again, and what it carries from the earlier verdict. */
export interface ChangedPlan {
  /** Pages to check in the browser and the HTML checkers. */
  pages: string[];
  /** Manifest files to check from their bytes. */
  files: Set<string>;
  /** The earlier run's findings about the pages and files not checked again. */
  carried: CheckFinding[];
  /** The pages and files whose earlier verdict stands, and when it was reached. */
  carriedFrom: { date: string; pages: string[]; files: string[] };
}

/**
 * Plans a `--changed` run from the sealed manifest's hashes against the verdict's. A page is
 * checked again when its HTML changed, and every page is when anything else it draws on
 * changed (a stylesheet, a font, a picture): contrast, reflow and focus (WCAG 1.4.3, 1.4.10,
 * 2.4.7) depend on them. A file in the manifest is checked again when its bytes changed. The
 * integrity check (nothing missing, added or changed since the build) always runs in full.
 */
export function planChanged(
  verdict: Verdict,
  manifest: Manifest,
  pages: readonly string[],
  files: readonly string[],
  pageFile: (pathname: string) => string,
): ChangedPlan {
  const now = manifest.published ?? {};
  const changed = new Set(
    [...Object.keys(now), ...Object.keys(verdict.published)].filter((file) => now[file]?.sha256 !== verdict.published[file]),
  );
  const pageFiles = new Set(pages.map(pageFile));
  const listed = new Set(files);
  const sharedChanged = [...changed].some((file) => !pageFiles.has(file) && !listed.has(file));
  const pagesAgain = pages.filter((page) => sharedChanged || changed.has(pageFile(page)));
  const filesAgain = new Set(files.filter((file) => changed.has(file)));
  const pagesKept = pages.filter((page) => !pagesAgain.includes(page));
  const filesKept = files.filter((file) => !filesAgain.has(file));
  const kept = new Set([...pagesKept, ...filesKept]);
  // The integrity check's own findings (tool "manifest") are made afresh on every run.
  const carried = verdict.findings.filter((finding) => finding.tool !== 'manifest' && kept.has(finding.target));
  return { pages: pagesAgain, files: filesAgain, carried, carriedFrom: { date: verdict.date, pages: pagesKept, files: filesKept } };
}

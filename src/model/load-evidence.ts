import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { AccessibilityBaselineSchema, type AccessibilityBaseline } from '../schemas/accessibility-baseline.ts';
import { ManualChecksSchema, type ManualChecks } from '../schemas/manual-checks.ts';
import { RecordedReportSchema, type RecordedReport } from '../schemas/recorded-report.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-files.ts';
import { validateFrontmatter } from './frontmatter.ts';
import { readSourceFile } from './read-source.ts';

/**
 * The accessibility evidence kept in content/: the manual-check record people write, the
 * report `npm run check -- --record` saves, and the reviewed baseline. The build publishes
 * the report page and the statement from them. Each can be read from another file (tests):
 * MANUAL_CHECKS_FILE, ACCESSIBILITY_REPORT_FILE, ACCESSIBILITY_BASELINE_FILE.
 */
export const MANUAL_CHECKS_FILE = 'content/manual-checks.json';
export const RECORDED_REPORT_FILE = 'content/accessibility-report.json';
export const STATEMENT_BASELINE_FILE = 'content/accessibility-baseline.json';

const fileOf = (variable: string, fallback: string, root: string) => path.resolve(root, process.env[variable] || fallback);

export const manualChecksFile = (root = process.cwd()) => fileOf('MANUAL_CHECKS_FILE', MANUAL_CHECKS_FILE, root);
export const recordedReportFile = (root = process.cwd()) => fileOf('ACCESSIBILITY_REPORT_FILE', RECORDED_REPORT_FILE, root);
export const statementBaselineFile = (root = process.cwd()) => fileOf('ACCESSIBILITY_BASELINE_FILE', STATEMENT_BASELINE_FILE, root);

const cache = new Map<string, unknown>();

/** A JSON file in content/ validated by its schema (JSON is YAML 1.2: problems get their line), or undefined when it is not there. */
function loadJson<S extends z.ZodType>(schema: S, file: string): z.output<S> | undefined {
  if (cache.has(file)) return cache.get(file) as z.output<S>;
  if (!existsSync(file)) return undefined;
  const shown = displayPath(file);
  const { data, problems } = validateFrontmatter(schema, readSourceFile(file, shown), shown, 1);
  if (!data) throw new ContentError(problems);
  cache.set(file, data);
  return data;
}

/** content/manual-checks.json: what people have checked, criterion by criterion and format by format. */
export function loadManualChecks(root = process.cwd()): ManualChecks | undefined {
  return loadJson(ManualChecksSchema, manualChecksFile(root));
}

/** content/accessibility-report.json: the last complete check run, as recorded. */
export function loadRecordedReport(root = process.cwd()): RecordedReport | undefined {
  return loadJson(RecordedReportSchema, recordedReportFile(root));
}

/** content/accessibility-baseline.json: the findings people reviewed and accepted, for the statement. */
export function loadStatementBaseline(root = process.cwd()): AccessibilityBaseline | undefined {
  return loadJson(AccessibilityBaselineSchema, statementBaselineFile(root));
}

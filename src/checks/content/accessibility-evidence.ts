import { existsSync } from 'node:fs';
import { ContentError, type ContentProblem } from '../../model/content-error.ts';
import { displayPath } from '../../model/content-files.ts';
import { validateFrontmatter } from '../../model/frontmatter.ts';
import { loadRecordedReport, manualChecksFile } from '../../model/load-evidence.ts';
import { readSourceFile } from '../../model/read-source.ts';
import { ManualChecksSchema } from '../../schemas/manual-checks.ts';
import { criterionOf } from '../criteria/wcag22.ts';

/**
 * The manual-check record, as the schema reads it and more: every criterion it names must be
 * one of WCAG 2.2's A and AA criteria (src/checks/criteria/wcag22.ts; the schema, which
 * imports no check, can only see the number's shape), so a typo or 4.1.1 never stands in the
 * report as a check that was made.
 */
const RecordOfCriteriaSchema = ManualChecksSchema.superRefine((record, ctx) => {
  record.checks.forEach((check, index) => {
    if (criterionOf(check.criterion)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['checks', index, 'criterion'],
      message: `${check.criterion} is not a WCAG 2.2 success criterion at level A or AA${check.criterion === '4.1.1' ? ' (WCAG 2.2 removed 4.1.1 Parsing)' : ''}.`,
      params: { fix: 'Give the number of an A or AA criterion of WCAG 2.2, as the report lists them, for example "1.4.10".' },
    });
  });
});

/** Problems in content/manual-checks.json, each at its line; none when there is no record. */
export function manualRecordProblems(): ContentProblem[] {
  const file = manualChecksFile();
  if (!existsSync(file)) return [];
  const shown = displayPath(file);
  try {
    return validateFrontmatter(RecordOfCriteriaSchema, readSourceFile(file, shown), shown, 1).problems;
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
}

/** Problems in the accessibility evidence the build publishes: the manual-check record and the recorded report. */
export function accessibilityEvidenceProblems(): ContentProblem[] {
  const problems = manualRecordProblems();
  try {
    loadRecordedReport();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  return problems;
}

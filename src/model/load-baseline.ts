import { AccessibilityBaselineSchema, type AccessibilityBaseline } from '../schemas/accessibility-baseline.ts';
import { ContentError } from './content-error.ts';
import { validateFrontmatter } from './frontmatter.ts';
import { readSourceFile } from './read-source.ts';

/** The reviewed baseline `npm run check` reads unless `--baseline` names another. */
export const BASELINE_FILE = 'content/accessibility-baseline.json';

/**
 * Reads and validates a baseline file (JSON is YAML 1.2, so the frontmatter reader gives each
 * problem its line). `shown` is the path to print. Throws ContentError with every problem.
 */
export function loadBaseline(file: string, shown: string): AccessibilityBaseline {
  const { data, problems } = validateFrontmatter(AccessibilityBaselineSchema, readSourceFile(file, shown), shown, 1);
  if (!data) throw new ContentError(problems);
  return data;
}

import path from 'node:path';
import { formatPartialDate } from '../../i18n/dates.ts';
import type { ContentProblem } from '../../model/content-error.ts';
import { displayPath } from '../../model/content-files.ts';
import { frontmatterLine } from '../../model/frontmatter.ts';
import { readSourceFile } from '../../model/read-source.ts';
import { charterStanding } from '../../model/standing.ts';
import type { CharterDocument } from '../../model/types.ts';

/** What the standing check found: errors that stop the build, and warnings for the author. */
export interface StandingResult {
  /** A superseded charter whose `replacedBy` names no published charter, or itself. */
  problems: ContentProblem[];
  /** Charters past their next review: published with a notice, reported so someone asks the organisation. */
  warnings: ContentProblem[];
}

const GUIDE = 'content/README.md, "Marking a charter out of date"';

/**
 * Checks every charter's standing against the build date `today` (`YYYY-MM-DD`): a superseded
 * charter must name a published charter as its replacement, as `translation:` must
 * (src/model/translations.ts), because its notice links there; a charter past its
 * `dates.nextReview` is a warning at that line, since its pages and PDFs now say it may be
 * out of date.
 */
export function checkStanding(charters: readonly CharterDocument[], dir: string, today: string): StandingResult {
  const ids = new Set(charters.map((doc) => doc.id));
  const sources = new Map<string, string>();
  const locate = (doc: CharterDocument, key: readonly string[]) => {
    const file = path.join(dir, doc.id, 'charter.mdx');
    let source = sources.get(file);
    if (source === undefined) {
      source = readSourceFile(file, displayPath(file));
      sources.set(file, source);
    }
    return { file: displayPath(file), line: frontmatterLine(source, key) };
  };
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const doc of charters) {
    const { status, dates } = doc.meta;
    if (status.state === 'superseded' && (status.replacedBy === doc.id || !ids.has(status.replacedBy))) {
      const others = [...ids].filter((id) => id !== doc.id);
      problems.push({
        ...locate(doc, ['status', 'replacedBy']),
        rule: 'status',
        message:
          status.replacedBy === doc.id
            ? 'A charter cannot be replaced by itself.'
            : `There is no published charter called "${status.replacedBy}" to replace this one.`,
        fix: `Use the folder name of the charter that replaces it: ${others.join(', ') || '(none)'}. Publish that charter first, or write status: withdrawn if nothing replaces it.`,
      });
    }
    if (dates.nextReview && charterStanding(doc.meta, today) === 'overdue') {
      warnings.push({
        ...locate(doc, ['dates', 'nextReview']),
        rule: 'status',
        severity: 'warning',
        message: `This charter was due for review by ${formatPartialDate(dates.nextReview)} (dates.nextReview), so its page and PDFs say it may be out of date.`,
        fix: `Ask the organisation whether it still applies. If it was reviewed, update dates.lastReviewed and dates.nextReview; if it is being reviewed, write status: under-review; if it was replaced or withdrawn, say so with status (${GUIDE}).`,
      });
    }
  }
  return { problems, warnings };
}

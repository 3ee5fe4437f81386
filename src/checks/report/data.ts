import type { ManualChecks } from '../../schemas/manual-checks.ts';
import type { Evidence } from '../criteria/evidence.ts';
import { compareFindings, numberFindings, type NumberedFinding } from '../criteria/findings.ts';
import { MATTERHORN_HUMAN, matterhornTable } from '../criteria/matterhorn.ts';
import { criteriaTable } from '../criteria/table.ts';
import { understandingUrl } from '../criteria/wcag22.ts';

const ids = (entries: readonly NumberedFinding[]) => entries.map((entry) => entry.id);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The evidence as `npm run check -- --record` saves it in content/accessibility-report.json:
 * everything a run found and what it checked, with paths from the site's root and nothing of
 * the machine it ran on (no folder; the folder's path cut from any message), in a stable order,
 * so the file changes only when the results do (besides its date) and reviews as a diff.
 */
export function recordedEvidence<E extends Evidence>(report: E, checkedFolder: string): Omit<E, 'folder'> {
  const { folder: _folder, ...rest } = report;
  const sorted = {
    ...rest,
    checked: {
      ...rest.checked,
      pages: [...rest.checked.pages].sort(byText),
      pdfs: [...rest.checked.pdfs].sort(byText),
      cards: [...rest.checked.cards].sort(byText),
      ...(rest.checked.files ? { files: [...rest.checked.files].sort((a, b) => byText(a.file, b.file)) } : {}),
    },
    findings: [...rest.findings].sort(compareFindings),
    ...(rest.accepted ? { accepted: [...rest.accepted].sort(compareFindings) } : {}),
  };
  const folder = checkedFolder.replace(/\/+$/, '');
  return JSON.parse(JSON.stringify(sorted).split(`${folder}/`).join('/').split(folder).join('.')) as Omit<E, 'folder'>;
}

/**
 * The report as data, for report.json: the evidence (each finding with the id the page links
 * it by), every WCAG 2.2 A and AA criterion with what tested it where and with what result
 * and the manual checks recorded, and the Matterhorn checkpoints of the PDFs.
 */
export function reportData(evidence: Evidence, manual: ManualChecks | undefined) {
  const numbered = numberFindings(evidence);
  const criteria = criteriaTable(evidence, manual?.checks ?? [], numbered);
  const withId = (accepted: boolean) =>
    numbered.filter((entry) => entry.accepted === accepted).map((entry) => ({ id: entry.id, ...entry.finding }));
  return {
    ...evidence,
    findings: withId(false),
    accepted: withId(true),
    criteria: criteria.map((result) => ({
      criterion: result.criterion.number,
      name: result.criterion.name,
      level: result.criterion.level,
      understanding: understandingUrl(result.criterion),
      result: result.result,
      automated: {
        result: result.automated,
        scopes: result.scopes.map((scope) => ({
          scope: scope.scope,
          targets: scope.targets,
          result: scope.result,
          rules: scope.rules.map((rule) => `${rule.tool} ${rule.rule}`),
          failures: ids(scope.failures),
          accepted: ids(scope.accepted),
          warnings: ids(scope.warnings),
        })),
      },
      manual: result.manual.map((row) => row.check ?? { criterion: result.criterion.number, format: row.format, result: row.result }),
    })),
    matterhorn: {
      tested: matterhornTable(evidence, numbered).map((result) => ({
        checkpoint: result.checkpoint.id,
        condition: result.checkpoint.condition,
        clause: result.checkpoint.clause,
        rules: result.checkpoint.rules,
        partly: result.checkpoint.partly !== undefined,
        files: result.files,
        result: result.result,
        failures: ids(result.failures),
        accepted: ids(result.accepted),
      })),
      human: MATTERHORN_HUMAN.map((checkpoint) => ({
        checkpoint: checkpoint.id,
        condition: checkpoint.condition,
        clause: checkpoint.clause,
        result: 'not-checked',
      })),
      validated: false,
    },
  };
}

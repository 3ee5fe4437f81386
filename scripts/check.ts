// Checks a built folder as it is, without rebuilding: `npm run check` (dist/) or
// `npm run check -- <folder>`. Writes reports/accessibility/index.html and report.json (or
// into --out <folder>); `--record` also saves the whole report in content/accessibility-report.json,
// which the next build publishes (/accessibility/report/) and the accessibility statement cites.
// `--changed` checks only the pages and files whose hash changed since the verdict the last
// complete run left beside its report (verdict.json), carrying the rest; the default is a full check.
// Findings the reviewed baseline accepts (content/accessibility-baseline.json, or --baseline
// <file>) are reported but do not fail.
//
// Exit codes (README: Accessibility checks):
//   0  passed: every check ran, and no finding but those the baseline accepts;
//   1  failed: findings the baseline does not accept;
//   2  incomplete: an engine, page or file could not be checked, or the folder has no
//      checks-manifest.json (whatever else was found: never a pass);
//   3  usage: bad arguments, a folder that does not exist, or a baseline that is not valid.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BaselineEntry } from '../src/checks/output/baseline.ts';
import { ManifestError } from '../src/checks/output/manifest.ts';
import { errorsOf, reportHtml, verdict, type CheckReport } from '../src/checks/output/report.ts';
import { runChecks } from '../src/checks/output/run-checks.ts';
import { readVerdict, type Verdict } from '../src/checks/output/changed.ts';
import { BASELINE_FILE, loadBaseline } from '../src/model/load-baseline.ts';
import { loadManualChecks, RECORDED_REPORT_FILE } from '../src/model/load-evidence.ts';
import type { ManualChecks } from '../src/schemas/manual-checks.ts';
import { recordedEvidence, reportData } from '../src/checks/report/data.ts';
import { serveFolder } from './lib/static-server.ts';

const USAGE = 'Usage: npm run check -- [folder, default dist] [--out <report folder>] [--baseline <file>] [--record | --changed]';

/** Exit 3: the command was given wrongly, so nothing was checked. */
function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(3);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

let args: { values: { record: boolean; changed: boolean; out: string; baseline?: string | undefined }; positionals: string[] };
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      record: { type: 'boolean', default: false },
      changed: { type: 'boolean', default: false },
      out: { type: 'string', default: 'reports/accessibility' },
      baseline: { type: 'string' },
    },
  });
} catch (error) {
  usageError(message(error));
}
const { values, positionals } = args;
if (positionals.length > 1) usageError(`Give one folder to check, not ${positionals.length} (${positionals.join(', ')}).`);
const folder = path.resolve(positionals[0] ?? 'dist');
const shown = (file: string) => path.relative(process.cwd(), file) || file;
if (!existsSync(folder) || !statSync(folder).isDirectory())
  usageError(
    `${shown(folder)} ${existsSync(folder) ? 'is not a folder' : 'does not exist'}. Fix: build the site with npm run build (or npm run build -- --out <folder>) and check that folder.`,
  );
const baselineFile = path.resolve(values.baseline ?? BASELINE_FILE);
let baseline: BaselineEntry[] = [];
// With no baseline file every finding counts: the strictest reading, never a silent pass.
if (values.baseline !== undefined || existsSync(baselineFile)) {
  try {
    baseline = loadBaseline(baselineFile, shown(baselineFile)).accepted;
  } catch (error) {
    usageError(`The baseline cannot be used:\n${message(error)}`);
  }
}
// The recorded evidence (statement, published report) is always a full run, never partly carried.
if (values.record && values.changed) usageError('--record needs a full check: run it without --changed.');
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
// --changed: only what changed since the verdict the last complete run left in the report folder.
let changedSince: Verdict | undefined;
if (values.changed) {
  const found = readVerdict(out);
  if (typeof found === 'string') console.log(`Checking everything: ${found}.`);
  else changedSince = found;
}

const started = performance.now();
// Seconds per phase, for bench:scale (CHARTERS_CHECK_TIMINGS names the file).
const phases: Record<string, number> = {};
let report: CheckReport;
try {
  report = await runChecks({
    folder,
    workDir: out,
    pa11yConfig: path.resolve('.pa11yci.json'),
    serve: serveFolder,
    baseline,
    verdictDir: out,
    onPhase: (phase, seconds) => (phases[phase] = Math.round(seconds * 10) / 10),
    ...(changedSince ? { changedSince } : {}),
  });
} catch (error) {
  // Nothing could be checked (no manifest) or the run stopped: still a report, saying so, so an
  // earlier passing report is never left standing in its place.
  report = {
    date: new Date().toISOString(),
    folder,
    passed: false,
    checked: { pages: [], pdfs: [], cards: [] },
    tools: [],
    findings: [],
    incomplete: [
      {
        tool: error instanceof ManifestError ? 'manifest' : 'checker',
        target: error instanceof ManifestError ? '/checks-manifest.json' : '/',
        reason:
          error instanceof ManifestError
            ? error.message
            : `The checks stopped: ${(error instanceof Error && error.stack) || message(error)}`,
      },
    ],
  };
}
report.folder = path.relative(process.cwd(), folder) || folder;
// The manual-check record joins the automated results in the criteria table; a record that is
// not valid is reported (npm run lint:content names the line) and the report goes without it.
let manual: ManualChecks | undefined;
try {
  manual = loadManualChecks();
} catch (error) {
  console.error(`The manual-check record cannot be read, so the report leaves it out:\n${message(error)}`);
}
writeFileSync(path.join(out, 'report.json'), `${JSON.stringify(reportData(report, manual), null, 2)}\n`);
writeFileSync(path.join(out, 'index.html'), reportHtml(report, manual));

for (const finding of errorsOf(report))
  console.error(
    `${finding.target} ${finding.tool} ${finding.rule}: ${finding.message}${finding.element ? `\n    at ${finding.element}` : ''}`,
  );
for (const gap of report.incomplete ?? []) console.error(`Not checked: ${gap.target} (${gap.tool}): ${gap.reason}`);
for (const finding of report.accepted ?? [])
  console.log(`Accepted by the baseline: ${finding.target} ${finding.rule}: ${finding.accepted?.reason} (${finding.accepted?.reviewer})`);
console.log(`${verdict(report)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
console.log(`Report: ${path.relative(process.cwd(), path.join(out, 'index.html'))}`);
if (process.env['CHARTERS_CHECK_TIMINGS'])
  writeFileSync(
    process.env['CHARTERS_CHECK_TIMINGS'],
    `${JSON.stringify({ phases, pages: report.checked.pages.length, files: report.checked.files?.length ?? 0, carried: report.carried ? report.carried.pages.length + report.carried.files.length : 0 }, null, 2)}\n`,
  );

if (values.record && report.incomplete?.length) {
  console.error('Not recorded for the accessibility statement: the run was incomplete.');
} else if (values.record) {
  // The whole evidence, for the build to publish (/accessibility/report/) and the statement to
  // date and count from: paths from the site's root, no folder of this machine, stable order.
  writeFileSync(path.resolve(RECORDED_REPORT_FILE), `${JSON.stringify(recordedEvidence(report, folder), null, 2)}\n`);
  console.log(
    `Recorded the report in ${RECORDED_REPORT_FILE}: the next build publishes it at /accessibility/report/ and the accessibility statement takes its date and counts from it.`,
  );
}
process.exit(report.incomplete?.length ? 2 : report.passed ? 0 : 1);

// Checks a built folder as it is, without rebuilding: `npm run check` (dist/) or
// `npm run check -- <folder>`. Writes reports/accessibility/index.html and report.json;
// `--record` also saves the verdict for the accessibility statement
// (content/accessibility-check.json). Exit code 1 when anything fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorsOf, reportHtml, verdict } from '../src/checks/output/report.ts';
import { runChecks } from '../src/checks/output/run-checks.ts';
import { serveFolder } from './lib/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { record: { type: 'boolean', default: false }, out: { type: 'string', default: 'reports/accessibility' } },
});
const folder = path.resolve(positionals[0] ?? 'dist');
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });

const started = performance.now();
const report = await runChecks({ folder, workDir: out, pa11yConfig: path.resolve('.pa11yci.json'), serve: serveFolder });
report.folder = path.relative(process.cwd(), folder) || folder;
writeFileSync(path.join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join(out, 'index.html'), reportHtml(report));

for (const finding of errorsOf(report))
  console.error(
    `${finding.target} ${finding.tool} ${finding.rule}: ${finding.message}${finding.element ? `\n    at ${finding.element}` : ''}`,
  );
console.log(`${verdict(report)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
console.log(`Report: ${path.relative(process.cwd(), path.join(out, 'index.html'))}`);

if (values.record) {
  const errors = errorsOf(report);
  const record = {
    date: report.date.slice(0, 10),
    passed: report.passed,
    counts: {
      pages: report.checked.pages.length,
      pdfs: report.checked.pdfs.length,
      cardFiles: report.checked.cards.length,
      failures: errors.length,
    },
    knownIssues: [
      ...new Map(
        errors.map((finding) => [
          `${finding.rule}:${finding.message}`,
          { description: finding.message, wcag: finding.wcag, where: finding.target },
        ]),
      ).values(),
    ],
  };
  writeFileSync(path.resolve('content/accessibility-check.json'), `${JSON.stringify(record, null, 2)}\n`);
  console.log('Recorded the verdict in content/accessibility-check.json for the accessibility statement.');
}
process.exit(report.passed ? 0 : 1);

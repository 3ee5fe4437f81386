/**
 * The auditor's report `npm run check` writes (index.html and report.json), from a fixture
 * run: every WCAG 2.2 A and AA criterion in a captioned table with scoped headers, the rules
 * that tested each and where, the failures linked, "checks passed" said of the checks (never
 * PDF/UA conformance), readable tool names, accepted findings with their reasons, and the
 * evidence recorded for the build without the machine's folder, in a stable order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../src/checks/output/report.ts';
import { reportHtml, verdict } from '../../../src/checks/output/report.ts';
import { recordedEvidence, reportData } from '../../../src/checks/report/data.ts';
import { ManualChecksSchema } from '../../../src/schemas/manual-checks.ts';
import { RecordedReportSchema } from '../../../src/schemas/recorded-report.ts';
import { parseHtml, visibleText } from '../../helpers/html.ts';
import { FIXTURES } from '../../helpers/paths.ts';

const EVIDENCE = path.join(FIXTURES, '..', 'accessibility-evidence');
const fixture = JSON.parse(readFileSync(path.join(EVIDENCE, 'report.json'), 'utf8')) as CheckReport;
const report: CheckReport = { ...fixture, folder: 'dist' };
const manual = ManualChecksSchema.parse(JSON.parse(readFileSync(path.join(EVIDENCE, 'manual-checks.json'), 'utf8')));
const page = parseHtml(reportHtml(report, manual));
// Each cell's column header, repeated as text for narrow screens, is left out of what is compared.
for (const label of page.querySelectorAll('.label')) label.remove();
const text = visibleText(page.querySelector('main'));
const tableWithCaption = (caption: string) =>
  page.querySelectorAll('table').find((table) => visibleText(table.querySelector('caption')).startsWith(caption));

describe('the report page', () => {
  it('is an accessible page: one h1, tables with captions and scoped headers, no script', () => {
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(page.querySelectorAll('script')).toHaveLength(0);
    for (const table of page.querySelectorAll('table')) {
      expect(visibleText(table.querySelector('caption')).length).toBeGreaterThan(0);
      expect(table.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      expect(table.querySelectorAll('tbody tr').every((tr) => tr.querySelector('th')?.getAttribute('scope') === 'row')).toBe(true);
    }
    expect(reportHtml(report)).toMatch(/@media print/);
  });

  it('has a row for every WCAG 2.2 A and AA criterion, and marks those that fail', () => {
    const table = tableWithCaption('WCAG 2.2 success criteria at levels A and AA')!;
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(55);
    // The row header is a link to the criterion's part of the report (beside the label narrow screens show).
    const numbers = rows.map((row) => visibleText(row.querySelector('th a')).split(' ')[0]);
    expect(numbers).toContain('2.4.11');
    expect(numbers).not.toContain('4.1.1');
    const result = (number: string) =>
      visibleText(rows.find((row) => visibleText(row.querySelector('th a')).startsWith(`${number} `))?.querySelector('td:last-child'));
    expect(result('1.4.3')).toBe('Fails');
    expect(result('3.1.1')).toBe('Fails');
    expect(result('1.4.10')).toBe('Fails');
    // Passed the automated checks and by a person on the web, but not yet checked in the PDFs.
    expect(result('1.1.1')).toBe('Needs a manual check');
  });

  it('says for each criterion how it was tested, where, with what result, and who checked it', () => {
    const detail = visibleText(page.querySelector('#sc-1-4-3')?.nextElementSibling?.nextElementSibling?.nextElementSibling);
    expect(detail).toContain('Web pages (3 pages): 1 failure. Rules: axe-core: color-contrast. Failures: finding 1.');
    expect(page.querySelector('#sc-1-4-3 ~ ul a[href="#finding-1"]')).not.toBeNull();
    expect(text).toContain(
      'Web pages: passed, checked by Sam Patel, Access Audits Ltd on 20 November 2026. How: NVDA 2024.4 with Firefox 133.',
    );
    expect(text).toContain(
      'Web pages: not applicable, checked by Sam Patel, Access Audits Ltd on 20 November 2026. Why it does not apply: The website has no audio or video.',
    );
    expect(text).toContain('No automated rule tests this criterion: only a person can check it.');
  });

  it('says “checks passed” of the checks, never PDF/UA conformance, and names the Matterhorn checkpoints tested', () => {
    expect(text).toContain('It is not PDF/UA-1 conformance: no PDF/UA validator (veraPDF or PAC) ran.');
    expect(text).not.toMatch(/Passed: \d+ PDFs/);
    const matterhorn = tableWithCaption('Matterhorn checkpoints the PDF checks test')!;
    const language = matterhorn.querySelectorAll('tbody tr').find((row) => visibleText(row.querySelector('th')) === '11-001');
    expect(language?.querySelectorAll('td').map((cell) => visibleText(cell))).toEqual([
      'Natural language for text in page content cannot be determined.',
      '7.2',
      'pdf-lang',
      'Failed: finding 3',
    ]);
    expect(tableWithCaption('Matterhorn checkpoints that need a person')).toBeDefined();
  });

  it('names the tools readably, and shows accepted findings with who accepted them and why', () => {
    const pdfChecks = tableWithCaption('The tools that ran')
      ?.querySelectorAll('tbody tr')
      .find((row) => visibleText(row.querySelector('th')).endsWith('PDF checks'));
    expect(visibleText(pdfChecks?.querySelector('td'))).toBe('accessible-charters 0.1.0');
    const facts = Object.fromEntries(
      (page.querySelector('#accepted-1')?.querySelectorAll('dl div') ?? []).map((fact) => [
        visibleText(fact.querySelector('dt')),
        visibleText(fact.querySelector('dd')),
      ]),
    );
    expect(facts['Accepted']).toMatch(/^by Sam Patel, accessibility lead on 20 November 2026: The wide table on the home page/);
    expect(facts['Fix due by']).toBe('1 February 2027');
  });

  it('lists findings against AAA criteria apart', () => {
    expect(visibleText(page.querySelector('#other-criteria')?.nextElementSibling?.nextElementSibling)).toBe('1.4.6: finding 2');
  });
});

describe('the verdict', () => {
  it('says what the automated checks found in how many pages and files', () => {
    expect(verdict({ ...report, findings: [], accepted: [] })).toBe('The automated checks found no failures in 3 pages and 3 files.');
    expect(verdict(report)).toBe(
      'The automated checks found 3 failures in 3 pages and 3 files. 1 known failure is accepted in the reviewed baseline and listed with its reason.',
    );
  });
});

describe('the evidence as data', () => {
  it('gives every criterion and checkpoint with its result and the ids of its findings', () => {
    const data = reportData(report, manual);
    expect(data.criteria).toHaveLength(55);
    expect(data.criteria.find((criterion) => criterion.criterion === '1.4.3')).toMatchObject({
      result: 'fail',
      automated: {
        result: 'fail',
        scopes: [
          { scope: 'page', failures: ['finding-1'] },
          { scope: 'card-png', failures: ['finding-2'] },
        ],
      },
    });
    expect(data.findings.map((finding) => finding.id)).toEqual(['finding-1', 'finding-2', 'finding-3']);
    expect(data.matterhorn.validated).toBe(false);
  });

  it('is recorded without the folder it was checked in, in a stable order, and reads back as the build reads it', () => {
    const machine = '/tmp/some-build';
    const run: CheckReport = {
      ...report,
      folder: machine,
      checked: { ...report.checked, pages: [...report.checked.pages].reverse() },
      findings: [...report.findings]
        .reverse()
        .map((finding, index) => (index === 0 ? { ...finding, message: `${finding.message} Read ${machine}/x.pdf.` } : finding)),
    };
    const recorded = recordedEvidence(run, machine);
    expect(JSON.stringify(recorded)).not.toContain(machine);
    expect('folder' in recorded).toBe(false);
    expect(recorded.checked.pages).toEqual(['/', '/accessibility/', '/charters/every-block-type/']);
    expect(recorded.findings.map((finding) => finding.target)).toEqual([...report.findings.map((finding) => finding.target)].sort());
    expect(RecordedReportSchema.safeParse(recorded).success).toBe(true);
  });
});

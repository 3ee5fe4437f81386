/**
 * The published report and the statement built from evidence: a fixture charter built with a
 * recorded report, a manual-check record and a baseline (tests/fixtures/accessibility-evidence,
 * read through ACCESSIBILITY_REPORT_FILE, MANUAL_CHECKS_FILE and ACCESSIBILITY_BASELINE_FILE) on
 * a bilingual site whose settings give a phone, Relay UK and the known gaps' fix dates.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WCAG22_CRITERIA } from '../../src/checks/criteria/wcag22.ts';
import { buildSite } from '../helpers/build.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const EVIDENCE = path.join(ROOT, 'tests/fixtures/accessibility-evidence');
const work = mkdtempSync(path.join(tmpdir(), 'charters-report-'));
const content = path.join(work, 'charters');
const out = path.join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pageOf = (pathname: string) => parseHtml(readFileSync(path.join(out, pathname, 'index.html'), 'utf8'));

beforeAll(() => {
  // One charter with an easy read edition that readers have not tested.
  mkdirSync(path.join(content, 'every-block-type'), { recursive: true });
  cpSync(path.join(FIXTURES, 'valid/every-block-type/charter.mdx'), path.join(content, 'every-block-type/charter.mdx'));
  cpSync(path.join(ROOT, 'tests/fixtures/easy-read/valid/good.mdx'), path.join(content, 'every-block-type/easy-read.mdx'));
  const run = buildSite(content, out, {
    env: {
      SITE_FILE: path.join(EVIDENCE, 'site.yaml'),
      ACCESSIBILITY_REPORT_FILE: path.join(EVIDENCE, 'report.json'),
      MANUAL_CHECKS_FILE: path.join(EVIDENCE, 'manual-checks.json'),
      ACCESSIBILITY_BASELINE_FILE: path.join(EVIDENCE, 'baseline.json'),
    },
  });
  expect(run.status, run.stderr).toBe(0);
}, 600_000);

describe('the published report page', () => {
  const page = () => pageOf('accessibility/report');
  /** A table's rows, each cell's narrow-screen label left out. */
  const rowsOf = (caption: string) => {
    const table = page()
      .querySelectorAll('table')
      .find((candidate) => visibleText(candidate.querySelector('caption')).startsWith(caption));
    for (const label of table?.querySelectorAll('.cc-table__label') ?? []) label.remove();
    return table?.querySelectorAll('tbody tr') ?? [];
  };

  it('is a page of the site: one h1, the site’s language, no script, in the sitemap', () => {
    expect(
      page()
        .querySelectorAll('h1')
        .map((heading) => visibleText(heading)),
    ).toEqual(['Accessibility check report']);
    expect(page().querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(readFileSync(path.join(out, 'accessibility/report/index.html'), 'utf8')).not.toMatch(/<script\b/i);
    expect(readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8')).toContain('/accessibility/report/</loc>');
  });

  it('has every table captioned, with scoped column and row headers', () => {
    const tables = page().querySelectorAll('main table');
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      expect(visibleText(table.querySelector('caption')).length).toBeGreaterThan(0);
      expect(table.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      expect(table.querySelectorAll('tbody tr').every((tr) => tr.querySelector('th')?.getAttribute('scope') === 'row')).toBe(true);
    }
  });

  it('has each WCAG 2.2 A and AA criterion in its table, with the recorded result', () => {
    const rows = rowsOf('WCAG 2.2 success criteria at levels A and AA');
    expect(rows.map((row) => visibleText(row.querySelector('th')))).toEqual(
      WCAG22_CRITERIA.map((criterion) => `${criterion.number} ${criterion.name}`),
    );
    const cells = (number: string) =>
      rows
        .find((row) => visibleText(row.querySelector('th')).startsWith(`${number} `))
        ?.querySelectorAll('td')
        .map((cell) => visibleText(cell));
    expect(cells('1.4.3')).toEqual([
      'AA',
      'Web pages: 1 failure; Card images: 1 failure',
      'Web pages: not checked; PDFs: not checked; Cards: not checked',
      'Fails',
    ]);
    expect(cells('2.1.1')?.[2]).toMatch(/^Web pages: failed;/);
    // Each criterion's part of the page, linked from its row.
    expect(page().querySelector('#sc-2-4-11')).not.toBeNull();
  });

  it('is published as data beside it', () => {
    const data = JSON.parse(readFileSync(path.join(out, 'accessibility/report.json'), 'utf8')) as {
      criteria: { criterion: string; result: string }[];
      date: string;
    };
    expect(data.criteria).toHaveLength(55);
    expect(data.criteria.find((criterion) => criterion.criterion === '1.4.3')?.result).toBe('fail');
    expect(data.date).toBe('2026-11-28T09:15:00.000Z');
  });
});

describe('the accessibility statement built from evidence', () => {
  const statement = () => pageOf('accessibility');
  const items = () =>
    statement()
      .querySelectorAll('.cc-non-compliance li')
      .map((item) => visibleText(item));

  it('lists the baseline’s accepted failure with its criterion, the reviewer’s note and its fix date, and not a false positive', () => {
    expect(items()).toContain(
      'The page scrolls sideways at 320 px wide (content is 340 px wide). (/) Our review: The wide table on the home page is being replaced by a list; until then the same facts are on each charter’s page. This fails WCAG 2.2 success criterion 1.4.10. We plan to fix this by 1 February 2027.',
    );
    expect(items().join('\n')).not.toContain('/charters/other/');
  });

  it('lists the known gaps, each with its criterion and the fix date from the settings', () => {
    expect(items()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Our PDFs are tagged .* This may fail WCAG 2\.2 success criterion 1\.3\.1\. We plan to fix this by March 2027\.$/,
        ),
        expect.stringMatching(
          /^Our easy read editions have not yet been tested .* success criterion 3\.1\.5, at level AAA, .* We plan to fix this by 30 June 2027\.$/,
        ),
        expect.stringMatching(
          /^The charter cards are shown .* This may fail WCAG 2\.2 success criterion 1\.4\.5\. We plan to fix this by September 2027\.$/,
        ),
      ]),
    );
  });

  it('lists what people found failing, and the failures of the last run', () => {
    expect(items()).toContain(
      'The language switch cannot be reached with the keyboard. (Web pages) This fails WCAG 2.2 success criterion 2.1.1. We have not set a date to fix this yet.',
    );
    expect(items()).toContain(
      'The document has no language (catalog /Lang). (/charters/every-block-type/every-block-type-large-print.pdf) This fails WCAG 2.2 success criterion 3.1.1. We have not set a date to fix this yet.',
    );
  });

  it('gives the phone with Relay UK, the date of the last check and a link to the report', () => {
    const text = visibleText(statement().querySelector('main'));
    expect(statement().querySelector('a[href="tel:+441632960123"]')).not.toBeNull();
    expect(text).toContain('If you cannot hear or speak on the phone, you can use Relay UK: dial 18001 then 01632 960 123.');
    expect(visibleText(statement().querySelector('.cc-last-check'))).toBe(
      'This website was last checked automatically on 28 November 2026. 3 failures were found. 1 known failure was accepted after review and is listed above. Checked: 3 pages, 2 PDFs, 1 card file.',
    );
    const link = statement().querySelector('.cc-report-link a');
    expect([link?.getAttribute('href'), link?.getAttribute('hreflang'), visibleText(link)]).toEqual([
      '/accessibility/report/',
      undefined,
      'the full accessibility check report',
    ]);
  });

  it('in Welsh, links the report in the site’s language with hreflang and says it is in English', () => {
    const link = pageOf('cy/hygyrchedd').querySelector('.cc-report-link a');
    expect([link?.getAttribute('href'), link?.getAttribute('hreflang'), visibleText(link)]).toEqual([
      '/accessibility/report/',
      'en-GB',
      'adroddiad llawn y gwiriadau hygyrchedd (yn Saesneg)',
    ]);
  });
});

/**
 * A charter with a four-column table of response targets (tests/fixtures/charters/
 * wide-targets-table), built as authors build it: on a 320 px screen the page does not scroll
 * sideways (WCAG 1.4.10) because each row stacks as header/value pairs, every cell shown
 * after its column's header; on a wide screen and on paper it is a real table with column
 * headers (WCAG 1.3.1); and the page and its files pass the checks of `npm run check`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/output/run-checks.ts';
import { serveFolder } from '../../scripts/lib/static-server.ts';
import { buildSite } from '../helpers/build.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';
import { servedInChromium } from '../helpers/served-in-chromium.ts';

const PAGE = '/charters/response-targets/';
const HEADERS = ['Type of contact', 'Acknowledgement', 'Full response', 'Who responds'];
const work = mkdtempSync(path.join(tmpdir(), 'charters-wide-table-'));
const out = path.join(work, 'site');

beforeAll(() => {
  const run = buildSite(path.join(FIXTURES, 'wide-targets-table'), out);
  expect(run.status, run.stderr).toBe(0);
}, 600_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});
// Registered after the build, so it serves what the build wrote; closed before the folder goes.
const chromium = servedInChromium(out);

/** What Chromium lays out: whether the page scrolls sideways, and each body cell's header label and value. */
async function layoutAt(width: number, media: 'screen' | 'print' = 'screen') {
  await chromium.page.emulateMedia({ media });
  await chromium.page.setViewportSize({ width, height: 800 });
  await chromium.page.goto(chromium.server.url + PAGE, { waitUntil: 'load' });
  return chromium.page.evaluate(() => {
    const root = document.documentElement;
    const table = document.querySelector('.cc-table') as HTMLElement;
    const cells = [...table.querySelectorAll('tbody td')].map((cell) => {
      const label = cell.querySelector('.cc-table__label') as HTMLElement | null;
      const value = document.createRange();
      value.setStartAfter(label ?? cell);
      value.setEnd(cell, cell.childNodes.length);
      const box = label?.getBoundingClientRect();
      const valueBox = value.getBoundingClientRect();
      return {
        label: label?.textContent ?? '',
        shown: label ? getComputedStyle(label).display !== 'none' && (box?.height ?? 0) > 0 : false,
        labelAbove: box ? box.bottom <= valueBox.top + 1 : false,
        value: value.toString().replace(/\s+/g, ' ').trim(),
        display: getComputedStyle(cell).display,
      };
    });
    return {
      scrolls: root.scrollWidth > root.clientWidth + 1,
      tableDisplay: getComputedStyle(table).display,
      headerRowShown: (table.querySelector('thead') as HTMLElement).getBoundingClientRect().height > 1,
      cells,
    };
  });
}

describe('a four-column table of targets on the page', () => {
  it('is a real table: column headers with scope, each body cell carrying its header’s words for narrow screens', () => {
    const html = parseHtml(readFileSync(path.join(out, PAGE, 'index.html'), 'utf8'));
    const table = html.querySelector('table.cc-table');
    expect(table?.querySelectorAll('thead th').map((th) => [th.getAttribute('scope'), visibleText(th)])).toEqual(
      HEADERS.map((header) => ['col', header]),
    );
    const rows = table?.querySelectorAll('tbody tr') ?? [];
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      // The header's words are text in the page, not CSS generated content.
      expect(row.querySelectorAll('td').map((cell) => visibleText(cell.querySelector('.cc-table__label')))).toEqual(HEADERS);
    }
    expect(rows[2]?.querySelectorAll('td').map((cell) => visibleText(cell))).toEqual([
      'Type of contact Telephone message',
      'Acknowledgement By the end of the next working day',
      'Full response 5 working days',
      'Who responds The person you asked for',
    ]);
  });

  it('does not scroll sideways at 320 px: each cell is shown after its column’s header (WCAG 1.4.10)', async () => {
    const narrow = await layoutAt(320);
    expect(narrow.scrolls).toBe(false);
    expect(narrow.tableDisplay).toBe('block');
    expect(narrow.headerRowShown).toBe(false);
    expect(narrow.cells).toHaveLength(20);
    narrow.cells.forEach((cell, index) => {
      expect(cell.label, `cell ${index}`).toBe(HEADERS[index % 4]);
      expect(cell.shown, `cell ${index}`).toBe(true);
      expect(cell.labelAbove, `cell ${index}`).toBe(true);
    });
    expect(narrow.cells[1]?.value).toBe('3 working days');
  }, 60_000);

  it('would scroll sideways at 320 px as a grid: the fixture proves the reflow', async () => {
    await layoutAt(320);
    await chromium.page.addStyleTag({
      content:
        '.cc-table { display: table !important } .cc-table tr { display: table-row !important } .cc-table td { display: table-cell !important }',
    });
    expect(await chromium.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)).toBe(true);
  }, 60_000);

  it.each([656, 1280])(
    'is a grid with its header row at %i px, the cells’ own labels not shown, and does not scroll',
    async (width) => {
      const wide = await layoutAt(width);
      expect(wide.scrolls).toBe(false);
      expect(wide.tableDisplay).toBe('table');
      expect(wide.headerRowShown).toBe(true);
      expect(wide.cells.every((cell) => cell.display === 'table-cell' && !cell.shown)).toBe(true);
    },
    60_000,
  );

  it('prints as a grid with its header row, even on a narrow page', async () => {
    const printed = await layoutAt(320, 'print');
    expect(printed.tableDisplay).toBe('table');
    expect(printed.headerRowShown).toBe(true);
    expect(printed.cells.some((cell) => cell.shown)).toBe(false);
  }, 60_000);
});

describe('the checks of npm run check on the page and its files', () => {
  it('find nothing: axe-core, layout (reflow at 320 px), HTML, the PDFs and the cards', async () => {
    const report = await runChecks({
      folder: out,
      workDir: work,
      pa11yConfig: path.join(ROOT, '.pa11yci.json'),
      pa11y: false,
      pages: [PAGE],
      serve: serveFolder,
    });
    expect(report.checked.pages).toEqual([PAGE]);
    expect(report.checked.pdfs.filter((file) => file.startsWith(PAGE)).length).toBeGreaterThanOrEqual(2);
    expect(report.findings).toEqual([]);
  }, 300_000);
});

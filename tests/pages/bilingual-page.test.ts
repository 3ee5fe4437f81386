/**
 * One bilingual charter (tests/fixtures/charters/bilingual/dwyieithog: English, then the
 * Welsh half in a <Language lang="cy"> passage, Welsh words marked inline), built as authors
 * build it: the Welsh words are `<span lang="cy">` inside English sentences, a heading and a
 * link; the Welsh half is one element with lang="cy" whose headings are real sections; the
 * contents list names the sections of both halves, the Welsh ones with lang (WCAG 3.1.2);
 * and the page and its files pass the checks of `npm run check` (axe-core, pa11y, layout,
 * HTML, PDFs and cards).
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

const PAGE = '/charters/dwyieithog/';
const work = mkdtempSync(path.join(tmpdir(), 'charters-bilingual-'));
const out = path.join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

let page: ReturnType<typeof parseHtml>;

beforeAll(() => {
  const run = buildSite(path.join(FIXTURES, 'bilingual'), out);
  expect(run.status, run.stderr).toBe(0);
  page = parseHtml(readFileSync(path.join(out, PAGE, 'index.html'), 'utf8'));
}, 600_000);

const WELSH_SECTIONS = [
  ['ein-haddewid-i-chi', 'Ein haddewid i chi'],
  ['ein-haddewidion', 'Ein haddewidion'],
  ['pa-mor-gyflym-y-byddwn-yn-ateb', 'Pa mor gyflym y byddwn yn ateb'],
  ['iaith-gwaith-siarad-cymraeg-â-ni', 'Iaith Gwaith: siarad Cymraeg â ni'],
  ['os-nad-ydych-yn-fodlon', 'Os nad ydych yn fodlon'],
];

describe('a bilingual charter page', () => {
  it('is in the charter’s language, English', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
  });

  it('marks the Welsh words inside English sentences, a heading and a link with <span lang="cy">', () => {
    const prose = page.querySelector('.cc-prose');
    const spans = (prose?.querySelectorAll('span[lang]') ?? []).map((span) => [
      span.parentNode?.tagName.toLowerCase(),
      span.getAttribute('lang'),
      visibleText(span),
    ]);
    expect(spans).toEqual([
      ['a', 'cy', 'Ein haddewid i chi'],
      ['h2', 'cy', 'Iaith Gwaith'],
      ['p', 'cy', 'Iaith Gwaith'],
      ['a', 'cy', 'Swyddog y Gymraeg'],
    ]);
    const intro = prose?.querySelector('p');
    expect(visibleText(intro)).toContain('the Welsh version starts at Ein haddewid i chi. Both versions');
    expect(intro?.querySelector('a[href="#ein-haddewid-i-chi"] > span[lang="cy"]')).not.toBeNull();
    const heading = page.querySelector('h2#iaith-gwaith-speaking-welsh-with-us');
    expect(heading?.innerHTML).toBe('<span lang="cy">Iaith Gwaith</span>: speaking Welsh with us');
    expect(page.querySelector('a[href="mailto:cymraeg@county-example.example"]')?.innerHTML).toBe(
      '<span lang="cy">Swyddog y Gymraeg</span>',
    );
  });

  it('puts the Welsh half in one element with lang="cy", its headings real sections with ids', () => {
    const halves = page.querySelectorAll('.cc-prose [lang]').filter((element) => element.tagName !== 'SPAN');
    expect(halves.map((element) => element.getAttribute('lang'))).toEqual(['cy']);
    const headings = halves[0]?.querySelectorAll('h2').map((h2) => [h2.getAttribute('id'), visibleText(h2)]);
    expect(headings).toEqual(WELSH_SECTIONS);
    expect(visibleText(halves[0])).toContain('Byddwn yn: eich trin â pharch ac urddas');
  });

  it('lists the sections of both halves in the contents, the Welsh ones with lang="cy", then the contact section, each leading to its heading', () => {
    const entries = page.querySelectorAll('nav.cc-contents li a');
    expect(entries.map((link) => [link.getAttribute('href'), link.getAttribute('lang') ?? null, visibleText(link)])).toEqual([
      ['#our-promises', null, 'Our promises'],
      ['#how-quickly-we-answer', null, 'How quickly we answer'],
      ['#iaith-gwaith-speaking-welsh-with-us', null, 'Iaith Gwaith: speaking Welsh with us'],
      ['#if-you-are-not-happy', null, 'If you are not happy'],
      ...WELSH_SECTIONS.map(([id, text]) => [`#${id}`, 'cy', text]),
      // Then the page's own contact section, in the site's words.
      ['#contact', null, 'Contact Example County Borough Council'],
    ]);
    // The Welsh words of an English heading are marked in its entry too.
    expect(entries[2]?.innerHTML).toBe('<span lang="cy">Iaith Gwaith</span>: speaking Welsh with us');
    for (const link of entries) {
      const id = (link.getAttribute('href') ?? '').slice(1);
      expect(page.querySelector(`[id="${id}"]`)?.tagName, id).toBe('H2');
    }
    // The contents heading is the site's English words, in the page's language: no lang of its own.
    expect(page.querySelector('#contents-heading')?.getAttribute('lang')).toBeUndefined();
  });
});

describe('the checks of npm run check on the bilingual page and its files', () => {
  it('find nothing: axe-core, pa11y, layout, HTML, the PDFs and the cards', async () => {
    const report = await runChecks({
      folder: out,
      workDir: work,
      pa11yConfig: path.join(ROOT, '.pa11yci.json'),
      pages: [PAGE],
      serve: serveFolder,
    });
    expect(report.checked.pages).toEqual([PAGE]);
    expect(report.checked.pdfs.filter((file) => file.startsWith(PAGE)).length).toBeGreaterThanOrEqual(2);
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    // Welsh grade 2 words liblouis cannot read back from its own braille: a warning for a
    // transcriber, never hidden (README, "Braille-ready files").
    expect(report.findings.map((finding) => `${finding.severity} ${finding.rule}`)).toEqual(['warning brf-back-translation']);
  }, 300_000);
});

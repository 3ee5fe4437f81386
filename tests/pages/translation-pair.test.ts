/**
 * A charter and its Welsh translation (tests/fixtures/translations/pair): each page links
 * the other with a language switch, both name every version in <link rel="alternate"
 * hreflang> and the sitemap's xhtml:link alternates, languages are marked (WCAG 3.1.1,
 * 3.1.2), and the pages pass the browser checks (axe-core, pa11y, layout, HTML).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/output/run-checks.ts';
import { serveFolder } from '../../scripts/lib/static-server.ts';
import { t, type UiLanguage } from '../../src/i18n/index.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { buildSite } from '../helpers/build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'charters-pair-'));
const out = path.join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAGES = { 'en-GB': '/charters/our-promise/', 'cy-GB': '/charters/ein-haddewid/' } as const;
/** Each charter's "Print this charter" page, for staff. */
const PRINT_PAGES = { 'en-GB': '/charters/our-promise/print/', 'cy-GB': '/charters/ein-haddewid/print/' } as const;
const pageOf = (pathname: string) => parseHtml(readFileSync(path.join(out, pathname, 'index.html'), 'utf8'));

beforeAll(() => {
  const run = buildSite(path.join(ROOT, 'tests/fixtures/translations/pair'), out);
  expect(run.status, run.stderr).toBe(0);
}, 600_000);

describe.each(Object.entries(PAGES))('the %s page of a translated pair', (lang, pathname) => {
  const other = Object.entries(PAGES).find(([otherLang]) => otherLang !== lang) as [string, string];

  it('is in its language', () => {
    expect(pageOf(pathname).querySelector('html')?.getAttribute('lang')).toBe(lang);
  });

  it('has no easy read, says so plainly and points to the request: nothing claims one is on its way', () => {
    const formats = pageOf(pathname).querySelector('.cc-formats');
    const ui = lang as UiLanguage;
    expect(visibleText(formats?.querySelector('.cc-formats__no-easy-read'))).toBe(t(ui, 'charter.formats.noEasyRead'));
    expect(formats?.querySelectorAll('.cc-downloads__link').map((link) => visibleText(link))).not.toContain(t(ui, 'downloads.easyRead'));
    expect(visibleText(formats)).not.toMatch(/coming soon|being prepared|yn dod yn fuan|cael eu paratoi/i);
  });

  it('links the other language with a switch: the language named in itself, lang and hreflang set', () => {
    const nav = pageOf(pathname).querySelector('nav.cc-language-switch');
    expect(nav?.getAttribute('aria-label')).toBe(lang === 'cy-GB' ? 'Iaith' : 'Language');
    const link = nav?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(other[1]);
    expect(link?.getAttribute('hreflang')).toBe(other[0]);
    expect(link?.getAttribute('lang')).toBe(other[0]);
    expect(link?.text).toBe(other[0] === 'cy-GB' ? 'Cymraeg' : 'English');
    const current = nav?.querySelector('[aria-current="true"]');
    expect(current?.text).toBe(lang === 'cy-GB' ? 'Cymraeg' : 'English');
  });

  it('names both versions in <link rel="alternate" hreflang>', () => {
    const links = pageOf(pathname)
      .querySelectorAll('link[rel="alternate"]')
      .map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]);
    expect(links).toEqual([
      ['en-GB', PAGES['en-GB']],
      ['cy-GB', PAGES['cy-GB']],
    ]);
  });
});

describe.each(Object.entries(PRINT_PAGES))('the %s print page of a translated pair', (lang, pathname) => {
  const other = Object.entries(PRINT_PAGES).find(([otherLang]) => otherLang !== lang) as [string, string];

  it('is in its language, and switches to the other language’s print page (lang, hreflang, <link rel="alternate">)', () => {
    const page = pageOf(pathname);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe(lang);
    expect(visibleText(page.querySelector('h1'))).toBe(t(lang as UiLanguage, 'printPage.heading'));
    const link = page.querySelector('nav.cc-language-switch a');
    expect([link?.getAttribute('href'), link?.getAttribute('hreflang')]).toEqual([other[1], other[0]]);
    expect(
      page
        .querySelectorAll('link[rel="alternate"]')
        .map((alternate) => [alternate.getAttribute('hreflang'), new URL(alternate.getAttribute('href') ?? '').pathname]),
    ).toEqual([
      ['en-GB', PRINT_PAGES['en-GB']],
      ['cy-GB', PRINT_PAGES['cy-GB']],
    ]);
  });

  it('is linked from its charter page, and the bilingual card is on the first language’s print page only', () => {
    const charter = PAGES[lang as keyof typeof PAGES];
    expect(pageOf(charter).querySelector(`.cc-card__printing a[href="${pathname}"]`)).not.toBeNull();
    const bilingual = pageOf(pathname).querySelector('a[href$="-card-bilingual.pdf"]');
    expect(bilingual !== null).toBe(lang === 'en-GB');
    expect(pageOf(charter).querySelector('a[href$="-card-bilingual.pdf"]')).toBeNull();
  });
});

describe('the sitemap of a translated pair', () => {
  it('lists both versions as alternates of each page and of each print page', () => {
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    for (const pages of [PAGES, PRINT_PAGES]) {
      for (const pathname of Object.values(pages)) {
        const entry = new RegExp(`<url><loc>[^<]*${pathname}</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en-GB" href="https://charters.example.org${pages['en-GB']}"/>`);
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="cy-GB" href="https://charters.example.org${pages['cy-GB']}"/>`);
      }
    }
  });
});

describe('the checks manifest of a translated pair', () => {
  it('lists the pair, the first language first, with its parity status', () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'checks-manifest.json'), 'utf8')) as { translations: unknown[] };
    // content/site.yaml does not require parity (the seeds are English-only bodies).
    expect(manifest.translations).toEqual([{ pages: [PAGES['en-GB'], PAGES['cy-GB']], langs: ['en-GB', 'cy-GB'], parity: 'not-required' }]);
  });
});

describe('the browser checks on both pages and both print pages', () => {
  it('find nothing: axe-core, pa11y, layout and HTML', async () => {
    const report = await runChecks({
      folder: out,
      workDir: work,
      pa11yConfig: path.join(ROOT, '.pa11yci.json'),
      pages: [...Object.values(PAGES), ...Object.values(PRINT_PAGES)],
      serve: serveFolder,
    });
    expect(report.findings.filter((finding) => finding.format === 'web')).toEqual([]);
  }, 300_000);
});

/**
 * A site that publishes in English and Welsh (tests/fixtures/sites/bilingual.yaml, read through
 * SITE_FILE), built with the translated pair of tests/fixtures/translations/pair and one more
 * charter that has no Welsh version: the home page and accessibility statement in Welsh at
 * /cy/ and /cy/hygyrchedd/ with Welsh furniture and site.yaml's Welsh prose, each English site
 * page and its Welsh page linked both ways (language switch, <link rel="alternate" hreflang>,
 * sitemap), the header's links in each page's language, a bilingual 404, and the browser
 * checks (axe-core, pa11y, layout, HTML) passing on the new pages (Welsh Language Standards;
 * WCAG 3.1.1, 3.1.2).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/output/run-checks.ts';
import { t } from '../../src/i18n/index.ts';
import { serveFolder } from '../../scripts/lib/static-server.ts';
import { buildSite } from '../helpers/build.ts';
import { englishPhrases, everyWord } from '../helpers/english-phrases.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';

const PAIR = path.join(ROOT, 'tests/fixtures/translations/pair');
const SITE_FILE = path.join(ROOT, 'tests/fixtures/sites/bilingual.yaml');
const work = mkdtempSync(path.join(tmpdir(), 'charters-bilingual-'));
const content = path.join(work, 'charters');
const out = path.join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each site-wide page in each language. */
const SITE_PAGES = {
  home: { 'en-GB': '/', 'cy-GB': '/cy/' },
  accessibility: { 'en-GB': '/accessibility/', 'cy-GB': '/cy/hygyrchedd/' },
} as const;
const CHARTERS = { 'en-GB': '/charters/our-promise/', 'cy-GB': '/charters/ein-haddewid/' } as const;
/** A charter with no Welsh version. */
const ENGLISH_ONLY = '/charters/parking-charter/';

const pageOf = (pathname: string) =>
  parseHtml(readFileSync(path.join(out, pathname.endsWith('.html') ? pathname : path.join(pathname, 'index.html')), 'utf8'));
const hrefPath = (href: string | undefined) => new URL(href ?? '', 'https://charters.example.org').pathname;

beforeAll(() => {
  cpSync(PAIR, content, { recursive: true });
  const english = readFileSync(path.join(PAIR, 'our-promise', 'charter.mdx'), 'utf8')
    .replace(/^translation: .*\n/m, '')
    .replace(/^title: .*$/m, 'title: Parking charter');
  mkdirSync(path.join(content, 'parking-charter'));
  writeFileSync(path.join(content, 'parking-charter', 'charter.mdx'), english);
  const run = buildSite(content, out, { env: { SITE_FILE } });
  expect(run.status, run.stderr).toBe(0);
}, 600_000);

describe.each(Object.entries(SITE_PAGES))('the %s page in both languages', (page, paths) => {
  const keys = page === 'home' ? /^(site|home|language)\./ : /^(site|statement|language)\./;

  it('is at its address in each language, with the page’s lang', () => {
    expect(pageOf(paths['en-GB']).querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(pageOf(paths['cy-GB']).querySelector('html')?.getAttribute('lang')).toBe('cy-GB');
  });

  it('has Welsh furniture in Welsh: no phrase of the English dictionary', () => {
    const words = everyWord(pageOf(paths['cy-GB']), 'cy-GB').toLowerCase();
    const phrases = englishPhrases(keys);
    expect(phrases.length).toBeGreaterThan(page === 'home' ? 8 : 40);
    expect(phrases.filter((phrase) => words.includes(phrase.toLowerCase()))).toEqual([]);
  });

  it.each(['en-GB', 'cy-GB'] as const)('links the other language from the %s page with the language switch', (lang) => {
    const other = lang === 'en-GB' ? 'cy-GB' : 'en-GB';
    const nav = pageOf(paths[lang]).querySelector('main nav.cc-language-switch');
    expect(nav?.getAttribute('aria-label')).toBe(t(lang, 'language.switch.label'));
    const link = nav?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(paths[other]);
    expect(link?.getAttribute('hreflang')).toBe(other);
    expect(link?.getAttribute('lang')).toBe(other);
    expect(link?.text).toBe(t(other, 'language.name'));
    expect(nav?.querySelector('[aria-current="true"]')?.text).toBe(t(lang, 'language.name'));
  });

  it.each(['en-GB', 'cy-GB'] as const)('names both versions in <link rel="alternate" hreflang> on the %s page', (lang) => {
    const links = pageOf(paths[lang])
      .querySelectorAll('link[rel="alternate"]')
      .map((link) => [link.getAttribute('hreflang'), hrefPath(link.getAttribute('href'))]);
    expect(links).toEqual([
      ['en-GB', paths['en-GB']],
      ['cy-GB', paths['cy-GB']],
    ]);
  });
});

describe('the header and footer links', () => {
  const pages = [
    ['en-GB', SITE_PAGES.home['en-GB']],
    ['cy-GB', SITE_PAGES.home['cy-GB']],
    ['en-GB', SITE_PAGES.accessibility['en-GB']],
    ['cy-GB', SITE_PAGES.accessibility['cy-GB']],
    ['en-GB', CHARTERS['en-GB']],
    ['cy-GB', CHARTERS['cy-GB']],
    ['en-GB', ENGLISH_ONLY],
  ] as const;

  it.each(pages)('go to the %s home page and statement from %s', (lang, pathname) => {
    const page = pageOf(pathname);
    const home = SITE_PAGES.home[lang];
    const statement = SITE_PAGES.accessibility[lang];
    expect(page.querySelector('.cc-header__name')?.getAttribute('href')).toBe(home);
    expect(page.querySelectorAll('.cc-header__link').map((link) => [link.getAttribute('href'), visibleText(link)])).toEqual([
      [home, t(lang, 'site.nav.allCharters')],
      [statement, t(lang, 'site.nav.accessibility')],
    ]);
    expect(page.querySelector('.cc-footer a')?.getAttribute('href')).toBe(statement);
    const current = page.querySelector('.cc-header__link[aria-current="page"]')?.getAttribute('href');
    expect(current).toBe([home, statement].includes(pathname as never) ? pathname : undefined);
  });

  it('name the site and its operator in each language, from site.yaml and its Welsh', () => {
    expect(visibleText(pageOf('/').querySelector('.cc-header__name'))).toBe('Fixture council charters');
    expect(visibleText(pageOf('/cy/').querySelector('.cc-header__name'))).toBe('Siarteri Cyngor Sir Fixture');
    expect(visibleText(pageOf(CHARTERS['cy-GB']).querySelector('title'))).toBe('Ein haddewid i chi – Siarteri Cyngor Sir Fixture');
    expect(visibleText(pageOf('/cy/').querySelector('.cc-footer__meta'))).toMatch(/^Cyngor Sir Fixture sy’n rhedeg y wefan hon\./);
    // Welsh prose on a Welsh page needs no lang of its own: only the switch's "English" and
    // the checker's English record (below) are marked.
    for (const pathname of ['/cy/', '/cy/hygyrchedd/', CHARTERS['cy-GB']]) {
      const marked = pageOf(pathname)
        .querySelectorAll('body [lang]')
        .filter(
          (element) =>
            !element.closest('.cc-language-switch') && !element.closest('.cc-last-check') && !element.closest('.cc-charter-list'),
        );
      expect(marked.map((element) => [element.getAttribute('lang'), visibleText(element)])).toEqual([]);
    }
  });
});

describe('the home page in each language', () => {
  const listed = (pathname: string) =>
    pageOf(pathname)
      .querySelectorAll('.cc-charter-list__item')
      .map((item) => [item.getAttribute('lang'), item.querySelector('h3 a')?.getAttribute('href'), visibleText(item.querySelector('h3'))]);

  it('lists each translated charter once, in the page’s language, then the charters with no version in it, marked with their lang', () => {
    expect(listed('/cy/')).toEqual([
      ['cy-GB', CHARTERS['cy-GB'], 'Ein haddewid i chi'],
      ['en-GB', ENGLISH_ONLY, 'Parking charter'],
    ]);
    expect(listed('/')).toEqual([
      ['en-GB', CHARTERS['en-GB'], 'Our promise to you'],
      ['en-GB', ENGLISH_ONLY, 'Parking charter'],
    ]);
  });

  it('is titled with the site’s Welsh name', () => {
    const home = pageOf('/cy/');
    expect(visibleText(home.querySelector('title'))).toBe('Siarteri Cyngor Sir Fixture');
    expect(visibleText(home.querySelector('h1'))).toBe('Siarteri Cyngor Sir Fixture');
    expect(visibleText(home.querySelector('main h2'))).toBe(t('cy-GB', 'home.heading'));
  });
});

describe('the Welsh accessibility statement', () => {
  const text = () => visibleText(pageOf('/cy/hygyrchedd/').querySelector('main'));

  it('gives site.yaml’s prose in Welsh', () => {
    expect(visibleText(pageOf('/cy/hygyrchedd/').querySelector('h1'))).toBe('Datganiad hygyrchedd ar gyfer Siarteri Cyngor Sir Fixture');
    expect(text()).toContain('Cyngor Sir Fixture sy’n rhedeg y wefan hon.');
    expect(text()).toContain('Mae Cyngor Sir Fixture wedi ymrwymo i sicrhau bod y wefan hon yn hygyrch');
    expect(text()).toContain('Nid oes archwiliad llawn â llaw wedi’i gynnal eto');
    expect(text()).toContain(
      'Cafodd y wefan hon ei phrofi fel a ganlyn: Cyngor Sir Fixture, gan ddefnyddio gwiriadau awtomatig bob tro y caiff y wefan ei hadeiladu.',
    );
    expect(text()).toContain(
      'Nid yw rhai dolenni mewn siarteri hŷn yn dweud i ble maen nhw’n mynd. Mae hyn yn methu â bodloni maen prawf llwyddiant 2.4.4 WCAG 2.2. Rydym yn bwriadu datrys hyn erbyn Mawrth 2027.',
    );
  });

  it('writes the last recorded check in Welsh, from the record’s counts', () => {
    // The counts of the last recorded run (content/accessibility-report.json, npm run check -- --record).
    const report = JSON.parse(readFileSync(path.join(ROOT, 'content/accessibility-report.json'), 'utf8')) as {
      checked: { pages: string[]; pdfs: string[]; cards: string[] };
    };
    const record = {
      counts: { pages: report.checked.pages.length, pdfs: report.checked.pdfs.length, cardFiles: report.checked.cards.length },
    };
    const line = pageOf('/cy/hygyrchedd/').querySelector('.cc-last-check');
    expect(line?.querySelector('[lang]')).toBeNull();
    expect(visibleText(line)).toContain(
      `${t('cy-GB', 'statement.preparation.lastCheck.passed')} Gwiriwyd: ${t('cy-GB', 'statement.count.pages', { count: record.counts.pages })}, ${record.counts.pdfs} PDF, ${record.counts.cardFiles} ffeil cerdyn.`,
    );
  });
});

describe('the 404 page of a bilingual site', () => {
  it('carries both languages: the first language as the page’s, then the other in a lang-marked section', () => {
    const page = pageOf('/404.html');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(page.querySelectorAll('h1').map((heading) => visibleText(heading))).toEqual([t('en-GB', 'notFound.title')]);
    expect(visibleText(page.querySelector('title'))).toBe(
      `${t('en-GB', 'notFound.title')} / ${t('cy-GB', 'notFound.title')} – Fixture council charters`,
    );
    const main = page.querySelector('main');
    expect(main?.querySelectorAll('a').map((link) => [link.getAttribute('href'), visibleText(link)])).toEqual([
      ['/', t('en-GB', 'notFound.allCharters')],
      ['/cy/', t('cy-GB', 'notFound.allCharters')],
    ]);
    const welsh = main?.querySelector('section[lang="cy-GB"]');
    expect(visibleText(welsh?.querySelector('h2'))).toBe(t('cy-GB', 'notFound.title'));
    expect(visibleText(welsh?.querySelector('p'))).toBe(t('cy-GB', 'notFound.help'));
  });
});

describe('the sitemap of a bilingual site', () => {
  it('lists every site page and charter pair with both languages as alternates', () => {
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    for (const paths of [SITE_PAGES.home, SITE_PAGES.accessibility, CHARTERS]) {
      for (const pathname of Object.values(paths)) {
        const entry = new RegExp(`<url><loc>https://charters.example.org${pathname}</loc>(.*?)</url>`).exec(sitemap)?.[1];
        expect(entry, pathname).toBeDefined();
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en-GB" href="https://charters.example.org${paths['en-GB']}"/>`);
        expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="cy-GB" href="https://charters.example.org${paths['cy-GB']}"/>`);
      }
    }
    const untranslated = new RegExp(`<url><loc>https://charters.example.org${ENGLISH_ONLY}</loc>(.*?)</url>`).exec(sitemap)?.[1];
    expect(untranslated).not.toContain('xhtml:link');
  });
});

describe('the browser checks on the site pages of both languages and the 404', () => {
  it('find nothing: axe-core, pa11y, layout and HTML', async () => {
    const report = await runChecks({
      folder: out,
      workDir: work,
      pa11yConfig: path.join(ROOT, '.pa11yci.json'),
      pages: [...Object.values(SITE_PAGES.home), ...Object.values(SITE_PAGES.accessibility), '/404.html'],
      serve: serveFolder,
    });
    expect(report.findings.filter((finding) => finding.format === 'web')).toEqual([]);
  }, 300_000);
});

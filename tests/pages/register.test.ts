/**
 * The register as built (issue 17): a bilingual fixture site set to list charters by
 * organisation from two charters on, one to a page (tests/fixtures/sites/register.yaml), so its
 * home page links the A–Z instead of listing every charter, and every kind of register page and
 * its pagination exists in English and in Welsh, passes axe and html-validate, and is in the
 * sitemap.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SCRIPT, launchBrowser, runAxe } from '../../src/checks/output/browser.ts';
import { checkHtml } from '../../src/checks/output/html.ts';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server.ts';
import { buildSite } from '../helpers/build.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'charters-register-'));
const out = path.join(work, 'site');
const SITE_FILE = path.join(ROOT, 'tests/fixtures/sites/register.yaml');
const pageAt = (pathname: string) => parseHtml(readFileSync(path.join(out, pathname, 'index.html'), 'utf8'));
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

// The fixture's Welsh charter is the translation of one English charter: each language's
// register lists the pair once, in its own language (the home page's rule): the English one
// has Fixture District Council and Fixture Housing Association under F, the Welsh one Cymdeithas
// Tai Fixture under C and Fixture District Council (no translation) under F.
const REGISTER_PAGES = [
  '/organisations/',
  '/organisations/a-z/f/',
  '/organisations/a-z/f/2/',
  '/organisations/fixture-district-council/',
  '/organisations/fixture-housing-association/',
  '/cy/sefydliadau/',
  '/cy/sefydliadau/a-z/c/',
  '/cy/sefydliadau/a-z/f/',
  '/cy/sefydliadau/cymdeithas-tai-fixture/',
  '/cy/sefydliadau/fixture-district-council/',
];

beforeAll(() => {
  const run = buildSite(path.join(FIXTURES, 'card-contact'), out, { env: { SITE_FILE } });
  expect(run.status, run.stderr).toBe(0);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a site with more charters than its home page lists', () => {
  it('links the A–Z of organisations from the home page instead of listing every charter', () => {
    const home = pageAt('/');
    expect(home.querySelector('.cc-charter-list')).toBeNull();
    expect(normalise(visibleText(home.querySelector('main')))).toContain('There are 2 charters on this site.');
    const letters = home
      .querySelectorAll('nav.cc-letters a')
      .map((link) => [link.text, link.getAttribute('href'), link.getAttribute('aria-label')]);
    expect(letters).toEqual([['F', '/organisations/a-z/f/', 'F: 2 organisations']]);
    // The rest of the alphabet is shown, not linked: 25 letters and "0–9".
    expect(home.querySelectorAll('nav.cc-letters .cc-letters__none').length).toBe(26);
    expect(home.querySelector('a[href="/organisations/"]')).not.toBeNull();
  });

  it('builds every register page in English and in Welsh, and lists them in the sitemap', () => {
    const sitemap = readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8');
    for (const pathname of REGISTER_PAGES) {
      expect(existsSync(path.join(out, pathname, 'index.html')), pathname).toBe(true);
      expect(sitemap, pathname).toContain(`${pathname}</loc>`);
    }
  });

  it('goes on to a next page past the page size, with numbered links and the current page marked', () => {
    const first = pageAt('/organisations/a-z/f/');
    expect(first.querySelectorAll('.cc-organisation-list__item')).toHaveLength(1);
    expect(first.querySelector('title')?.text).toMatch(/^Organisations: F \(page 1 of 2\)/);
    const pagination = first.querySelector('nav.cc-pagination');
    expect(pagination?.getAttribute('aria-label')).toBe('Pages of this list');
    expect(pagination?.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/organisations/a-z/f/');
    expect(pagination?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/organisations/a-z/f/2/');
    expect(pageAt('/organisations/a-z/f/2/').querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/organisations/a-z/f/');
  });

  it('lists an organisation’s charters on its page, and marks an English name on a Welsh page', () => {
    const english = pageAt('/cy/sefydliadau/fixture-district-council/');
    expect(english.querySelector('h1')?.getAttribute('lang')).toBe('en-GB');
    expect(english.querySelectorAll('.cc-charter-list__item a[href="/charters/contact-without-card-line/"]')).toHaveLength(1);
    const welsh = pageAt('/cy/sefydliadau/cymdeithas-tai-fixture/');
    expect(welsh.querySelector('h1')?.getAttribute('lang')).toBeUndefined();
    expect(welsh.querySelectorAll('.cc-charter-list__item a[href="/charters/dim-manylion-cyswllt/"]')).toHaveLength(1);
  });

  it('writes the Welsh register’s own words in Welsh', () => {
    const index = pageAt('/cy/sefydliadau/');
    expect(index.querySelector('html')?.getAttribute('lang')).toBe('cy-GB');
    expect(index.querySelector('h1')?.text).toBe('Sefydliadau A i Y');
    expect(normalise(visibleText(pageAt('/cy/').querySelector('main')))).toContain('Mae 2 siarter ar y wefan hon.');
    expect(
      pageAt('/cy/')
        .querySelectorAll('nav.cc-letters a')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/cy/sefydliadau/a-z/c/', '/cy/sefydliadau/a-z/f/']);
  });

  it('passes html-validate on every register page', async () => {
    for (const pathname of REGISTER_PAGES) {
      const errors = (await checkHtml(readFileSync(path.join(out, pathname, 'index.html'), 'utf8'), pathname)).filter(
        (finding) => finding.severity === 'error',
      );
      expect(errors, pathname).toEqual([]);
    }
  });

  describe('in Chromium', () => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await serveFolder(out, { [AXE_SCRIPT.path]: AXE_SCRIPT.file });
      browser = await launchBrowser();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('passes axe on the home page and every register page', async () => {
      const page = await browser.newPage();
      for (const pathname of ['/', '/cy/', ...REGISTER_PAGES]) {
        await page.goto(server.url + pathname, { waitUntil: 'load' });
        const findings = await runAxe(page, pathname);
        expect(
          findings.map((finding) => `${finding.rule}: ${finding.element}`),
          pathname,
        ).toEqual([]);
      }
    }, 300_000);
  });
});

/**
 * The seed charters' pages in dist/ as Chromium lays them out (npm test builds dist/ first):
 * at 320 px the card's promises and the contact details start within the first two screens,
 * the "Text of the card" disclosure shows its triangle, easy-read pictures stay about 80 px
 * beside words that still fit, and on paper there is no navigation or download list, web
 * addresses are written out and an easy-read point never leaves its picture on another chromium.page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAxe, runLayoutChecks } from '../../src/checks/output/browser.ts';
import { checkHtml } from '../../src/checks/output/html.ts';
import { chartersDir, loadAllCharters } from '../../src/model/load-charter.ts';
import { builtPages } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';
import { servedInChromium } from '../helpers/served-in-chromium.ts';

/** A 320 px wide phone screen (WCAG 1.4.10's width), 640 px tall: "two screens" is 1,280 px. */
const SCREEN = { width: 320, height: 640 };
const docs = loadAllCharters(chartersDir());
builtPages(DIST); // fails early, with the fix, when dist/ has not been built

const chromium = servedInChromium(DIST, { axe: true, timeout: 120_000 });

async function open(pathname: string, media: 'screen' | 'print' = 'screen', viewport = SCREEN): Promise<void> {
  await chromium.page.emulateMedia({ media });
  await chromium.page.setViewportSize(viewport);
  await chromium.page.goto(chromium.server.url + pathname, { waitUntil: 'load' });
  // The web font changes line breaks: measure with it.
  await chromium.page.evaluate(() => document.fonts.ready);
}

describe.each(docs.map((doc) => [doc.id] as const))('the charter page %s at 320 px', (id) => {
  it('starts “What you can expect” and “How to contact us” within the first two screens, with no sideways scroll', async () => {
    await open(`/charters/${id}/`);
    const layout = await chromium.page.evaluate(() => {
      const top = (selector: string) => (document.querySelector(selector)?.getBoundingClientRect().top ?? Infinity) + window.scrollY;
      return {
        promises: top('#summary-promises'),
        contact: top('#summary-contact'),
        text: top('#charter-text'),
        scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      };
    });
    expect(layout.promises).toBeLessThan(2 * SCREEN.height);
    expect(layout.contact).toBeLessThan(2 * SCREEN.height);
    expect(layout.contact).toBeGreaterThan(layout.promises);
    expect(layout.text).toBeGreaterThan(layout.contact);
    expect(layout.scrolls).toBe(false);
  }, 60_000);

  it('does not scroll sideways on its print page either', async () => {
    await open(`/charters/${id}/print/`);
    expect(await chromium.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)).toBe(false);
  }, 60_000);
});

describe('the “Text of the card” disclosure', () => {
  const marker = () =>
    chromium.page.evaluate(() => {
      const summary = document.querySelector('.cc-card__text summary') as HTMLElement;
      const style = getComputedStyle(summary);
      return { display: style.display, listStyle: style.listStyleType, height: summary.getBoundingClientRect().height };
    });

  it('shows a disclosure triangle (a list item’s ::marker) that turns when opened, on a 44 px target', async () => {
    await open('/charters/oxfordshire-care-and-support/');
    expect(await marker()).toMatchObject({ display: 'list-item', listStyle: 'disclosure-closed' });
    expect((await marker()).height).toBeGreaterThanOrEqual(44);
    await chromium.page.click('.cc-card__text summary');
    expect((await marker()).listStyle).toBe('disclosure-open');
  }, 60_000);

  it('would lose it as a flex box: what the test guards against', async () => {
    await open('/charters/oxfordshire-care-and-support/');
    await chromium.page.addStyleTag({ content: '.cc-card__text summary { display: flex !important }' });
    expect((await marker()).display).not.toBe('list-item');
  }, 60_000);
});

describe('easy-read pictures at 320 px', () => {
  it('stay about 80 px wide, with the words beside them fitting the screen', async () => {
    await open('/charters/oxfordshire-care-and-support/easy-read/');
    const layout = await chromium.page.evaluate(() => ({
      pictures: [...document.querySelectorAll('.cc-point__picture')].map((picture) => picture.getBoundingClientRect().width),
      overflowing: [...document.querySelectorAll('.cc-point__text')].filter((text) => text.scrollWidth > text.clientWidth + 1).length,
      scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
    }));
    expect(layout.pictures.length).toBeGreaterThan(10);
    for (const width of layout.pictures) expect(width).toBeGreaterThanOrEqual(76);
    expect(layout.overflowing).toBe(0);
    expect(layout.scrolls).toBe(false);
  }, 60_000);
});

describe('on paper (print media)', () => {
  /** What a page shows on paper: whether each kind of element is hidden, and what follows each kind of link. */
  const onPaper = () =>
    chromium.page.evaluate(() => {
      const hidden = (selector: string) =>
        document.querySelectorAll(selector).length > 0 &&
        [...document.querySelectorAll(selector)].every((element) => getComputedStyle(element).display === 'none');
      const after = (selector: string) => {
        const link = document.querySelector(selector);
        return link ? getComputedStyle(link, '::after').content : 'no such link';
      };
      return {
        nav: hidden('.cc-header__nav') && hidden('.cc-footer') && hidden('.cc-skip-link'),
        contents: hidden('.cc-contents') && hidden('.cc-jump-links') && hidden('.cc-summary__more'),
        downloads: hidden('.cc-downloads') && hidden('.cc-downloads__heading'),
        printLink: hidden('.cc-card__printing'),
        web: after('main a[href^="http"]'),
        tel: after('main a[href^="tel:"]'),
        mailto: after('main a[href^="mailto:"]'),
      };
    });

  it('has no navigation, in-page links or download lists, and writes out web addresses but not emails', async () => {
    await open('/charters/ruils-customer-care/', 'print', { width: 794, height: 1123 });
    const paper = await onPaper();
    expect(paper).toMatchObject({ nav: true, contents: true, downloads: true, printLink: true });
    expect(paper.web).toMatch(/attr\(href\)|https?:/);
    expect(paper.mailto).toMatch(/^(none|normal)$/);
  }, 60_000);

  it('writes no address after a phone number, whose text is the number', async () => {
    await open('/charters/oxfordshire-care-and-support/', 'print', { width: 794, height: 1123 });
    expect((await onPaper()).tel).toMatch(/^(none|normal)$/);
  }, 60_000);

  it('shows them all on screen: the print rules are for paper only', async () => {
    await open('/charters/ruils-customer-care/');
    expect(await onPaper()).toMatchObject({ nav: false, contents: false, downloads: false, printLink: false, web: 'none' });
  }, 60_000);

  it('never splits an easy-read point from its picture across a page', async () => {
    await open('/charters/oxfordshire-care-and-support/easy-read/', 'print', { width: 794, height: 1123 });
    const breaks = await chromium.page.evaluate(() =>
      [...document.querySelectorAll('.cc-point')].map((point) => getComputedStyle(point).breakInside),
    );
    expect(breaks.length).toBeGreaterThan(10);
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
  }, 60_000);
});

describe('the checks of npm run check on the new parts', () => {
  it.each([
    '/charters/dundee-social-work-customer-care/',
    '/charters/oxfordshire-care-and-support/',
    '/charters/oxfordshire-care-and-support/print/',
  ])(
    'find nothing on %s: axe-core, layout (reflow at 320 px, targets, focus) and HTML',
    async (pathname) => {
      await open(pathname, 'screen', { width: 1280, height: 900 });
      const findings = [
        ...(await runAxe(chromium.page, pathname)),
        ...(await runLayoutChecks(chromium.page, chromium.server.url + pathname, pathname)),
        ...(await checkHtml(readFileSync(path.join(DIST, pathname, 'index.html'), 'utf8'), pathname)),
      ];
      expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    },
    120_000,
  );
});

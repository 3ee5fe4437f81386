/**
 * Charters that are not simply current, built as authors build them (tests/fixtures/charters/
 * standing/, on the tests' build date, 15 January 2026): each page says so right after its
 * title and beside its card, its PDFs say the same on page 1, and the home page marks it.
 * Superseded and withdrawn charters stay published; a superseded one links its replacement.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecksManifest } from '../../src/outputs/manifest.ts';
import { buildSite } from '../helpers/build.ts';
import { englishFurnitureIn } from '../helpers/english-furniture.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { poppler, structTree, walkStruct, textOf as structText } from '../helpers/pdf.ts';

const work = mkdtempSync(path.join(tmpdir(), 'charters-standing-'));
const out = path.join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  const run = buildSite(path.join(FIXTURES, 'standing'), out);
  expect(run.status, run.stderr).toBe(0);
}, 600_000);

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const pageOf = (address: string) => parseHtml(readFileSync(path.join(out, address, 'index.html'), 'utf8'));
/** Page 1 of a PDF as pdftotext reads it, white space collapsed. */
const firstPage = (file: string) => normalise(poppler('pdftotext', ['-l', '1', path.join(out, file), '-']));

const OVERDUE =
  'This charter was due for review in December 2025. It may be out of date. To check it is still current, contact Fixture Council: email charters@fixture.example or phone 0300 123 4567.';
const UNDER_REVIEW = 'This charter is being reviewed. It still applies during the review.';
const SUPERSEDED = 'This charter has been replaced by New customer charter. It no longer applies.';
const WITHDRAWN = 'This charter was withdrawn in September 2025. It no longer applies.';
const KEPT = 'It is still available for reference.';

describe('a charter page', () => {
  it.each([
    ['overdue-for-review', OVERDUE],
    ['under-review', UNDER_REVIEW],
    ['superseded-by-newer', `${SUPERSEDED} ${KEPT}`],
    ['withdrawn-charter', `${WITHDRAWN} ${KEPT}`],
  ])('%s says its standing right after the title, and again beside its card', (slug, notice) => {
    const page = pageOf(`charters/${slug}`);
    const afterTitle = page.querySelector('h1')?.nextElementSibling;
    expect(afterTitle?.classList.contains('cc-notice')).toBe(true);
    expect(visibleText(afterTitle)).toBe(notice);
    expect(visibleText(page.querySelector('.cc-card .cc-notice'))).toBe(notice);
  });

  it('shows nothing for a current charter within its review date', () => {
    expect(pageOf('charters/newer-charter').querySelectorAll('.cc-notice')).toEqual([]);
  });

  it('links the email and phone number to check an overdue charter', () => {
    const notice = pageOf('charters/overdue-for-review').querySelector('.cc-notice');
    expect(notice?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      'mailto:charters@fixture.example',
      'tel:+443001234567',
    ]);
    // The summary is in bold; what to do follows in ordinary weight.
    expect(visibleText(notice?.querySelector('strong'))).toBe('This charter was due for review in December 2025. It may be out of date.');
  });

  it('links a superseded charter’s replacement', () => {
    const link = pageOf('charters/superseded-by-newer').querySelector('.cc-notice a');
    expect(link?.getAttribute('href')).toBe('/charters/newer-charter/');
    expect(visibleText(link)).toBe('New customer charter');
  });

  it('says an overdue charter’s standing on its easy read page too', () => {
    const page = pageOf('charters/overdue-for-review/easy-read');
    expect(visibleText(page.querySelector('h1')?.nextElementSibling)).toBe(OVERDUE);
  });
});

describe('the home page', () => {
  const home = () => parseHtml(readFileSync(path.join(out, 'index.html'), 'utf8'));
  const itemOf = (slug: string) => home().querySelector(`a[href="/charters/${slug}/"]`)?.closest('li');

  it('still lists superseded and withdrawn charters, each marked with the first sentences of its notice', () => {
    expect(visibleText(itemOf('superseded-by-newer')?.querySelector('.cc-notice'))).toBe(SUPERSEDED);
    expect(visibleText(itemOf('withdrawn-charter')?.querySelector('.cc-notice'))).toBe(WITHDRAWN);
    expect(visibleText(itemOf('under-review')?.querySelector('.cc-notice'))).toBe(UNDER_REVIEW);
    expect(visibleText(itemOf('overdue-for-review')?.querySelector('.cc-notice'))).toBe(
      'This charter was due for review in December 2025. It may be out of date.',
    );
    expect(itemOf('newer-charter')?.querySelector('.cc-notice')).toBeNull();
  });

  it('links a superseded charter’s replacement from its listing', () => {
    expect(itemOf('superseded-by-newer')?.querySelector('.cc-notice a')?.getAttribute('href')).toBe('/charters/newer-charter/');
  });
});

describe('the PDFs', () => {
  it.each([
    ['overdue-for-review/overdue-for-review-large-print.pdf', 'Overdue charter', OVERDUE],
    ['overdue-for-review/overdue-for-review-clear-print.pdf', 'Overdue charter', OVERDUE],
    // The easy-read booklet of an overdue charter: the charter's words, as on its easy read page.
    ['overdue-for-review/overdue-for-review-easy-read.pdf', 'Our promises to you', OVERDUE],
    ['under-review/under-review-large-print.pdf', 'Charter under review', UNDER_REVIEW],
    ['withdrawn-charter/withdrawn-charter-clear-print.pdf', 'Withdrawn parking charter', `${WITHDRAWN} ${KEPT}`],
    [
      'superseded-by-newer/superseded-by-newer-large-print.pdf',
      'Old customer charter',
      `This charter has been replaced by New customer charter (https://charters.example.org/charters/newer-charter/). It no longer applies. ${KEPT}`,
    ],
  ])('%s says the page’s words on page 1, right after the title', (file, title, notice) => {
    // Then who it is from: "Fixture Council", or "An easy read booklet from Fixture Council."
    expect(firstPage(`charters/${file}`).startsWith(`${title} ${notice} `)).toBe(true);
    expect(firstPage(`charters/${file}`).slice(`${title} ${notice} `.length)).toMatch(
      /^(Fixture Council|An easy read booklet from Fixture Council\.) /,
    );
  });

  it('say nothing for a current charter', () => {
    expect(firstPage('charters/newer-charter/newer-charter-large-print.pdf')).not.toMatch(/review in|replaced|withdrawn/);
  });

  it('tag the notice as a paragraph with the replacement as a link to its page', () => {
    const file = path.join(out, 'charters/superseded-by-newer/superseded-by-newer-large-print.pdf');
    const [, notice] = [...walkStruct(structTree(file))].filter((node) => node.type === 'H1' || node.type === 'P');
    expect(notice?.children.map((child) => child.type)).toEqual(['Link']);
    expect(normalise(notice?.text ?? '')).toBe(`This charter has been replaced by . It no longer applies. ${KEPT}`);
    expect(normalise(structText(notice!.children[0]!))).toBe('New customer charter (https://charters.example.org/charters/newer-charter/)');
    expect(poppler('pdfinfo', ['-url', file])).toContain('https://charters.example.org/charters/newer-charter/');
  });

  it('are checked for the notice: the checks manifest expects it before the text', () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'checks-manifest.json'), 'utf8')) as ChecksManifest;
    expect(manifest.files['/charters/overdue-for-review/overdue-for-review-large-print.pdf']?.text?.[0]).toBe(OVERDUE);
    expect(manifest.files['/charters/newer-charter/newer-charter-large-print.pdf']?.text?.[0]).toBe('We will answer calls within 5 rings.');
  });
});

describe('a Welsh charter past its next review (tests/fixtures/charters/welsh, built on 15 March 2026)', () => {
  const welshOut = path.join(work, 'welsh');
  const NOTICE =
    'Roedd y siarter hon i fod i gael ei hadolygu ym mis Chwefror 2026. Efallai ei bod wedi dyddio. I wirio a yw’n dal yn gyfredol, mae Cyngor Bwrdeistref Sirol Enghreifftiol yn gallu helpu: anfonwch e-bost at gofal@enghraifft.example neu ffoniwch 01234 567890.';

  beforeAll(() => {
    // Its next review was February 2026: overdue from 1 March.
    const run = buildSite(path.join(FIXTURES, 'welsh'), welshOut, { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 2, 15) / 1000) } });
    expect(run.status, run.stderr).toBe(0);
  }, 600_000);

  it('says so in Welsh on its page, with no lang of its own', () => {
    const notice = parseHtml(readFileSync(path.join(welshOut, 'charters/siarter-gofal/index.html'), 'utf8')).querySelector(
      'h1',
    )?.nextElementSibling;
    expect(visibleText(notice)).toBe(NOTICE);
    expect(notice?.getAttribute('lang')).toBeUndefined();
  });

  it('says the same in Welsh on its PDFs’ page 1, with no English furniture', () => {
    for (const file of ['siarter-gofal-large-print.pdf', 'siarter-gofal-easy-read.pdf']) {
      const text = normalise(poppler('pdftotext', ['-l', '1', path.join(welshOut, 'charters/siarter-gofal', file), '-']));
      expect(text).toContain(NOTICE);
      expect(englishFurnitureIn(text)).toEqual([]);
    }
  });
});

/**
 * A Welsh charter gets Welsh furniture: a build of one Welsh fixture charter
 * (tests/fixtures/charters/welsh/) checked for the page's language, its headings, labels and
 * notes in Welsh, no English phrase of the site's dictionary, Welsh dates and Welsh plural
 * forms of counts. The site-wide pages stay English. PDF and card words are tested with the
 * renderers (tests/i18n/print.test.ts), not here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t, type MessageKey } from '../../src/i18n/index.ts';
import { loadSite } from '../../src/model/load-site.ts';
import { englishPhrases, everyWord } from '../helpers/english-phrases.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { englishFurnitureIn } from '../helpers/english-furniture.ts';
import { poppler, readPdf, toFile } from '../helpers/pdf.ts';
import { buildSite } from '../helpers/build.ts';

const SLUG = 'siarter-gofal';
const work = mkdtempSync(path.join(tmpdir(), 'charters-welsh-'));
const out = path.join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

let page: ReturnType<typeof parseHtml>;
let home: ReturnType<typeof parseHtml>;
let easyRead: ReturnType<typeof parseHtml>;
let printPage: ReturnType<typeof parseHtml>;

beforeAll(() => {
  const run = buildSite(path.join(FIXTURES, 'welsh'), out);
  expect(run.status, run.stderr).toBe(0);
  page = parseHtml(readFileSync(path.join(out, 'charters', SLUG, 'index.html'), 'utf8'));
  home = parseHtml(readFileSync(path.join(out, 'index.html'), 'utf8'));
  easyRead = parseHtml(readFileSync(path.join(out, 'charters', SLUG, 'easy-read', 'index.html'), 'utf8'));
  printPage = parseHtml(readFileSync(path.join(out, 'charters', SLUG, 'print', 'index.html'), 'utf8'));
}, 600_000);

const cy = (key: MessageKey, params?: Record<string, string | number>) => t('cy-GB', key, params);
const textOf = (selector: string) => visibleText(page.querySelector(selector));
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a Welsh charter page', () => {
  it('is in Welsh, and its Welsh furniture carries no lang of its own', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('cy-GB');
    // The only other language on the page is the operator's name from site.yaml, in the site's language.
    const site = loadSite();
    const marked = page.querySelectorAll('body [lang]').map((element) => [element.getAttribute('lang'), visibleText(element)]);
    expect(marked).toEqual([[site.language, site.operator]]);
  });

  it('has a Welsh title, skip link, header and footer', () => {
    expect(textOf('title')).toBe('Siarter gofal cwsmeriaid – Siarteri gofal a chymorth');
    expect(textOf('a.cc-skip-link')).toBe('Neidio i’r prif gynnwys');
    expect(page.querySelector('nav.cc-header__nav')?.getAttribute('aria-label')).toBe('Y wefan');
    expect(page.querySelectorAll('.cc-header__link').map((link) => visibleText(link))).toEqual(['Pob siarter', 'Hygyrchedd']);
    expect(page.querySelectorAll('.cc-footer a').map((link) => visibleText(link))).toEqual([
      'Datganiad hygyrchedd',
      'Cysylltu â thîm y wefan',
      'Map o’r wefan (XML)',
    ]);
    expect(textOf('.cc-footer h2')).toBe('Dolenni cymorth');
  });

  it('has Welsh headings', () => {
    expect(textOf('#contents-heading')).toBe('Cynnwys');
    expect(textOf('#summary-promises')).toBe('Beth y gallwch ei ddisgwyl');
    expect(textOf('#summary-contact')).toBe('Sut i gysylltu â ni');
    expect(textOf('#other-formats')).toBe('Cael y siarter hon mewn fformat arall');
    expect(textOf('#contact')).toBe('Manylion cyswllt Cyngor Bwrdeistref Sirol Enghreifftiol');
    expect(textOf('#charter-card')).toBe('Cerdyn y siarter');
    expect(textOf('#about-this-charter')).toBe('Ynglŷn â’r dudalen hon');
    expect(page.querySelectorAll('h3.cc-formats__heading').map((heading) => visibleText(heading))).toEqual([
      'Lawrlwytho',
      'Gofyn am fformat arall',
      'Lawrlwytho’r cerdyn',
      'Blaen',
      'Cefn',
    ]);
  });

  it('gives the charter’s facts and dates in Welsh', () => {
    const facts = page
      .querySelectorAll('.cc-facts__row')
      .map((row) => [visibleText(row.querySelector('dt')), visibleText(row.querySelector('dd'))]);
    expect(facts).toEqual([
      ['Gan', 'Cyngor Bwrdeistref Sirol Enghreifftiol, Gwasanaethau Cymdeithasol'],
      ['Ar gyfer', "Pobl sy'n defnyddio ein gwasanaethau gofal a chymorth, eu teuluoedd a'u gofalwyr"],
      ['Cyhoeddwyd', '1 Ebrill 2024'],
      ['Adolygwyd ddiwethaf', 'Chwefror 2025'],
      ['Adolygiad nesaf', 'Chwefror 2026'],
      ['Cytunwyd drwy', 'Adroddiad GC 14/2024 i’r Pwyllgor Craffu Gofal Cymdeithasol, 12 Mawrth 2024'],
    ]);
    expect(normalise(visibleText(page.querySelector('.cc-about')))).toContain(
      'Atodwyd y siarter i adroddiad GC 14/2024, “Siarter gofal cwsmeriaid newydd”, a gyflwynwyd i’r Pwyllgor Craffu Gofal Cymdeithasol ar 12 Mawrth 2024; awdur: Siân Prydderch, Cyfarwyddwr Gwasanaethau Cymdeithasol, dyddiedig 27 Chwefror 2024.',
    );
  });

  it('offers the other formats in Welsh', () => {
    const formats = normalise(visibleText(page.querySelector('.cc-formats')));
    expect(formats).toContain('Mae cerdyn y siarter (cerdyn waled gyda’r prif addewidion) isod.');
    expect(formats).toContain('Gofyn am y siarter “Siarter gofal cwsmeriaid” mewn fformat arall');
    expect(formats).toContain(
      '(mae hyn yn agor neges e-bost at gofal@enghraifft.example, sef cyfeiriad Cyngor Bwrdeistref Sirol Enghreifftiol)',
    );
    expect(formats).toContain('Neu ffoniwch 01234 567890.');
    expect(formats).toContain(cy('charter.formats.reply', { count: loadSite().responseDays }));
    expect(page.querySelectorAll('.cc-formats .cc-downloads__link').map((link) => visibleText(link))).toEqual([
      'Print bras (testun 18 pwynt)',
      'Print clir (testun 14 pwynt)',
      'Ffeil Braille barod (BRF) ar gyfer argraffyddion Braille a dangosyddion Braille',
      'Hawdd ei ddeall, gyda lluniau',
    ]);
    // The public's files beside the card; the printers' are on the print page, linked in Welsh.
    expect(page.querySelectorAll('.cc-card .cc-downloads__link').map((link) => visibleText(link))).toEqual([
      'Blaen y cerdyn',
      'Cefn y cerdyn',
    ]);
    expect(normalise(visibleText(page.querySelector('.cc-card__printing')))).toBe(
      'Staff sy’n argraffu cardiau i’w rhoi i bobl: mae’r ffeiliau, a sut i’w hargraffu, ar y dudalen ar gyfer argraffu’r siarter hon.',
    );
    expect(page.querySelector('.cc-card__printing a')?.getAttribute('href')).toBe(`/charters/${SLUG}/print/`);
  });

  it('counts each PDF’s pages with the Welsh form for its number, and the count is the PDF’s', async () => {
    // CLDR Welsh: 1 and 2 take the soft mutation (dudalen), 6 the aspirate (thudalen), any other number the radical (tudalen).
    const tudalen = (count: number) => (count === 1 || count === 2 ? 'dudalen' : count === 6 ? 'thudalen' : 'tudalen');
    const items = page.querySelectorAll('.cc-formats .cc-downloads__item');
    const links = items.filter((item) => item.querySelector('a')?.getAttribute('href')?.endsWith('.pdf'));
    expect(links).toHaveLength(3);
    // The Braille-ready file counts braille pages the same way (tudalen Braille).
    const brf = items.find((item) => item.querySelector('a')?.getAttribute('href')?.endsWith('.brf'));
    const brfMatch = /^BRF, (\d+) (\p{L}+) Braille, \d+ KB$/u.exec(visibleText(brf?.querySelector('.cc-downloads__details')));
    expect(brfMatch?.[2]).toBe(tudalen(Number(brfMatch?.[1])));
    for (const item of links) {
      const details = visibleText(item.querySelector('.cc-downloads__details'));
      const match = /^PDF, (\d+) (\p{L}+), \d+ KB$/u.exec(details);
      expect(match, details).not.toBeNull();
      const count = Number(match?.[1]);
      expect(match?.[2]).toBe(tudalen(count));
      const href = item.querySelector('a')?.getAttribute('href') ?? '';
      expect((await readPdf(readFileSync(path.join(out, href)))).pages).toHaveLength(count);
    }
    const cardDetails = page.querySelectorAll('.cc-card .cc-downloads__details').map((details) => visibleText(details));
    expect(cardDetails[0]).toMatch(/^PNG, 85 × 55 mm, cydraniad 300 ppi, \d+ KB$/);
    const printDetails = printPage.querySelectorAll('.cc-print-file .cc-downloads__details').map((details) => visibleText(details));
    expect(printDetails[0]).toMatch(/^PDF, 85 × 55 mm, gwaedu 3 mm, marciau tocio, \d+ KB$/);
  });

  it('contains none of the English dictionary’s phrases for the site’s words', () => {
    const words = everyWord(page).toLowerCase();
    const phrases = englishPhrases();
    expect(phrases.length).toBeGreaterThan(40);
    expect(phrases.filter((phrase) => words.includes(phrase.toLowerCase()))).toEqual([]);
  });
});

describe('the Welsh charter’s print page, for staff', () => {
  it('is in Welsh: heading, the files for printers and how to print each, and no English phrase', () => {
    expect(printPage.querySelector('html')?.getAttribute('lang')).toBe('cy-GB');
    expect(visibleText(printPage.querySelector('h1'))).toBe('Argraffu’r siarter hon');
    expect(visibleText(printPage.querySelector('title'))).toBe(
      'Argraffu’r siarter hon: Siarter gofal cwsmeriaid – Siarteri gofal a chymorth',
    );
    expect(
      printPage
        .querySelectorAll('.cc-print-file h2')
        .map((heading) => visibleText(heading))
        .slice(0, 3),
    ).toEqual(['Cerdyn waled ar gyfer siop argraffu', 'Cerdyn print bras', 'Dalen o 10 cerdyn waled i’w hargraffu ar A4']);
    const steps = printPage.querySelectorAll('.cc-print-file ol li').map((step) => visibleText(step));
    expect(steps).toContain(cy('downloads.print.actualSize'));
    expect(steps).toContain(cy('downloads.cardSheet.duplex'));
    // Without the parts marked as another language: the operator's English name in the footer ("The charter publications team").
    const words = everyWord(printPage, 'cy-GB').toLowerCase();
    expect(englishPhrases(/^(site|printPage|downloads)\./).filter((phrase) => words.includes(phrase.toLowerCase()))).toEqual([]);
  });
});

describe('a Welsh easy-read edition, written as its own MDX', () => {
  it('has a Welsh page, with no English phrase of the site’s words', () => {
    expect(easyRead.querySelector('html')?.getAttribute('lang')).toBe('cy-GB');
    expect(visibleText(easyRead.querySelector('h1'))).toBe('Sut y byddwn yn gofalu amdanoch chi');
    expect(normalise(visibleText(easyRead.querySelector('main')))).toContain(cy('easyRead.notChecked'));
    const words = everyWord(easyRead).toLowerCase();
    expect(englishPhrases(/^(site|easyRead|downloads)\./).filter((phrase) => words.includes(phrase.toLowerCase()))).toEqual([]);
  });

  it('has a Welsh PDF: /Lang cy-GB, Welsh furniture, none of the English', async () => {
    const href = easyRead.querySelector('.cc-downloads__link')?.getAttribute('href') ?? '';
    expect(href).toMatch(/easy-read\.pdf$/);
    const bytes = readFileSync(path.join(out, href));
    const pdf = await readPdf(bytes);
    expect(pdf.language).toBe('cy-GB');
    expect(pdf.title).toBe('Sut y byddwn yn gofalu amdanoch chi (hawdd ei ddeall)');
    expect(normalise(poppler('pdftotext', ['-l', '1', toFile(bytes), '-']))).toContain(
      'Cyngor Bwrdeistref Sirol Enghreifftiol sy’n cyhoeddi’r llyfryn hawdd ei ddeall hwn.',
    );
    const text = normalise(poppler('pdftotext', [toFile(bytes), '-']));
    expect(text).toContain('Byddwn yn ateb eich llythyr o fewn 10 diwrnod gwaith.');
    expect(englishFurnitureIn(text)).toEqual([]);
    expect(text).not.toMatch(/\bPage \d/);
  });
});

describe('the site-wide pages of the same build', () => {
  it('stay English, listing the Welsh charter in its own language', () => {
    expect(home.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(visibleText(home.querySelector('main h2'))).toBe(t('en-GB', 'home.heading'));
    expect(home.querySelector(`li[lang="cy-GB"] a[href="/charters/${SLUG}/"]`)).not.toBeNull();
  });
});

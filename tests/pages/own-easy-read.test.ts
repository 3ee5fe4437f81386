/**
 * An organisation's own easy-read booklet, published word for word: an edition with its own
 * source, editorial notes and readers' check, lists inside a point, and house rules that warn
 * (not fail) on the organisation's own wording. Built from
 * tests/fixtures/charters/own-easy-read/ and read back as a page and a PDF.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEasyRead } from '../../src/checks/content/easy-read.ts';
import { t } from '../../src/i18n/index.ts';
import { loadCharterFile, loadEasyReadFile } from '../../src/model/load-charter.ts';
import { buildSite } from '../helpers/build.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { poppler, toFile } from '../helpers/pdf.ts';

const DIR = path.join(FIXTURES, 'own-easy-read');
const charter = loadCharterFile(path.join(DIR, 'council-promise/charter.mdx'));
const edition = loadEasyReadFile(path.join(DIR, 'council-promise/easy-read.mdx'), new Map([[charter.id, charter]]));
const work = mkdtempSync(path.join(tmpdir(), 'charters-own-easy-read-'));
const out = path.join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

let page: ReturnType<typeof parseHtml>;
let pdfText: string;

beforeAll(() => {
  const run = buildSite(DIR, out);
  expect(run.status, run.stderr).toBe(0);
  page = parseHtml(readFileSync(path.join(out, 'charters/council-promise/easy-read/index.html'), 'utf8'));
  const href = page.querySelector('.cc-downloads__link')?.getAttribute('href') ?? '';
  pdfText = normalise(poppler('pdftotext', [toFile(readFileSync(path.join(out, href))), '-']));
}, 600_000);

describe('the house rules on an organisation’s own booklet', () => {
  it('warn on its wording, saying why, and fail nothing', () => {
    const findings = checkEasyRead(edition, 'easy-read.mdx');
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const contraction = findings.find((finding) => finding.rule === 'ER-9');
    expect(contraction?.message).toContain('published word for word from its source');
    expect(findings.some((finding) => finding.rule === 'ER-2')).toBe(true);
  });

  it('still fail the same wording in a booklet written for the site (no source)', () => {
    const written = { ...edition, easyRead: { ...edition.easyRead!, source: undefined } };
    const errors = checkEasyRead(written, 'easy-read.mdx').filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => finding.rule).sort()).toEqual(['ER-2', 'ER-9']);
  });
});

describe('the page of an organisation’s own booklet', () => {
  it('says who checked it, from the booklet, and never that readers have not', () => {
    expect(visibleText(page.querySelector('.cc-tested'))).toBe(
      t('en-GB', 'easyRead.checked', { group: 'Fixture Speaking Up Group', date: 'March 2025' }),
    );
    expect(normalise(visibleText(page.querySelector('main')))).not.toContain(t('en-GB', 'easyRead.notChecked'));
    expect(pdfText).toContain(t('en-GB', 'pdf.easyRead.checked', { group: 'Fixture Speaking Up Group', date: 'March 2025' }));
    expect(pdfText).not.toContain(t('en-GB', 'pdf.easyRead.notChecked'));
  });

  it('says where it came from, links the original and lists every fix', () => {
    const about = page.querySelector('.cc-about');
    expect(normalise(visibleText(about))).toContain(
      `${t('en-GB', 'charter.about.easyReadSource', { title: 'Our promise to you (easy read)' })} The council's own easy read leaflet (PDF), text extracted.`,
    );
    expect(about?.querySelector('a')?.getAttribute('href')).toBe('https://fixture-council.example/easy-read-promise.pdf');
    expect(about?.querySelectorAll('li').map((item) => visibleText(item))).toEqual([
      'Joined the word "respect", which text extraction had split across two lines.',
    ]);
  });

  it('keeps a list inside a point, beside its picture, on the page and in the PDF', () => {
    const point = page.querySelectorAll('.cc-point')[0];
    expect(point?.querySelectorAll('.cc-point__text li').map((item) => visibleText(item))).toEqual([
      'by phone',
      'by letter',
      'face to face at our offices',
    ]);
    expect(pdfText).toMatch(/We can help you in these ways: .*by phone .*by letter .*face to face at our offices/);
  });
});

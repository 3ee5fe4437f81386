/**
 * `npm run pictures`: the search finds pictures by name and by keyword, and `--html` writes a
 * gallery authors can open from the disk: every picture, named in text beside an image with
 * empty alt text, grouped under headings, valid to the same html-validate rules as the site.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHtml } from '../../src/checks/output/html.ts';
import { pictureEntries } from '../../src/model/pictures.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'charters-pictures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pictures = (...args: string[]) => spawnSync(process.execPath, ['scripts/pictures.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run pictures -- <word>', () => {
  it('lists pictures whose name contains the word, then those whose keywords do', () => {
    const run = pictures('badge');
    expect(run.status, run.stderr).toBe(0);
    const [names, keywords] = run.stdout.split('Keywords match');
    expect(names).toContain('european-name-badge');
    expect(keywords).toContain('police-officer: badge');
  });

  it('suggests the nearest names when nothing matches', () => {
    const run = pictures('zzqqx');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No picture name or keyword contains "zzqqx". Nearest:');
  });

  it('explains its use when given no word', () => {
    const run = pictures();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--html');
  });
});

describe('npm run pictures -- --html', () => {
  const out = path.join(work, 'nested', 'gallery.html');
  let html: string;
  let page: ReturnType<typeof parseHtml>;

  beforeAll(() => {
    const run = pictures('--html', out);
    expect(run.status, run.stderr).toBe(0);
    html = readFileSync(out, 'utf8');
    page = parseHtml(html);
  });

  it('shows every picture once, its name in text beside an image with empty alt text', () => {
    const items = page.querySelectorAll('ul.pictures > li');
    expect(items.map((item) => visibleText(item.querySelector('code')))).toEqual(pictureEntries().map((picture) => picture.name));
    for (const item of items) {
      const images = item.querySelectorAll('img');
      expect(images).toHaveLength(1);
      expect(images[0]?.getAttribute('alt')).toBe('');
    }
  });

  it('gives each picture its keywords as text, so the browser finds them', () => {
    const phone = page.querySelector('#picture-call-me-hand');
    expect(visibleText(phone)).toContain('phone');
  });

  it('inlines every image, so the file works opened straight from the disk', () => {
    const sources = page.querySelectorAll('img').map((image) => image.getAttribute('src') ?? '');
    expect(sources.length).toBe(pictureEntries().length);
    for (const source of sources) expect(source).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from((sources[0] ?? '').split(',')[1] ?? '', 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    expect(html).not.toMatch(/(?:src|href)="(?!data:|#)/);
  });

  it('has a language, a title, one h1, and a heading for each group and subgroup', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(visibleText(page.querySelector('title'))).toContain('OpenMoji');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    const groups = new Set(pictureEntries().map((picture) => picture.group));
    const subgroups = new Set(pictureEntries().map((picture) => `${picture.group}/${picture.subgroup}`));
    expect(page.querySelectorAll('main > section > h2')).toHaveLength(groups.size);
    expect(page.querySelectorAll('h3')).toHaveLength(subgroups.size);
    expect(visibleText(page.querySelector('#group-people-body'))).toBe('People and body');
    const contents = page.querySelectorAll('nav a').map((link) => link.getAttribute('href'));
    expect(contents).toEqual([...groups].map((group) => `#group-${group}`));
  });

  it('credits OpenMoji as its licence requires', () => {
    expect(visibleText(page.querySelector('main'))).toContain('creativecommons.org/licenses/by-sa/4.0');
  });

  it('passes html-validate with the rules the built site is checked against', async () => {
    expect(await checkHtml(html, 'gallery.html')).toEqual([]);
    // The same check fails a picture without alt text, so the pass above means something.
    const noAlt = await checkHtml(html.replace(' alt=""', ''), 'gallery.html');
    expect(noAlt.map((finding) => finding.rule)).toContain('wcag/h37');
  });
});

/**
 * The build command end to end: bad content fails before anything is written; good content
 * (the every-block-type fixture) renders every block, and two builds are byte-identical.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCharterFile } from '../../src/model/load-charter.ts';
import { blocksText } from '../../src/model/text.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { FIXTURES, invalidFixture } from '../helpers/paths.ts';
import { hashTree } from '../helpers/files.ts';
import { buildSite } from '../helpers/build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'charters-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = (chartersDir: string, out: string) => buildSite(chartersDir, out);

describe('a build with bad content', () => {
  it('fails with file:line and writes nothing', () => {
    const content = path.join(work, 'bad-content');
    for (const name of ['import-line', 'missing-title']) {
      mkdirSync(path.join(content, name), { recursive: true });
      cpSync(invalidFixture(name), path.join(content, name, 'charter.mdx'));
    }
    const out = path.join(work, 'bad-dist');
    const run = build(content, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/import-line\/charter\.mdx:36:1 error: `import` and `export` are not allowed/);
    expect(run.stderr).toMatch(/missing-title\/charter\.mdx:2 error: "title" is missing/);
    expect(run.stderr).toContain('Nothing was built.');
    expect(existsSync(out)).toBe(false);
  });

  it('leaves an earlier complete build untouched', () => {
    const content = path.join(work, 'bad-content-2');
    mkdirSync(path.join(content, 'x'), { recursive: true });
    cpSync(invalidFixture('unknown-component'), path.join(content, 'x', 'charter.mdx'));
    const out = path.join(work, 'previous-dist');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'previous');
    expect(build(content, out).status).toBe(1);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous');
  });
});

describe('a build of the every-block-type fixture', () => {
  const content = path.join(FIXTURES, 'valid');
  const first = path.join(work, 'fixture-1');
  const second = path.join(work, 'fixture-2');
  let page: ReturnType<typeof parseHtml>;

  beforeAll(() => {
    // Each build with a render cache of its own, so the second renders every file again
    // rather than reusing the first's (src/outputs/render-all.ts).
    for (const out of [first, second]) {
      const run = buildSite(content, out, { env: { CHARTERS_RENDER_CACHE: `${out}-render-cache` } });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/Rendered [1-9]\d* files and reused 0 unchanged ones/);
    }
    page = parseHtml(readFileSync(path.join(first, 'charters/every-block-type/index.html'), 'utf8'));
  });

  it('renders every block with its semantics', () => {
    const main = page.querySelector('main');
    expect(main?.querySelectorAll('h2, h3, h4').length).toBeGreaterThanOrEqual(6);
    expect(main?.querySelector('ol[start]')?.getAttribute('start')).toBe('3');
    expect(main?.querySelectorAll('ul ul').length).toBeGreaterThan(0);
    expect(main?.querySelectorAll('table thead th[scope="col"]').map((th) => th.text)).toEqual(['Service', 'Target']);
    expect(main?.querySelectorAll('blockquote')).toHaveLength(2);
    expect(visibleText(main?.querySelector('figcaption'))).toBe('A person who uses the service');
    expect(visibleText(main?.querySelector('.cc-callout__title'))).toBe('Please note');
    expect(main?.querySelectorAll('.cc-promises--commitments')).toHaveLength(2);
    expect(main?.querySelectorAll('.cc-promises--targets')).toHaveLength(1);
    expect(main?.querySelectorAll('.cc-promises--measures')).toHaveLength(1);
    expect(visibleText(main?.querySelector('.cc-target'))).toBe('Target 1: To answer all letters within 5 working days.');
    // Emphasis is bold, never italic (the stylesheet makes <em> upright).
    expect(main?.querySelector('em')?.text).toBe('emphasised words');
  });

  it('marks text in another language with its lang (WCAG 3.1.2)', () => {
    const welsh = page.querySelector('main [lang="cy"]');
    expect(visibleText(welsh)).toContain('Byddwn yn ateb eich llythyr o fewn 5 diwrnod gwaith.');
    expect(visibleText(welsh)).toContain('ŵ ac ŷ');
  });

  it('places the contact details where <ContactDetails /> stands, and only there (besides the summary at the top)', () => {
    // "How to contact us" near the top repeats them on purpose (issue 14: contact first).
    expect(page.querySelectorAll('.cc-summary--contact .cc-contact')).toHaveLength(1);
    const contacts = page.querySelectorAll('.cc-contact').filter((contact) => !contact.closest('.cc-summary--contact'));
    expect(contacts).toHaveLength(1);
    expect(page.querySelector('#contact')).toBeNull();
    const text = visibleText(contacts[0]);
    for (const expected of [
      '0300 123 4567',
      '18001 then 0300 123 4567',
      'team@fixture.example',
      'Townsville AB1 2CD',
      'Monday to Friday, 9am to 5pm',
      'British Sign Language',
    ]) {
      expect(text).toContain(expected);
    }
    expect(page.querySelector('a[href="tel:+443001234567"]')).not.toBeNull();
  });

  it('carries every word of the model', () => {
    const doc = loadCharterFile(path.join(content, 'every-block-type/charter.mdx'));
    const text = visibleText(page.querySelector('main')).replace(/\s+/g, ' ');
    for (const run of blocksText(doc.blocks)) expect(text).toContain(run);
  });

  it('is byte-identical when built twice', () => {
    expect(hashTree(second)).toEqual(hashTree(first));
  });
});

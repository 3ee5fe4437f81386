/**
 * A site that publishes in Welsh needs the Welsh of site.yaml's prose (Welsh Language
 * Standards: Welsh no less favourably than English): the content check, which every build
 * runs first, names each missing piece at its file:line. The site file is chosen with
 * SITE_FILE, as for a build.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatCheckResult } from '../../../src/checks/content/content.ts';
import { checkSiteLanguages } from '../../../src/checks/content/site-languages.ts';
import { formatProblem } from '../../../src/model/content-error.ts';
import { loadSite } from '../../../src/model/load-site.ts';
import { ROOT } from '../../helpers/paths.ts';

const PAIR = path.join(ROOT, 'tests/fixtures/translations/pair');
const SITES = path.join(ROOT, 'tests/fixtures/sites');
const work = mkdtempSync(path.join(tmpdir(), 'charters-site-languages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  delete process.env['SITE_FILE'];
});

/** tests/fixtures/sites/bilingual.yaml with one edit, as its own file. */
let copies = 0;
function bilingualWith(edit: (yaml: string) => string): string {
  const file = path.join(work, `site-${(copies += 1)}.yaml`);
  writeFileSync(file, edit(readFileSync(path.join(SITES, 'bilingual.yaml'), 'utf8')));
  return file;
}

function problemsOf(file: string): string[] {
  process.env['SITE_FILE'] = file;
  return checkSiteLanguages(loadSite(), file).map((problem) => formatProblem(problem).replace(`${work}/`, ''));
}

describe('a site in English and Welsh', () => {
  it('passes with the Welsh of its prose', async () => {
    process.env['SITE_FILE'] = 'tests/fixtures/sites/bilingual.yaml';
    const result = await checkContent(PAIR);
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('fails without its Welsh text, at the languages line, and nothing is built', async () => {
    process.env['SITE_FILE'] = 'tests/fixtures/sites/bilingual-without-welsh.yaml';
    const result = await checkContent(PAIR);
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(`${problem?.file}:${problem?.line}`).toBe('tests/fixtures/sites/bilingual-without-welsh.yaml:6');
    expect(problem?.message).toContain('The site publishes in Welsh (languages includes cy-GB), but site.yaml has no Welsh for its own pages');
    expect(problem?.message).toContain('name, operator, complianceNote, testedBy');
    expect(problem?.fix).toContain('Add cy: with name, operator, complianceNote, testedBy in Welsh');
    expect(formatCheckResult(result)).toContain('Nothing was built.');
  });

  it('names a missing Welsh complianceNote at the line of cy:', () => {
    const file = bilingualWith((yaml) => yaml.replace(/^ {2}complianceNote: >-\n(?: {4}.*\n)+/m, ''));
    const line = readFileSync(file, 'utf8').split('\n').indexOf('cy:') + 1;
    expect(problemsOf(file)).toEqual([
      `site-${copies}.yaml:${line} error: complianceNote has no Welsh: the Welsh accessibility statement would leave it out.\n  Fix: Add complianceNote: under cy:, the Welsh of complianceNote (line 13).`,
    ]);
  });

  it('names a known issue with no Welsh description at its line', () => {
    const file = bilingualWith((yaml) => yaml.replace(/^ {4}cy:\n {6}description: .*\n/m, ''));
    expect(problemsOf(file)).toEqual([
      `site-${copies}.yaml:18 error: The known issue "Some links in older charters do not say where they go." has no Welsh description for the Welsh accessibility statement.\n  Fix: Add cy: with description: in Welsh to this known issue.`,
    ]);
  });

  it('refuses settings written in Welsh, at the language line', () => {
    const file = bilingualWith((yaml) => yaml.replace('language: en-GB', 'language: cy-GB'));
    expect(problemsOf(file)).toEqual([expect.stringMatching(new RegExp(`^site-${copies}\\.yaml:8 error: A site in English and Welsh writes its settings in English`))]);
  });
});

describe('an English-only site', () => {
  it('needs no Welsh', () => {
    expect(checkSiteLanguages(loadSite(), path.join(ROOT, 'content/site.yaml'))).toEqual([]);
  });
});

/**
 * Translated pairs: references that must name each other, and with `parity: required` the
 * checks a Welsh body needs (Welsh Language Standards): every charter translated, and each
 * pair the same in structure, phone numbers, emails and dates. Each divergence is made from
 * the valid pair in tests/fixtures/translations/pair by one edit to the Welsh file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTranslations } from '../../../src/checks/content/translations.ts';
import { formatProblem } from '../../../src/model/content-error.ts';
import { loadContent } from '../../../src/model/load-charter.ts';
import type { Site } from '../../../src/schemas/site.ts';
import { ROOT } from '../../helpers/paths.ts';
import { testSite } from '../../helpers/site.ts';

const PAIR = path.join(ROOT, 'tests/fixtures/translations/pair');
const work = mkdtempSync(path.join(tmpdir(), 'charters-translations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const site = (settings: Partial<Site> = {}): Site => testSite({ languages: ['en-GB', 'cy-GB'], parity: 'required', ...settings });

let copies = 0;
/** The valid pair, with the Welsh file edited. */
function pairWith(edit: (welsh: string) => string, english: (text: string) => string = (text) => text): string {
  const dir = path.join(work, `case-${(copies += 1)}`);
  cpSync(PAIR, dir, { recursive: true });
  for (const [slug, change] of [['ein-haddewid', edit], ['our-promise', english]] as const) {
    const file = path.join(dir, slug, 'charter.mdx');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, change(before));
  }
  return dir;
}

function problemsIn(dir: string, settings: Partial<Site> = {}): string[] {
  const content = loadContent(dir);
  expect(content.problems.map(formatProblem)).toEqual([]);
  return checkTranslations(content.charters, site(settings), dir).problems.map((problem) => formatProblem(problem).replaceAll(`${dir}/`, ''));
}

describe('translation references', () => {
  it('accept a pair that names each other, and list it', () => {
    const result = checkTranslations(loadContent(PAIR).charters, site(), PAIR);
    expect(result.problems).toEqual([]);
    expect(result.pairs).toEqual([{ first: 'our-promise', second: 'ein-haddewid', checked: true, problems: 0 }]);
  });

  it('list the Welsh first when the site says Welsh comes first', () => {
    expect(checkTranslations(loadContent(PAIR).charters, site({ firstLanguage: 'cy-GB' }), PAIR).pairs[0]).toMatchObject({ first: 'ein-haddewid', second: 'our-promise' });
  });

  it('refuse a translation that does not name this charter back', () => {
    const dir = pairWith((welsh) => welsh.replace('translation: our-promise\n', ''));
    expect(problemsIn(dir, { parity: 'not-required' })).toEqual([
      expect.stringMatching(/^our-promise\/charter\.mdx:5 error: "ein-haddewid" does not name this charter back as its translation\.\n {2}Fix: Add translation: our-promise to .*ein-haddewid\/charter\.mdx\.$/),
    ]);
  });

  it('refuse a translation that does not exist', () => {
    const dir = pairWith((welsh) => welsh.replace('translation: our-promise', 'translation: our-promis'));
    expect(problemsIn(dir, { parity: 'not-required' })[0]).toMatch(/^ein-haddewid\/charter\.mdx:5 error: There is no charter called "our-promis"/);
  });

  it('refuse a translation in the same language', () => {
    const dir = pairWith((welsh) => welsh.replace('language: cy-GB', 'language: en-GB'));
    expect(problemsIn(dir, { parity: 'not-required' })).toEqual([
      expect.stringContaining('ein-haddewid/charter.mdx:5 error: "our-promise" is in the same language as this charter (en-GB), so it cannot be its translation.'),
      expect.stringContaining('our-promise/charter.mdx:5 error: "ein-haddewid" is in the same language as this charter (en-GB), so it cannot be its translation.'),
    ]);
  });
});

describe('parity, when the site requires it', () => {
  it('fails a charter with no translation', () => {
    const dir = pairWith((welsh) => welsh.replace('translation: our-promise\n', ''), (english) => english.replace('translation: ein-haddewid\n', ''));
    expect(problemsIn(dir)).toEqual([
      expect.stringContaining('ein-haddewid/charter.mdx:1 error: This charter has no English translation'),
      expect.stringContaining('our-promise/charter.mdx:1 error: This charter has no Welsh translation'),
    ]);
  });

  it.each([
    ['a missing section', (w: string) => w.replace(/## Sut i gwyno[\s\S]*$/, ''), 'ein-haddewid/charter.mdx:1 error: This translation has 1 sections (level-2 headings); '],
    ['a commitment too few', (w: string) => w.replace('- ateb eich llythyr o fewn 10 diwrnod gwaith\n', ''), 'ein-haddewid/charter.mdx:25 error: The section "Beth y byddwn yn ei wneud" has 1 commitments, targets or measures; its pair "What we will do" (our-promise/charter.mdx:25) has 2.'],
    ['a list item too many', (w: string) => w.replace('- Ysgrifennwch atom.\n', '- Ysgrifennwch atom.\n- Dewch i’n gweld.\n'), 'ein-haddewid/charter.mdx:34 error: The section "Sut i gwyno" has 4 list items; its pair "How to complain" (our-promise/charter.mdx:34) has 3.'],
    ['a table row too few', (w: string) => w.replace('| Llythyrau  | 10 diwrnod gwaith |\n', ''), 'ein-haddewid/charter.mdx:34 error: The section "Sut i gwyno" has 1 table rows; its pair "How to complain" (our-promise/charter.mdx:34) has 2.'],
    ['another phone number', (w: string) => w.replace('    - number: 01234 567890', '    - number: 01234 567891'), 'ein-haddewid/charter.mdx:11 error: The phone numbers differ from '],
    ['another email address', (w: string) => w.replace('address: help@fixture.example', 'address: cymorth@fixture.example'), 'ein-haddewid/charter.mdx:11 error: The email addresses differ from '],
    ['another date', (w: string) => w.replace('nextReview: 2026-04', 'nextReview: 2026-05'), 'ein-haddewid/charter.mdx:10 error: dates.nextReview is 2026-05 here and 2026-04 in '],
  ])('fails %s, at the line of the difference', (_name, edit, expected) => {
    const problems = problemsIn(pairWith(edit));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
});

describe('a bilingual single document under parity', () => {
  const BILINGUAL = path.join(ROOT, 'tests/fixtures/charters/bilingual');

  it('counts as its own translation when its halves match', () => {
    const result = checkTranslations(loadContent(BILINGUAL).charters, site(), BILINGUAL);
    expect(result.problems).toEqual([]);
  });

  it('fails when its Welsh half drops a commitment, at the section that differs', () => {
    const dir = path.join(work, 'bilingual-diverged');
    cpSync(BILINGUAL, dir, { recursive: true });
    const file = path.join(dir, 'dwyieithog/charter.mdx');
    const source = readFileSync(file, 'utf8');
    const dropped = "- gwrando arnoch a'ch cynnwys mewn penderfyniadau am eich gofal\n";
    expect(source).toContain(dropped);
    writeFileSync(file, source.replace(dropped, ''));
    const line = source.split('\n').findIndex((text) => text === '## Ein haddewidion') + 1;
    const problems = checkTranslations(loadContent(dir).charters, site(), dir).problems.map((problem) => formatProblem(problem).replaceAll(`${dir}/`, ''));
    expect(problems).toEqual([expect.stringContaining(`dwyieithog/charter.mdx:${line} error: The section "Ein haddewidion" has 3 commitments, targets or measures; its pair "Our promises"`)]);
  });
});

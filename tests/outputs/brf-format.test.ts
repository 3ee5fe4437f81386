/**
 * The BRF in the output registry: one file per full charter in English or Welsh (none for an
 * easy-read edition or a language with no braille table), offered among the other formats
 * with its link text and braille page count in the page's language, and a manifest entry that
 * tells the checker each run's language and table.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCharterFile, loadEasyReadFile } from '../../src/model/load-charter.ts';
import { publishContext } from '../../src/outputs/context.ts';
import { BRF } from '../../src/outputs/formats/braille.ts';
import { OUTPUTS } from '../../src/outputs/registry.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const context = publishContext();
const seedFile = path.join(ROOT, 'content/charters/papworth-trust-care/charter.mdx');
const seed = loadCharterFile(seedFile);
const welsh = loadCharterFile(path.join(FIXTURES, 'welsh/siarter-gofal/charter.mdx'));
const bilingual = loadCharterFile(path.join(FIXTURES, 'bilingual/dwyieithog/charter.mdx'));

describe('the brf format', () => {
  it('is registered among the formats the public wants, as .brf files', () => {
    expect(OUTPUTS).toContain(BRF);
    expect(BRF.placement).toBe('formats');
    expect(BRF.extension).toBe('brf');
    expect(BRF.files(seed, context).map((file) => file.fileName)).toEqual(['papworth-trust-care.brf']);
  });

  it('applies to full charters in English and Welsh, not to easy-read editions or languages with no table', () => {
    expect(BRF.appliesTo(seed)).toBe(true);
    expect(BRF.appliesTo(welsh)).toBe(true);
    const easyRead = loadEasyReadFile(path.join(path.dirname(seedFile), 'easy-read.mdx'), new Map([[seed.id, seed]]));
    expect(BRF.appliesTo(easyRead)).toBe(false);
    expect(BRF.appliesTo({ ...seed, lang: 'pl' })).toBe(false);
  });

  it('says what it is and how many braille pages it has, in the page’s language', async () => {
    const [file] = BRF.files(welsh, context);
    expect(file?.label('en-GB')).toBe('Braille-ready file (BRF) for braille embossers and displays');
    expect(file?.label('cy-GB')).toBe('Ffeil Braille barod (BRF) ar gyfer argraffyddion Braille a dangosyddion Braille');
    const rendered = await file?.render();
    expect(rendered?.facts('en-GB')).toMatch(/^BRF, \d+ braille pages$/);
    expect(rendered?.facts('cy-GB')).toMatch(/^BRF, \d+ (tudalen|dudalen|thudalen) Braille$/);
  });

  it('tells the checker the text, each run’s language and each language’s braille table', () => {
    const [file] = BRF.files(bilingual, context);
    const expect_ = file?.expect;
    expect(expect_?.check).toBe('brf');
    expect(expect_?.text?.length).toBe(expect_?.textLangs?.length);
    expect(expect_?.text?.[0]).toBe(bilingual.title);
    expect(new Set(expect_?.textLangs)).toEqual(new Set(['en-GB', 'cy']));
    expect(expect_?.brailleTables).toEqual({ 'en-GB': 'en-ueb-g2.ctb', cy: 'cy-cy-g2.ctb' });
    const welshRuns = (expect_?.text ?? []).filter((_, index) => expect_?.textLangs?.[index] === 'cy');
    expect(welshRuns).toContain('Ein haddewid i chi');
  });
});

/**
 * The card check lays out every card the content gives, in the same run as every other
 * check: the cards of charters with errors elsewhere too (their card block read on its own),
 * and a back that gives the site's contact line, reported as the site's, not as card.contact.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCards } from '../../../src/checks/content/card-fit.ts';
import { readCardBlock } from '../../../src/model/card-source.ts';
import { loadCharterFile } from '../../../src/model/load-charter.ts';
import { FAULTS } from '../../helpers/content-faults.ts';
import { FIXTURES } from '../../helpers/paths.ts';
import { testSite } from '../../helpers/site.ts';

const FAULT = path.join(FAULTS, 'overflowing-card-beside-other-errors');
const NO_CONTACT = path.join(FIXTURES, 'card-contact');

describe('the card block of a charter with other errors', () => {
  it('is read on its own, with the sides whose words are known', () => {
    const block = readCardBlock(path.join(FAULT, 'fixture/charter.mdx'));
    expect(block).toMatchObject({ source: { id: 'fixture', lang: 'en-GB' }, front: true, back: true });
    expect(block?.source.meta.card.promises).toHaveLength(5);
  });

  it('is laid out, and a card that does not fit is reported at its card: line', async () => {
    const block = readCardBlock(path.join(FAULT, 'fixture/charter.mdx'))!;
    const problems = await checkCards({ charters: [], unloaded: [block], dir: FAULT, site: testSite() });
    expect(problems.map((problem) => [problem.file, problem.line, problem.rule])).toEqual([
      ['tests/fixtures/content-faults/overflowing-card-beside-other-errors/fixture/charter.mdx', 9, 'card-fit'],
    ]);
    expect(problems[0]?.message).toMatch(/^The front of the wallet card does not fit: card\.promises\[\d\] runs \d+\.\d mm/);
  });

  it('is skipped when the card block itself is invalid (its own error says why)', () => {
    expect(readCardBlock(path.join(FIXTURES, 'invalid/too-many-card-promises.mdx'))).toBeUndefined();
  });
});

describe('a card whose back gives the site’s contact line', () => {
  const doc = loadCharterFile(path.join(NO_CONTACT, 'no-contact-details/charter.mdx'));

  it('fits with the fixture site', async () => {
    expect(await checkCards({ charters: [doc], dir: NO_CONTACT, site: testSite() })).toEqual([]);
  });

  it('names the site’s contact line and site.yaml when the operator’s name is too long', async () => {
    const site = testSite({ operator: `The ${'very '.repeat(30)}long name of the organisation that runs this website` });
    const [problem] = await checkCards({ charters: [doc], dir: NO_CONTACT, site });
    expect(problem?.message).toMatch(/^The back of the wallet card does not fit: .+ runs \d+\.\d mm past the safe area even at 12 pt\. /);
    expect(problem?.message).toContain("It gives the site's contact (content/site.yaml) because the charter gives no phone, text relay or email.");
    expect(problem?.fix).toContain('Shorten operator in content/site.yaml');
    expect(problem?.fix).toContain('card.contact');
  });

  it('still has its front checked when the site settings did not load', async () => {
    const crowded = { ...doc, meta: { ...doc.meta, card: { ...doc.meta.card, promises: Array.from({ length: 6 }, () => 'We will always answer your letters within 5 working days') } } };
    const problems = await checkCards({ charters: [crowded], dir: NO_CONTACT });
    expect(problems.map((problem) => problem.message.split(':')[0])).toEqual(['The front of the wallet card does not fit']);
  });
});

describe('a card whose web address does not fit its back', () => {
  it('is reported at its card: line, with the fix: a shorter folder name', async () => {
    // The back ends with the charter's page address, /charters/<folder>: a folder name with no
    // hyphen to break before is one unbreakable piece.
    const dir = mkdtempSync(path.join(tmpdir(), 'card-address-'));
    const slug = 'a'.repeat(70);
    mkdirSync(path.join(dir, slug));
    copyFileSync(path.join(NO_CONTACT, 'no-contact-details/charter.mdx'), path.join(dir, slug, 'charter.mdx'));
    const doc = loadCharterFile(path.join(dir, slug, 'charter.mdx'));
    const problems = await checkCards({ charters: [doc], dir, site: testSite(), siteUrl: 'https://charters.example.org' });
    expect(problems.map((problem) => problem.message.split(':')[0])).toEqual([
      'The back of the wallet card does not fit',
      'The back of the large print card (a6) does not fit',
    ]);
    expect(problems[0]?.message).toMatch(/: web address runs \d+\.\d mm past the safe area even at 12 pt\./);
    expect(problems[0]?.fix).toContain('use a shorter folder name');
    expect(problems[1]?.fix).toContain('use a shorter folder name');
  });
});

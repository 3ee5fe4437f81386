/**
 * The card check lays out every card the content gives, in the same run as every other
 * check: the cards of charters with errors elsewhere too (their card block read on its own),
 * and a back that gives the site's contact line, reported as the site's, not as card.contact.
 */
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

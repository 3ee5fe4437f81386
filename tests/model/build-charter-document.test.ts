import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartersDir, loadAllCharters, loadCharterFile } from '../../src/model/load-charter.ts';
import { blocksText } from '../../src/model/text.ts';
import { allBlocks } from '../../src/model/walk.ts';
import { contentErrorOf } from '../helpers/content-error.ts';
import { FIXTURES, invalidFixture } from '../helpers/paths.ts';

const problemsOf = (name: string): string => contentErrorOf(() => loadCharterFile(invalidFixture(name)), name);

describe('content vocabulary', () => {
  it.each([
    ['unknown-component', '38:1', 'Unknown component <Promise>', '<Commitments>'],
    ['import-line', '36:1', '`import` and `export` are not allowed', '<Commitments>'],
    ['js-expression', '38:23', 'JavaScript expressions', 'literal brace'],
    ['expression-attribute', '36:1', 'The intro attribute of <Commitments> must be plain text in quotes', 'intro="…"'],
    ['skipped-heading-level', '38:1', 'Heading level 4 skips level 3', 'Use ###'],
    ['commitments-without-list', '36:1', '<Commitments> must contain exactly one Markdown list', '- …'],
    ['table-without-headers', '36:1', 'Every column of a table needs a header', '| Review | Date |'],
  ])('rejects %s at its line with the allowed vocabulary or a fix', (name, where, message, fix) => {
    const text = problemsOf(name);
    expect(text).toContain(`tests/fixtures/charters/invalid/${name}.mdx:${where} error: ${message}`);
    expect(text).toContain('Fix:');
    expect(text).toContain(fix);
  });
});

describe('CharterDocument', () => {
  const fixture = loadCharterFile(path.join(FIXTURES, 'valid/every-block-type/charter.mdx'));

  it('has a block of every type in the fixture that exercises them all', () => {
    const types = new Set([...allBlocks(fixture.blocks)].map((block) => block.type));
    expect([...types].sort()).toEqual([
      'callout',
      'commitments',
      'contact',
      'heading',
      'language',
      'list',
      'measures',
      'paragraph',
      'quote',
      'table',
      'target',
      'targets',
    ]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(fixture))).toEqual(fixture);
  });

  it('gives headings unique anchor ids and lists level-2 sections', () => {
    expect(fixture.sections.map((section) => section.text)).toEqual(['First section', 'Second section', 'Third section', 'Fourth section']);
    expect(fixture.sections[0]?.id).toBe('first-section');
    expect(fixture.hasContactBlock).toBe(true);
  });

  it('uses the default intros and keeps written ones', () => {
    const intros = [...allBlocks(fixture.blocks)].flatMap((block) => ('intro' in block ? [block.intro] : []));
    expect(intros).toEqual(['We will:', "We won't:", 'Targets:', 'How we will measure this:']);
  });

  it('joins soft line breaks and trims text', () => {
    expect(blocksText(fixture.blocks)[0]).toBe('An opening paragraph with bold words, emphasised words and a link to the contents.');
  });

  describe.each(loadAllCharters(chartersDir()).map((doc) => [doc.id, doc] as const))('seed %s', (id, doc) => {
    it('matches its reviewed model snapshot', async () => {
      await expect(`${JSON.stringify(doc, null, 2)}\n`).toMatchFileSnapshot(`./__snapshots__/${id}.model.json`);
    });

    it('has a title, language and text', () => {
      expect(doc.title.length).toBeGreaterThan(0);
      expect(doc.lang).toBe('en-GB');
      expect(blocksText(doc.blocks).join(' ').split(/\s+/).length).toBeGreaterThan(200);
    });
  });
});

describe('seed fixes', () => {
  const docs = Object.fromEntries(loadAllCharters(chartersDir()).map((doc) => [doc.id, blocksText(doc.blocks)]));

  it('drops the bullet points the Papworth extraction duplicated', () => {
    const items = docs['papworth-trust-care'] ?? [];
    expect(items.filter((text) => text === 'finding other organisations who can also help you.')).toHaveLength(1);
    expect(items.filter((text) => text === 'talking to you to make sure your plan is working for you.')).toHaveLength(1);
  });

  it('removes the stray "e day" from RUILS', () => {
    const text = (docs['ruils-customer-care'] ?? []).join('\n');
    expect(text).not.toContain('for the e day');
    expect(text).toContain('if they are not contactable for the day.');
  });
});

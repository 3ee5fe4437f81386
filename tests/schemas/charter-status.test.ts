/**
 * `status:` in charter frontmatter (src/schemas/charter-status.ts): one word, or a map for the
 * states that say more; every mistake is one error at the key's line, with what to write.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/content-error.ts';
import { validateFrontmatter } from '../../src/model/frontmatter.ts';
import { CharterFrontmatterSchema } from '../../src/schemas/charter.ts';
import { ROOT } from '../helpers/paths.ts';

// Lines 2–13 of the file (line 1 is the opening ---); `status` starts on line 14.
const BASE = [
  'title: Our charter',
  'organisation: Fixture Council',
  'language: en-GB',
  'summary: A charter for the tests of its status.',
  'audience: Tests',
  'card:',
  '  title: Card',
  '  promises: [One, Two, Three]',
  '  contact: Call us',
  'source:',
  '  title: Our charter',
  '  description: Test.',
].join('\n');

const read = (status: string) => validateFrontmatter(CharterFrontmatterSchema, `${BASE}\n${status}`, 'charter.mdx');
const problems = (status: string) => read(status).problems.map(formatProblem);

describe('status', () => {
  it.each([
    ['', { state: 'current' }],
    ['status: current', { state: 'current' }],
    ['status: under-review', { state: 'under-review' }],
    ['status: withdrawn', { state: 'withdrawn' }],
    ['status:\n  state: withdrawn\n  date: 2024-03', { state: 'withdrawn', date: '2024-03' }],
    ['status:\n  state: superseded\n  replacedBy: new-charter', { state: 'superseded', replacedBy: 'new-charter' }],
  ])('reads %j', (status, expected) => {
    expect(read(status).data?.status).toEqual(expected);
  });

  it('refuses a state it does not know, naming it and the states there are', () => {
    expect(problems('status: archived')).toEqual([
      'charter.mdx:14 error: "status.state": "archived" is not a status. Write one of: current, under-review, superseded, withdrawn (see content/README.md).',
    ]);
  });

  it('refuses superseded without the charter that replaces it', () => {
    expect(problems('status: superseded')).toEqual([
      'charter.mdx:14 error: "status.replacedBy" is missing.\n  Fix: Name the charter that replaces this one: replacedBy: <its folder name>.',
    ]);
  });

  it('refuses a withdrawal date that does not exist, at its line', () => {
    expect(problems('status:\n  state: withdrawn\n  date: 2024-02-31')).toEqual([
      expect.stringMatching(/^charter\.mdx:16 error: "status\.date": 2024-02-31 is not a date/),
    ]);
  });

  it('refuses a replacement on a state that has none', () => {
    expect(problems('status:\n  state: withdrawn\n  replacedBy: new-charter')).toEqual([
      expect.stringMatching(/^charter\.mdx:16 error: Unknown key "replacedBy" in "status"\./),
    ]);
  });
});

describe('the authors’ guide (content/README.md, "Marking a charter out of date")', () => {
  it('gives examples the schema reads', () => {
    const guide = readFileSync(path.join(ROOT, 'content/README.md'), 'utf8');
    const section = guide.slice(guide.indexOf('### Marking a charter out of date'), guide.indexOf('## The text'));
    const examples = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(examples.map((yaml) => read(yaml).data?.status.state)).toEqual(['under-review', 'superseded', 'withdrawn']);
  });
});

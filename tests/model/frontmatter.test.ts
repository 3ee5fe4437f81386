/**
 * A missing key is named in full, with where to add it: `card.contact` and the top-level
 * `contact` are different keys, and "Add contact: to the frontmatter" once sent an author who
 * lacked one to the other.
 */
import { describe, expect, it } from 'vitest';
import { validateFrontmatter } from '../../src/model/frontmatter.ts';
import { CharterFrontmatterSchema } from '../../src/schemas/charter.ts';

const charter = (card: string) => `title: Our promise
organisation: Fixture Council
language: en-GB
summary: A charter that proves how missing keys are reported.
audience: Everyone
${card}
source:
  title: Our promise
  description: Test fixture.`;

describe('a missing frontmatter key', () => {
  it('is named with its parent when it is nested, at its parent’s line', () => {
    const { problems } = validateFrontmatter(CharterFrontmatterSchema, charter('card:\n  promises: [One, Two, Three]'), 'x.mdx');
    expect(problems).toEqual([
      {
        file: 'x.mdx',
        line: 7,
        rule: 'frontmatter',
        message: '"card.title" is missing.',
        fix: 'Add title: inside card: in the frontmatter (the key card.title; see content/README.md).',
      },
    ]);
  });

  it('is said to go at the top level when it is not nested', () => {
    const { problems } = validateFrontmatter(CharterFrontmatterSchema, charter(''), 'x.mdx');
    expect(problems.map((problem) => problem.fix)).toEqual(['Add card: at the top level of the frontmatter (see content/README.md).']);
  });

  it('is never card.contact: a card needs no contact line the charter does not give', () => {
    const { data, problems } = validateFrontmatter(
      CharterFrontmatterSchema,
      charter('card:\n  title: Our promise\n  promises: [One, Two, Three]'),
      'x.mdx',
    );
    expect(problems).toEqual([]);
    expect(data?.card.contact).toBeUndefined();
    expect(data?.contact).toBeUndefined();
  });
});

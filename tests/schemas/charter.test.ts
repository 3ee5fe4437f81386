import { describe, expect, it } from 'vitest';
import { CharterFrontmatterSchema } from '../../src/schemas/charter.ts';
import { LanguageTagSchema } from '../../src/schemas/language-tag.ts';
import { PartialDateSchema } from '../../src/schemas/partial-date.ts';
import { loadCharterFile, listCharterFiles, chartersDir } from '../../src/model/load-charter.ts';
import { contentErrorOf } from '../helpers/content-error.ts';
import { invalidFixture } from '../helpers/paths.ts';

const problemsOf = (file: string): string => contentErrorOf(() => loadCharterFile(file), file);

describe('charter frontmatter schema', () => {
  it('accepts every published charter', () => {
    const files = listCharterFiles(chartersDir());
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) expect(() => loadCharterFile(file), file).not.toThrow();
  });

  it.each([
    ['missing-title', 2, '"title" is missing'],
    ['bad-language-tag', 5, 'BCP 47 language tag'],
    ['unknown-key', 8, 'Unknown key "nextreview"'],
    ['too-many-card-promises', 27, 'at most 6 promises'],
  ])('rejects %s with the file, line %i and a fix', (name, line, message) => {
    const text = problemsOf(invalidFixture(name));
    expect(text).toContain(`tests/fixtures/charters/invalid/${name}.mdx:${line} error:`);
    expect(text).toContain(message);
  });

  it('rejects unknown keys in nested objects too', () => {
    const result = CharterFrontmatterSchema.safeParse({ contact: { phone: '01865 815906' } });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('unrecognized_keys');
  });

  it('keeps dates as the author wrote them', () => {
    expect(PartialDateSchema.parse(new Date('2004-08-23T00:00:00Z'))).toBe('2004-08-23');
    expect(PartialDateSchema.parse(2026)).toBe('2026');
    expect(PartialDateSchema.parse('2010-12')).toBe('2010-12');
    expect(PartialDateSchema.safeParse('December 2010').success).toBe(false);
    expect(PartialDateSchema.safeParse('2010-13').success).toBe(false);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-31', false],
    ['2024-04-31', false],
    ['2024-12-31', true],
  ])('checks %s is a real calendar day', (date, valid) => {
    expect(PartialDateSchema.safeParse(date).success).toBe(valid);
  });

  it.each([
    ['en-UK', 'en-GB'],
    ['cy-UK', 'cy-GB'],
    ['xx-YY', 'en-GB'],
    ['iw', 'he'],
  ])('rejects the unregistered or deprecated tag %s and suggests %s first', (tag, nearest) => {
    const result = LanguageTagSchema.safeParse(tag);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0] as { params?: { fix?: string } } | undefined;
    expect(issue?.params?.fix).toContain(`the nearest are "${nearest}"`);
  });

  it.each(['en-GB', 'cy-GB', 'en', 'cy', 'gd-GB', 'sco', 'zh-Hans', 'es-419'])('accepts the language tag %s', (tag) => {
    expect(LanguageTagSchema.safeParse(tag).success).toBe(true);
  });

  it.each(['English', 'en_GB', 'en-gb', 'EN-GB', ''])('rejects the language tag "%s"', (tag) => {
    expect(LanguageTagSchema.safeParse(tag).success).toBe(false);
  });
});

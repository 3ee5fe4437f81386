/**
 * The content check (`npm run lint:content`, and the first step of every build) on bad
 * input a hostile author or an unlucky editor would give it: one error per fault, at the
 * true file:line, with a fix; and every content file published or reported.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatCheckResult } from '../../../src/checks/content/content.ts';
import { formatProblem } from '../../../src/model/content-error.ts';
import { FAULT_CASES, FAULTS } from '../../helpers/content-faults.ts';
import { ROOT } from '../../helpers/paths.ts';

const relative = (file: string) => path.relative(ROOT, file);

describe('content faults', () => {
  it.each(FAULT_CASES)('%s gives one error at %s with a fix', async (fixture, where, message) => {
    const dir = path.join(FAULTS, fixture);
    const result = await checkContent(dir);
    expect(result.problems.map(formatProblem)).toHaveLength(1);
    const [problem] = result.problems;
    expect(formatProblem(problem!)).toContain(`${relative(path.join(dir, where))}${where.includes(':') ? '' : ':'}`);
    expect(`${problem!.file}:${problem!.line}${problem!.column ? `:${problem!.column}` : ''}`).toBe(relative(path.join(dir, where)));
    expect(problem!.message).toContain(message);
    expect(problem!.fix ?? '').not.toBe('');
    expect(formatCheckResult(result)).toContain('Nothing was built.');
  });

  it('suggests registered language tags for an unregistered one', async () => {
    const [problem] = (await checkContent(path.join(FAULTS, 'unregistered-language-tag'))).problems;
    expect(problem?.fix).toContain('the nearest are "en-GB", "cy-GB"');
  });

  it('suggests the slug a refused folder name should have', async () => {
    const [problem] = (await checkContent(path.join(FAULTS, 'folder-name-not-a-slug'))).problems;
    expect(problem?.fix).toBe('Rename the folder to "our-charter".');
  });

  it('reads a file that starts with a UTF-8 byte-order mark', async () => {
    const result = await checkContent(path.join(FAULTS, 'byte-order-mark'));
    expect(result.problems).toEqual([]);
    expect(result.charters).toBe(1);
  });

  it('reports a card that does not fit in the same run as the file’s schema and body errors', async () => {
    const dir = path.join(FAULTS, 'overflowing-card-beside-other-errors');
    const file = relative(path.join(dir, 'fixture/charter.mdx'));
    const result = await checkContent(dir);
    expect(result.problems.map((problem) => [problem.file, problem.line, problem.rule])).toEqual([
      [file, 8, 'frontmatter'],
      [file, 9, 'card-fit'],
      [file, 26, 'mdx'],
    ]);
    expect(result.problems[1]?.message).toMatch(/^The front of the wallet card does not fit: card\.promises\[\d\] runs/);
  });

  it('checks a draft folder, reports it as not published and never fails on it', async () => {
    const result = await checkContent(path.join(FAULTS, 'draft-folder'));
    expect(result.problems).toEqual([]);
    expect(result.charters).toBe(1);
    expect(result.drafts.map(relative)).toEqual(['tests/fixtures/content-faults/draft-folder/_next-year/charter.mdx']);
    expect(result.draftProblems.map(formatProblem)).toEqual([expect.stringContaining('_next-year/charter.mdx:2 error: "title" is missing.')]);
    const text = formatCheckResult(result);
    expect(text).toContain('Drafts, not published: tests/fixtures/content-faults/draft-folder/_next-year/charter.mdx.');
    expect(text).toContain('_next-year/charter.mdx:2 warning (draft): "title" is missing.');
  });
});

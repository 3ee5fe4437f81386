/**
 * The list of WCAG 2.2 A and AA success criteria the report's table is built on: exactly the
 * 55 of the Recommendation, with W3C's numbers, names and levels (checked against the data
 * Siteimprove Alfa generates from the WCAG specification), and 4.1.1, which 2.2 removed, not
 * among them.
 */
import { Criteria } from '@siteimprove/alfa-wcag/dist/criterion/data.js';
import { describe, expect, it } from 'vitest';
import { compareCriteria, criterionOf, understandingUrl, WCAG22_CRITERIA } from '../../../src/checks/criteria/wcag22.ts';

/** WCAG 2.2's A and AA criteria as Alfa's data (generated from the W3C specification) gives them. */
const fromSpecification = Object.entries(
  Criteria as Readonly<Record<string, { title: string; versions: readonly (readonly [string, { uri: string; level: string }])[] }>>,
)
  .flatMap(([number, criterion]) => {
    const inWcag22 = criterion.versions.find(([version]) => version === '2.2')?.[1];
    return inWcag22 && inWcag22.level !== 'AAA'
      ? [{ number, name: criterion.title, level: inWcag22.level, slug: inWcag22.uri.split('#')[1] }]
      : [];
  })
  .sort((a, b) => compareCriteria(a.number, b.number));

describe('WCAG 2.2 success criteria at levels A and AA', () => {
  it('are exactly 55: 31 at level A and 24 at level AA, each once', () => {
    expect(WCAG22_CRITERIA).toHaveLength(55);
    expect(WCAG22_CRITERIA.filter((criterion) => criterion.level === 'A')).toHaveLength(31);
    expect(WCAG22_CRITERIA.filter((criterion) => criterion.level === 'AA')).toHaveLength(24);
    expect(new Set(WCAG22_CRITERIA.map((criterion) => criterion.number)).size).toBe(55);
  });

  it('have W3C’s numbers, names, levels and Understanding addresses, in W3C’s order', () => {
    expect(WCAG22_CRITERIA.map(({ number, name, level, slug }) => ({ number, name, level, slug }))).toEqual(fromSpecification);
    expect(understandingUrl(criterionOf('1.4.10')!)).toBe('https://www.w3.org/WAI/WCAG22/Understanding/reflow.html');
  });

  it('include the criteria new in 2.2 and leave out 4.1.1 Parsing and AAA criteria', () => {
    for (const added of ['2.4.11', '2.5.7', '2.5.8', '3.2.6', '3.3.7', '3.3.8']) expect(criterionOf(added)).toBeDefined();
    for (const absent of ['4.1.1', '1.4.6', '2.4.12', '2.4.13', '2.5.5', '3.3.9']) expect(criterionOf(absent)).toBeUndefined();
  });

  it('sort as W3C numbers them: 1.4.4 before 1.4.10', () => {
    expect(['1.4.10', '1.4.4', '1.4.12', '1.1.1'].sort(compareCriteria)).toEqual(['1.1.1', '1.4.4', '1.4.10', '1.4.12']);
  });
});

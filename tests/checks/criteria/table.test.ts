/**
 * The criteria table: a criterion fails when a finding maps to it, passes its automated checks
 * when a rule mapped to it ran and found nothing, is untested where no rule ran, and passes
 * outright only when people confirmed it in every format. The Matterhorn table counts only the
 * tagged PDFs.
 */
import { describe, expect, it } from 'vitest';
import type { Evidence, EvidenceFinding } from '../../../src/checks/criteria/evidence.ts';
import { matterhornTable } from '../../../src/checks/criteria/matterhorn.ts';
import { criteriaTable, otherCriteria } from '../../../src/checks/criteria/table.ts';
import { numberFindings } from '../../../src/checks/criteria/findings.ts';
import type { ManualCheck } from '../../../src/schemas/manual-checks.ts';

const PDF = '/charters/x/x-large-print.pdf';
const BOOKLET = '/charters/x/x-clear-print-booklet.pdf';

function evidence(findings: EvidenceFinding[] = [], accepted: EvidenceFinding[] = []): Evidence {
  return {
    date: '2026-11-30T08:00:00.000Z',
    passed: findings.length === 0,
    checked: {
      pages: ['/', '/charters/x/'],
      pdfs: [PDF, BOOKLET],
      cards: [],
      files: [
        { file: PDF, format: 'large-print-pdf', check: 'pdf' },
        { file: BOOKLET, format: 'clear-print-booklet-pdf', check: 'print-booklet-pdf' },
      ],
    },
    tools: [],
    rules: [
      { tool: 'axe', rule: 'color-contrast', wcag: ['1.4.3'], on: ['page'] },
      { tool: 'pdf', rule: 'pdf-lang', wcag: ['3.1.1'], on: ['pdf', 'card-pdf'] },
      { tool: 'pdf', rule: 'pdf-lang', wcag: ['3.1.1'], on: ['print-booklet-pdf'] },
      { tool: 'alfa', rule: 'sia-r1', wcag: ['2.4.2'], on: ['page'] },
    ],
    findings,
    accepted,
  };
}

const finding = (rule: string, target: string, wcag: string[], severity: 'error' | 'warning' = 'error'): EvidenceFinding => ({
  format: target.endsWith('.pdf') ? 'large-print-pdf' : 'web',
  tool: target.endsWith('.pdf') ? 'pdf' : 'axe',
  target,
  rule,
  severity,
  wcag,
  message: 'm',
});
const row = (table: ReturnType<typeof criteriaTable>, number: string) => table.find((result) => result.criterion.number === number)!;

describe('the criteria table', () => {
  it('has a row for each of the 55 criteria, tested where a rule ran and untested where none did', () => {
    const table = criteriaTable(evidence(), []);
    expect(table).toHaveLength(55);
    expect(row(table, '1.4.3').automated).toBe('pass');
    expect(row(table, '1.4.3').scopes.map((scope) => [scope.scope, scope.targets, scope.result])).toEqual([['page', 2, 'pass']]);
    // A rule list any engine gives is mapped the same way (Alfa's here).
    expect(row(table, '2.4.2').scopes[0]?.rules).toEqual([{ tool: 'alfa', rule: 'sia-r1' }]);
    expect(row(table, '3.1.1').scopes.map((scope) => scope.scope)).toEqual(['pdf', 'print-booklet-pdf']);
    expect(row(table, '1.3.2').automated).toBe('untested');
    expect(row(table, '1.3.2').scopes).toEqual([]);
  });

  it('marks a criterion failing when a finding maps to it, on the page or file it was found in', () => {
    const table = criteriaTable(evidence([finding('color-contrast', '/charters/x/', ['1.4.3']), finding('pdf-lang', PDF, ['3.1.1'])]), []);
    expect(row(table, '1.4.3')).toMatchObject({ automated: 'fail', result: 'fail' });
    expect(row(table, '1.4.3').scopes[0]?.failures.map((entry) => entry.id)).toEqual(['finding-1']);
    const lang = row(table, '3.1.1');
    expect(lang.scopes.map((scope) => [scope.scope, scope.result])).toEqual([
      ['pdf', 'fail'],
      ['print-booklet-pdf', 'pass'],
    ]);
    expect(lang.result).toBe('fail');
  });

  it('keeps a warning from failing a criterion, and counts a failure the baseline accepts as a failure', () => {
    const accepted = { ...finding('color-contrast', '/', ['1.4.3']), accepted: { reason: 'r', reviewer: 'A', date: '2026-11-20' } };
    const table = criteriaTable(evidence([finding('color-contrast', '/charters/x/', ['1.4.3'], 'warning')], [accepted]), []);
    expect(row(table, '1.4.3')).toMatchObject({ automated: 'accepted', result: 'fail' });
    expect(row(table, '1.4.3').scopes[0]?.warnings).toHaveLength(1);
  });

  it('passes a criterion only when people confirmed it in every format, and fails it when they found a failure', () => {
    const made = { who: 'Sam Patel', when: '2026-11-20' };
    const manual: ManualCheck[] = [
      { criterion: '1.4.3', format: 'web', result: 'pass', ...made },
      { criterion: '1.4.3', format: 'pdf', result: 'pass', ...made },
      { criterion: '1.2.1', format: 'web', result: 'not-applicable', reason: 'No audio or video.', ...made },
      { criterion: '2.1.1', format: 'web', result: 'fail', notes: 'A control cannot be reached.', ...made },
    ];
    const table = criteriaTable(evidence(), manual);
    expect(row(table, '1.4.3').manual.map((entry) => [entry.format, entry.result])).toEqual([
      ['web', 'pass'],
      ['pdf', 'pass'],
    ]);
    expect(row(table, '1.4.3').result).toBe('pass');
    // Not applicable on the web, but nobody has looked at the PDFs yet.
    expect(row(table, '1.2.1').result).toBe('needs-manual');
    expect(row(table, '2.1.1').result).toBe('fail');
    expect(row(table, '1.1.1').manual.every((entry) => entry.result === 'not-checked')).toBe(true);
  });

  it('lists findings against AAA criteria and 4.1.1 apart', () => {
    const numbered = numberFindings(evidence([finding('card-contrast', '/', ['1.4.6', '1.4.3']), finding('no-dup-id', '/', ['4.1.1'])]));
    expect(otherCriteria(numbered).map(([number, entries]) => [number, entries.length])).toEqual([
      ['1.4.6', 1],
      ['4.1.1', 1],
    ]);
  });
});

describe('the Matterhorn table', () => {
  it('fails a checkpoint when its rule fails in a tagged PDF, and not for an untagged print booklet', () => {
    const onBooklet = matterhornTable(evidence([finding('pdf-lang', BOOKLET, ['3.1.1'])]));
    expect(onBooklet.find((result) => result.checkpoint.id === '11-001')?.result).toBe('pass');
    const onPdf = matterhornTable(evidence([finding('pdf-lang', PDF, ['3.1.1'])]));
    expect(onPdf.find((result) => result.checkpoint.id === '11-001')).toMatchObject({ result: 'fail', files: 1 });
    expect(onPdf.filter((result) => result.result === 'fail').map((result) => result.checkpoint.id)).toEqual(['11-001']);
  });
});

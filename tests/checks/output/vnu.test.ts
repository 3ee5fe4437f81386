/**
 * The W3C Nu HTML Checker over several pages in one Java process: invalid HTML is reported
 * with its line, valid HTML gives nothing, and no Java is an incomplete run, never a pass.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVnu, vnuRule } from '../../../src/checks/output/vnu.ts';
import { ROOT } from '../../helpers/paths.ts';

const page = (folder: string) => path.join(ROOT, 'tests/fixtures', folder, 'index.html');

describe('the Nu HTML Checker', () => {
  it('reports invalid HTML on its page, with the line, and nothing on a valid page', async () => {
    const findings = await runVnu(
      new Map([
        [page('broken/web/invalid-html'), '/invalid-html/'],
        [page('clean/web/accessible-page'), '/accessible-page/'],
      ]),
    );
    expect(findings.filter((finding) => finding.target === '/accessible-page/')).toEqual([]);
    const errors = findings.filter((finding) => finding.target === '/invalid-html/' && finding.severity === 'error');
    expect(errors.map((finding) => finding.rule)).toEqual(['vnu-error', 'vnu-error']);
    expect(errors.every((finding) => finding.tool === 'vnu' && finding.format === 'web')).toBe(true);
    expect(errors[0]?.message).toMatch(/^line 12:\d+: No “p” element in scope but a “p” end tag seen\.$/);
    expect(errors[1]?.message).toMatch(/^line 13:\d+: Duplicate ID “twice”\.$/);
  }, 60_000);

  it('names the run incomplete when Java cannot be started', async () => {
    const findings = await runVnu(new Map([[page('clean/web/accessible-page'), '/accessible-page/']]), 'java-that-is-not-installed');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ tool: 'vnu', rule: 'tool-missing', severity: 'error' });
    expect(findings[0]?.message).toMatch(/did not run.*Install Java/);
  });

  it('gives each kind of message a short stable rule id', () => {
    expect(vnuRule({ type: 'error' })).toBe('vnu-error');
    expect(vnuRule({ type: 'error', subType: 'fatal' })).toBe('vnu-fatal');
    expect(vnuRule({ type: 'info', subType: 'warning' })).toBe('vnu-warning');
    expect(vnuRule({ type: 'info' })).toBe('vnu-info');
    expect(vnuRule({ type: 'non-document-error' })).toBe('vnu-io');
  });
});

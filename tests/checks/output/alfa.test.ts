/**
 * Siteimprove Alfa, the second engine, on pages in Chromium: a picture with no text
 * alternative fails ACT rule sia-r2 (WCAG 1.1.1), a page with none passes, and where axe
 * finds the same element and criterion the report has one finding naming both engines.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALFA_RULES, runAlfa, WCAG22_A_AA } from '../../../src/checks/output/alfa.ts';
import { runAxe } from '../../../src/checks/output/browser.ts';
import { mergeFindings } from '../../../src/checks/output/merge-findings.ts';
import { ROOT } from '../../helpers/paths.ts';
import { servedInChromium } from '../../helpers/served-in-chromium.ts';

const chromium = servedInChromium(path.join(ROOT, 'tests/fixtures'), { axe: true, viewport: { width: 1280, height: 900 } });

const open = (pathname: string) => chromium.page.goto(chromium.server.url + pathname, { waitUntil: 'load' });

describe('Alfa', () => {
  it('runs only rules mapped to a WCAG 2.2 A or AA criterion', () => {
    expect(ALFA_RULES.length).toBeGreaterThan(40);
    const ids = ALFA_RULES.map((rule) => rule.uri.split('/').pop());
    expect(ids).toContain('sia-r2');
    // AAA only: target size 44 px (2.5.5) and enhanced contrast (1.4.6).
    expect(ids).not.toContain('sia-r111');
    expect(ids).not.toContain('sia-r66');
    expect(WCAG22_A_AA.size).toBe(55);
  });

  it('reports a picture without a text alternative as sia-r2, WCAG 1.1.1, naming the element', async () => {
    await open('/broken/web/image-without-alt/');
    const findings = await runAlfa(chromium.page, '/image-without-alt/');
    const r2 = findings.find((finding) => finding.rule === 'sia-r2');
    expect(r2).toMatchObject({ tool: 'alfa', severity: 'error', target: '/image-without-alt/', path: '/html[1]/body[1]/main[1]/img[1]' });
    expect(r2?.wcag).toEqual(['1.1.1']);
    expect(r2?.element).toContain('<img src="data:image/gif');
    expect(r2?.help).toBe('https://alfa.siteimprove.com/rules/sia-r2');
    expect(r2?.message).toMatch(/accessible name/);
  });

  it('finds nothing on an accessible page', async () => {
    await open('/clean/web/accessible-page/');
    expect(await runAlfa(chromium.page, '/accessible-page/')).toEqual([]);
  });

  it('gives the element the same path as axe, so the report shows one finding from both engines', async () => {
    await open('/broken/web/image-without-alt/');
    const axe = await runAxe(chromium.page, '/image-without-alt/');
    const alfa = await runAlfa(chromium.page, '/image-without-alt/');
    const merged = mergeFindings([...axe, ...alfa]).filter((finding) => finding.wcag.includes('1.1.1'));
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ tool: 'axe', rule: 'image-alt', alsoFoundBy: ['alfa sia-r2'] });
  });
});

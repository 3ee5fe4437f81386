/**
 * Forced colours (Windows contrast themes) in Chromium's light and dark palettes: each thing
 * that disappears is reported by its own rule, proven on a page that has just that fault; an
 * accessible page (transparent outline and border, currentColor icon) has none.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckFinding } from '../../../src/checks/output/finding.ts';
import { runForcedColorsChecks } from '../../../src/checks/output/forced-colors.ts';
import { ROOT } from '../../helpers/paths.ts';
import { servedInChromium } from '../../helpers/served-in-chromium.ts';

const chromium = servedInChromium(path.join(ROOT, 'tests/fixtures'), { viewport: { width: 1280, height: 900 } });

async function check(fixture: string): Promise<CheckFinding[]> {
  await chromium.page.goto(`${chromium.server.url}/${fixture}/`, { waitUntil: 'load' });
  return runForcedColorsChecks(chromium.page, `/${fixture}/`);
}

describe('forced colours', () => {
  it.each([
    ['broken/web/forced-colors-focus', 'forced-colors-focus', '2.4.7', 'light and dark', '<a href="/">'],
    ['broken/web/forced-colors-icon', 'forced-colors-icon', '1.4.11', 'light', '<svg role="img" aria-label="Telephone"'],
    ['broken/web/forced-colors-border', 'forced-colors-border', '1.4.11', 'light and dark', '<a class="button"'],
    ['broken/web/forced-colors-text', 'forced-colors-text', '1.4.3', 'light', '<p>Opening hours'],
  ])('%s fails %s (WCAG %s) in the %s palette', async (fixture, rule, wcag, palettes, element) => {
    const findings = await check(fixture);
    expect(findings.map((finding) => finding.rule)).toEqual([rule]);
    expect(findings[0]).toMatchObject({ tool: 'layout', severity: 'error', wcag: [wcag] });
    expect(findings[0]?.message).toContain(`(${palettes} palette)`);
    expect(findings[0]?.element).toContain(element);
  });

  it('finds nothing on an accessible page, and leaves the page in normal colours', async () => {
    expect(await check('clean/web/accessible-page')).toEqual([]);
    expect(await chromium.page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(false);
  });
});

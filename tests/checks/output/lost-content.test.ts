/**
 * Nothing lost at 320 px (WCAG 1.4.10): text cut off by its box, and content seen at 1280 px
 * that is nowhere at 320 px, are reported; words shown in another place at 320 px are not lost.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLayoutChecks } from '../../../src/checks/output/browser.ts';
import { lostContent } from '../../../src/checks/output/lost-content.ts';
import { ROOT } from '../../helpers/paths.ts';
import { servedInChromium } from '../../helpers/served-in-chromium.ts';

const chromium = servedInChromium(path.join(ROOT, 'tests/fixtures'));

const check = (fixture: string) =>
  runLayoutChecks(chromium.page, `${chromium.server.url}/${fixture}/`, `/${fixture}/`, { forcedColors: false });

describe('content lost at 320 px', () => {
  it('reports text cut off by overflow: hidden at 320 px', async () => {
    const findings = (await check('broken/web/lost-content-clipped')).filter((finding) => finding.rule === 'lost-content-320');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ tool: 'layout', wcag: ['1.4.10'], message: 'Text is cut off by its box at 320 px wide.' });
    expect(findings[0]?.element).toContain('<p class="summary">');
  });

  it('reports content shown at 1280 px and hidden at 320 px', async () => {
    const findings = (await check('broken/web/lost-content-hidden')).filter((finding) => finding.rule === 'lost-content-320');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe('This content shows at 1280 px wide but nowhere at 320 px wide.');
    expect(findings[0]?.element).toContain('<p class="extra">');
  });

  it('finds nothing on an accessible page whose words move to another element at 320 px', async () => {
    expect(await check('clean/web/accessible-page')).toEqual([]);
  });

  it('compares by words, each lost one once', () => {
    const wide: [string, string][] = [
      ['Opening hours', '<th>'],
      ['Call us', '<p>'],
      ['Call us', '<p class="again">'],
      ['picture: Our office', '<img>'],
    ];
    expect(lostContent(wide, [['Opening hours', '<span class="label">']])).toEqual(['<p>', '<img>']);
  });
});

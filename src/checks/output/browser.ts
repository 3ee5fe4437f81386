import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { wcagFromAxeTags, type CheckFinding } from './finding.ts';
import { runForcedColorsChecks } from './forced-colors.ts';
import { layoutFinding } from './layout-finding.ts';
import { clippedText, lostContent, visibleContent } from './lost-content.ts';

/**
 * Checks run in Debian's Chromium (never a downloaded browser): axe-core on every page, and
 * layout checks axe cannot do — reflow and lost content at 320 px, text spacing, visible
 * focus, target size, forced colours.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** WCAG 2.0–2.2 A and AA, plus best practice (issue 7; GDS monitors against WCAG 2.2 AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with its reason. Keep this empty unless a rule is wrong for a
 * static page; every entry needs a link explaining why.
 */
export const AXE_DISABLED_RULES: Record<string, string> = {};

/** axe-core's script, served by the checker beside the pages so Chromium caches its compiled code. */
export const AXE_SCRIPT = { path: '/__checks/axe.min.js', file: createRequire(import.meta.url).resolve('axe-core/axe.min.js') };
/** Pages checked at once in the one browser: this machine has 2 cores. */
export const PAGES_AT_ONCE = 2;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    tags: string[];
    help: string;
    helpUrl: string;
    nodes: { target: unknown[]; html: string; failureSummary?: string; path?: string }[];
  }[];
}

/**
 * axe-core injected as a script and called directly (about 3× faster here than AxeBuilder).
 * Each element's XPath is taken in the page, in the form Alfa gives, so findings of the two
 * engines about one element can be merged (merge-findings.ts).
 */
export async function runAxe(page: Page, target: string): Promise<CheckFinding[]> {
  await page.addScriptTag({ url: AXE_SCRIPT.path });
  const result = (await page.evaluate(
    async ({ tags, disabled }) => {
      const raw = (await (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe.run(
        document,
        {
          runOnly: { type: 'tag', values: tags },
          iframes: false,
          rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
          resultTypes: ['violations'],
        },
      )) as AxeResult;
      const xpath = (element: Element): string => {
        const steps: string[] = [];
        for (let node: Element | null = element; node; node = node.parentElement) {
          let index = 1;
          for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling)
            if (sibling.localName === node.localName) index += 1;
          steps.unshift(`${node.localName}[${index}]`);
        }
        return `/${steps.join('/')}`;
      };
      const pathOf = (selectors: unknown[]): string | undefined => {
        const element = selectors.length === 1 && typeof selectors[0] === 'string' ? document.querySelector(selectors[0]) : null;
        return element ? xpath(element) : undefined;
      };
      return {
        violations: raw.violations.map((violation) => ({
          ...violation,
          nodes: violation.nodes.map((node) => ({ ...node, path: pathOf(node.target) })),
        })),
      };
    },
    { tags: AXE_TAGS, disabled: Object.keys(AXE_DISABLED_RULES) },
  )) as AxeResult;
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      format: 'web' as const,
      tool: 'axe' as const,
      target,
      rule: violation.id,
      severity: 'error' as const,
      wcag: wcagFromAxeTags(violation.tags),
      message: `${violation.help}${node.failureSummary ? `. ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      element: `${node.target.join(' ')}: ${node.html.slice(0, 200)}`,
      help: violation.helpUrl,
      ...(node.path ? { path: node.path } : {}),
    })),
  );
}

const WCAG_TEXT_SPACING = `*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

/** Layout checks added by issue 15, each switchable so the benchmark can time them (all on by default). */
export interface LayoutOptions {
  /** Forced colours: focus, icons, button borders and text still visible (forced-colors.ts). */
  forcedColors?: boolean;
  /** Nothing lost at 320 px: text clipped, or content seen at 1280 px missing (lost-content.ts). */
  lostContent?: boolean;
}

/**
 * Layout checks on a loaded page: WCAG 1.4.10 (no horizontal scroll at 320 CSS px, and no
 * content clipped or lost there), 1.4.12 (no text clipped with the text-spacing overrides),
 * 2.4.7 (focus visibly changes every link and control), 2.5.8 (targets ≥ 24 px; navigation
 * ≥ 44 px, 2.5.5), and forced colours (2.4.7, 1.4.11, 1.4.3).
 */
export async function runLayoutChecks(page: Page, url: string, target: string, options: LayoutOptions = {}): Promise<CheckFinding[]> {
  const { forcedColors = true, lostContent: lostContentCheck = true } = options;
  const findings: CheckFinding[] = [];
  // The page as loaded (once: the pages are static, so resizing lays them out as loading at
  // that width would; three loads a page were a fifth of a check's browser time, issue 17),
  // at the top, nothing focused: the lost-content checks read boxes against the viewport.
  if (page.url() !== url) await page.goto(url, { waitUntil: 'load' });
  const atWidth = async (size: { width: number; height: number }) => {
    await page.setViewportSize(size);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
  };
  await atWidth({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth + 1) return null;
    const wide = [...document.body.querySelectorAll('*')].find((element) => element.getBoundingClientRect().right > root.clientWidth + 1);
    return { width: root.scrollWidth, element: wide ? wide.outerHTML.slice(0, 160) : '' };
  });
  if (overflow)
    findings.push(
      layoutFinding(
        target,
        'reflow-320',
        '1.4.10',
        `The page scrolls sideways at 320 px wide (content is ${overflow.width} px wide).`,
        overflow.element,
      ),
    );
  const narrow = lostContentCheck ? await visibleContent(page) : [];
  for (const element of lostContentCheck ? await clippedText(page) : [])
    findings.push(layoutFinding(target, 'lost-content-320', '1.4.10', 'Text is cut off by its box at 320 px wide.', element));

  await atWidth({ width: 1280, height: 900 });
  if (lostContentCheck)
    for (const element of lostContent(await visibleContent(page), narrow))
      findings.push(
        layoutFinding(target, 'lost-content-320', '1.4.10', 'This content shows at 1280 px wide but nowhere at 320 px wide.', element),
      );
  const spacing = await page.addStyleTag({ content: WCAG_TEXT_SPACING });
  const clipped = await clippedText(page);
  for (const element of clipped)
    findings.push(
      layoutFinding(
        target,
        'text-spacing-clipped',
        '1.4.12',
        'Text is cut off when line, letter, word and paragraph spacing are increased.',
        element,
      ),
    );

  // The same page without the overrides: removing them costs less than loading it again.
  await spacing.evaluate((style) => (style as Element).remove());
  const unfocused = await page.evaluate(() => {
    const snapshot = (element: Element) => {
      const style = getComputedStyle(element);
      return [
        style.outlineStyle,
        style.outlineWidth,
        style.outlineColor,
        style.boxShadow,
        style.backgroundColor,
        style.color,
        style.textDecorationLine,
        style.textDecorationThickness,
      ].join('|');
    };
    const controls = [...document.querySelectorAll('a[href], button, summary, [tabindex]:not([tabindex="-1"])')] as HTMLElement[];
    return controls
      .filter((element) => {
        const before = snapshot(element);
        element.focus();
        const focused = document.activeElement === element;
        const after = snapshot(element);
        element.blur();
        return focused && before === after;
      })
      .map((element) => element.outerHTML.slice(0, 160));
  });
  for (const element of unfocused)
    findings.push(layoutFinding(target, 'focus-visible', '2.4.7', 'Nothing changes when this control gets keyboard focus.', element));

  const small = await page.evaluate(() =>
    ([...document.querySelectorAll('a[href], button, summary')] as HTMLElement[])
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        // Links inside a sentence are exempt (2.5.8 inline exception).
        const inline = getComputedStyle(element).display === 'inline' && !element.closest('nav, header, footer');
        if (inline) return false;
        const minimum = element.closest('nav') ? 44 : 24;
        return box.height < minimum - 0.5 || box.width < 24 - 0.5;
      })
      .map(
        (element) =>
          `${element.closest('nav') ? 'navigation ' : ''}${element.outerHTML.slice(0, 140)} (${Math.round(element.getBoundingClientRect().width)} × ${Math.round(element.getBoundingClientRect().height)} px)`,
      ),
  );
  for (const element of small)
    findings.push(
      layoutFinding(
        target,
        'target-size',
        element.startsWith('navigation') ? '2.5.5' : '2.5.8',
        'This target is smaller than 24 × 24 px (44 px for navigation).',
        element,
      ),
    );
  if (forcedColors) findings.push(...(await runForcedColorsChecks(page, target)));
  return findings;
}

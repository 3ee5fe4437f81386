import type { Page } from 'playwright-core';
import type { CheckFinding } from './finding.ts';
import { layoutFinding } from './layout-finding.ts';

/**
 * Forced colours (Windows contrast themes; CSS Color Adjustment Level 1 §3,
 * https://www.w3.org/TR/css-color-adjust-1/#forced): the browser replaces the page's colours
 * with the user's, drops box shadows and background colours, and keeps borders, outlines and
 * underlines. Anything drawn only with what it drops disappears. Checked in Chromium's light
 * (white Canvas) and dark (black Canvas) forced palettes, since an icon hard-coded white is
 * lost on one and black on the other. Pictures in <img> are never recoloured, so only inline
 * SVG is checked.
 */

/** Controls, as the focus check names them; and those that can look like buttons. */
const CONTROLS = 'a[href], button, summary, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
const BUTTON_LIKE = 'a[href], button, summary, [role="button"], input[type="submit"], input[type="button"], input[type="reset"]';

interface Problems {
  focus: string[];
  icon: string[];
  border: string[];
  text: string[];
}

/**
 * In the page, in normal colours: controls shaped only by a background of their own (a link
 * styled as a button), by their index in BUTTON_LIKE. Forced colours paint that background
 * in the page's Canvas colour, so only a border keeps their shape.
 */
function buttonShapedInPage(selector: string): number[] {
  const opaque = (colour: string) => !/^rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent';
  const behind = (element: Element): string => {
    for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
      const colour = getComputedStyle(ancestor).backgroundColor;
      if (opaque(colour)) return colour;
    }
    return 'rgb(255, 255, 255)';
  };
  return [...document.querySelectorAll(selector)].flatMap((element, index) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const shaped = style.display !== 'inline' && opaque(style.backgroundColor) && style.backgroundColor !== behind(element);
    return shaped && box.width > 0 && box.height > 0 ? [index] : [];
  });
}

/** In the page, in forced colours: what is lost. Self-contained (it runs in the page). */
function forcedProblemsInPage({ controls, buttons, shaped }: { controls: string; buttons: string; shaped: number[] }): Problems {
  const parse = (colour: string): [number, number, number, number] | undefined => {
    const match = /^rgba?\(([^)]+)\)$/.exec(colour.trim());
    const parts =
      match?.[1]
        ?.split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number) ?? [];
    return parts.length >= 3 && parts.every(Number.isFinite) ? [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1] : undefined;
  };
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.body.append(probe);
  const canvas = parse(getComputedStyle(probe).backgroundColor) ?? [255, 255, 255, 1];
  probe.remove();
  /** The colour painted behind an element; undefined over a background image (not knowable here). */
  const behind = (element: Element): [number, number, number, number] | undefined => {
    const layers: [number, number, number, number][] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage !== 'none') return undefined;
      const colour = parse(style.backgroundColor);
      if (colour && colour[3] > 0) layers.push(colour);
      if (colour && colour[3] >= 1) break;
    }
    const blend = (under: number[], over: number[]): [number, number, number, number] => {
      const [r, g, b] = [0, 1, 2].map((i) => over[i]! * over[3]! + under[i]! * (1 - over[3]!));
      return [r!, g!, b!, 1];
    };
    return layers.reduceRight(blend, canvas);
  };
  const luminance = ([r, g, b]: number[]) =>
    [r!, g!, b!]
      .map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const contrast = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width >= 2 && box.height >= 2 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const snippet = (element: Element) => element.outerHTML.slice(0, 160);

  // Focus: only outlines, borders and underlines survive; colours are forced and shadows dropped.
  const focusMarks = (element: Element) => {
    const style = getComputedStyle(element);
    const sides = ['top', 'right', 'bottom', 'left'].map((side) =>
      ['style', 'width'].map((part) => style.getPropertyValue(`border-${side}-${part}`)).join(' '),
    );
    const own = style.forcedColorAdjust === 'none' ? [style.color, style.backgroundColor, style.boxShadow] : [];
    const outline = style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`;
    return [outline, ...sides, style.textDecorationLine, style.textDecorationStyle, style.textDecorationThickness, ...own].join('|');
  };
  const focus = ([...document.querySelectorAll(controls)] as HTMLElement[]).filter((element) => {
    if (!shown(element)) return false;
    const before = focusMarks(element);
    element.focus();
    const focused = document.activeElement === element;
    const after = focusMarks(element);
    element.blur();
    return focused && before === after;
  });

  // Icons: inline SVG that is not hidden from assistive technology is content, so it must
  // still show (3:1 against what is behind it, WCAG 1.4.11): currentColor does, a fixed colour may not.
  const icon = [...document.querySelectorAll('svg')].filter((svg) => {
    if (svg.closest('[aria-hidden="true"]') || ['none', 'presentation'].includes(svg.getAttribute('role') ?? '')) return false;
    if (svg.parentElement?.closest('svg') || !shown(svg)) return false;
    const background = behind(svg);
    const shapes = [...svg.querySelectorAll('path, rect, circle, ellipse, line, polyline, polygon, text, use')];
    if (!background || shapes.length === 0) return false;
    return !shapes.some((shape) => {
      const style = getComputedStyle(shape);
      return [style.fill, style.stroke].some((paint) => {
        if (paint.startsWith('url(')) return true;
        const colour = parse(paint);
        return colour !== undefined && colour[3] > 0 && contrast(colour, background) >= 3;
      });
    });
  });

  // Button-shaped controls: their background is now the Canvas, so a border must draw them.
  const all = [...document.querySelectorAll(buttons)];
  const border = shaped
    .map((index) => all[index])
    .filter((element): element is Element => element !== undefined)
    .filter((element) => {
      const style = getComputedStyle(element);
      if (style.forcedColorAdjust === 'none') return false;
      const edged = ['top', 'right', 'bottom', 'left'].some(
        (side) =>
          !['none', 'hidden'].includes(style.getPropertyValue(`border-${side}-style`)) &&
          parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0,
      );
      return !edged && style.outlineStyle === 'none' && !style.textDecorationLine.includes('underline');
    });

  // Text that opts out of forced colours keeps its own colour, but not always its background.
  const text = [...document.body.querySelectorAll('*')].filter((element) => {
    const style = getComputedStyle(element);
    if (style.forcedColorAdjust === 'auto') return false;
    const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
    if (!own || !shown(element)) return false;
    const colour = parse(style.webkitTextFillColor) ?? parse(style.color);
    const background = behind(element);
    if (!colour || !background) return false;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    return colour[3] === 0 || contrast(colour, background) < (large ? 3 : 4.5);
  });

  return { focus: focus.map(snippet), icon: icon.map(snippet), border: border.map(snippet), text: text.map(snippet) };
}

const RULES: Record<keyof Problems, { rule: string; wcag: string; message: string }> = {
  focus: {
    rule: 'forced-colors-focus',
    wcag: '2.4.7',
    message:
      'In forced colours nothing shows where keyboard focus is: the focus style uses only colour or box shadow (add a transparent outline).',
  },
  icon: {
    rule: 'forced-colors-icon',
    wcag: '1.4.11',
    message:
      'In forced colours this SVG disappears against the background: draw it in currentColor (or hide it from assistive technology if it is decoration).',
  },
  border: {
    rule: 'forced-colors-border',
    wcag: '1.4.11',
    message:
      'In forced colours this control shaped like a button loses its shape: its background becomes the page colour and it has no border (add a transparent border).',
  },
  text: {
    rule: 'forced-colors-text',
    wcag: '1.4.3',
    message: 'In forced colours this text keeps its own colour (forced-color-adjust) over the forced background, and cannot be read.',
  },
};

/**
 * Forced-colours checks on the page as loaded at the current size, in both palettes; each
 * problem once, naming the palettes it shows in. Leaves the page in normal colours.
 */
export async function runForcedColorsChecks(page: Page, target: string): Promise<CheckFinding[]> {
  const shaped = await page.evaluate(buttonShapedInPage, BUTTON_LIKE);
  const found = new Map<string, { kind: keyof Problems; element: string; palettes: string[] }>();
  try {
    for (const palette of ['light', 'dark'] as const) {
      await page.emulateMedia({ forcedColors: 'active', colorScheme: palette });
      const problems = await page.evaluate(forcedProblemsInPage, { controls: CONTROLS, buttons: BUTTON_LIKE, shaped });
      for (const kind of Object.keys(RULES) as (keyof Problems)[])
        for (const element of problems[kind]) {
          const key = `${kind}\u0000${element}`;
          const entry = found.get(key) ?? { kind, element, palettes: [] };
          entry.palettes.push(palette);
          found.set(key, entry);
        }
    }
  } finally {
    await page.emulateMedia({ forcedColors: null, colorScheme: null });
  }
  return [...found.values()].map(({ kind, element, palettes }) =>
    layoutFinding(target, RULES[kind].rule, RULES[kind].wcag, `${RULES[kind].message} (${palettes.join(' and ')} palette)`, element),
  );
}

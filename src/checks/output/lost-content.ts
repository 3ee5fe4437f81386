import type { Page } from 'playwright-core';

/**
 * Content lost at 320 CSS px (WCAG 1.4.10 Reflow: "without loss of information or
 * functionality", https://www.w3.org/WAI/WCAG22/Understanding/reflow): no sideways scroll is
 * not enough if text is cut off or hidden to avoid it. Two checks, both run in the page:
 * text clipped by its box's overflow at 320 px, and text or a picture a reader sees at 1280 px
 * that appears nowhere at 320 px. Content is compared by its words, not by element, so a
 * layout that shows the same words elsewhere at 320 px (a table's headers repeated beside each
 * cell) loses nothing.
 */

/** In the page: elements whose own text is cut off by overflow: hidden or clip. */
export function clippedTextInPage(): string[] {
  return [...document.body.querySelectorAll('*')]
    .filter((element) => {
      const style = getComputedStyle(element);
      const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      const box = element.getBoundingClientRect();
      // Visually hidden helpers (1 × 1 px) are meant to clip.
      return (
        hides &&
        box.width > 2 &&
        box.height > 2 &&
        element.textContent?.trim() &&
        (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)
      );
    })
    .map((element) => element.outerHTML.slice(0, 160));
}

/**
 * In the page: what a reader can see, as [words, element] pairs: each element's own text, and
 * each picture with a text alternative. Hidden means not rendered (display, visibility,
 * opacity, a closed disclosure), placed off the screen's top or left edge (skip links), or inside
 * a box smaller than 2 px that clips (the visually-hidden pattern).
 */
export function visibleContentInPage(): [string, string][] {
  const shown = (element: Element): boolean => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = element.getBoundingClientRect();
    if (box.width < 2 || box.height < 2 || box.right <= 0 || box.bottom <= 0) return false;
    for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
      const style = getComputedStyle(ancestor);
      if (style.overflowX === 'visible' && style.overflowY === 'visible' && style.clipPath === 'none') continue;
      const clip = ancestor.getBoundingClientRect();
      if (clip.width < 2 || clip.height < 2) return false;
    }
    return true;
  };
  const words = (element: Element): string => {
    if (element.localName === 'img') return `picture: ${element.getAttribute('alt')?.trim() ?? ''}`;
    return [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  };
  return [...document.body.querySelectorAll('*')]
    .filter((element) => !['script', 'style', 'template', 'noscript'].includes(element.localName))
    .map((element): [string, Element] => [words(element), element])
    .filter(([text, element]) => text !== '' && text !== 'picture: ' && shown(element))
    .map(([text, element]) => [text, element.outerHTML.slice(0, 160)]);
}

/** Content seen at 1280 px and nowhere at 320 px, as element snippets from the wide page. */
export function lostContent(wide: readonly [string, string][], narrow: readonly [string, string][]): string[] {
  const seen = new Set(narrow.map(([text]) => text));
  const lost = new Map<string, string>();
  for (const [text, element] of wide) if (!seen.has(text) && !lost.has(text)) lost.set(text, element);
  return [...lost.values()];
}

export const visibleContent = (page: Page): Promise<[string, string][]> => page.evaluate(visibleContentInPage);
export const clippedText = (page: Page): Promise<string[]> => page.evaluate(clippedTextInPage);

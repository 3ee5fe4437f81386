/**
 * Every text colour pair the stylesheet uses reaches 7:1 (WCAG 2.2 SC 1.4.6, AAA), and
 * non-text accents 3:1 (SC 1.4.11). Computed from the tokens in global.css itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio as contrast } from '../../src/lib/contrast.ts';
import { ROOT } from '../helpers/paths.ts';

const css = readFileSync(path.join(ROOT, 'src/styles/global.css'), 'utf8');
const tokens = Object.fromEntries([...css.matchAll(/--cc-color-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));

const token = (name: string) => {
  const value = tokens[name];
  if (!value) throw new Error(`No --cc-color-${name} in global.css`);
  return value;
};

describe('colour contrast of the design tokens', () => {
  it.each([
    ['text', 'background'],
    ['text', 'panel'],
    ['text', 'promise'],
    ['text-secondary', 'background'],
    ['text-secondary', 'panel'],
    ['link', 'background'],
    ['link', 'panel'],
    ['link', 'promise'],
    ['link-visited', 'background'],
    ['link-visited', 'panel'],
    ['focus-text', 'focus'],
    ['header-text', 'header'],
  ])('%s on %s is at least 7:1', (fg, bg) => {
    expect(contrast(token(fg), token(bg))).toBeGreaterThanOrEqual(7);
  });

  it.each([
    ['accent', 'background'],
    ['accent', 'promise'],
    ['focus', 'header'],
  ])('%s against %s is at least 3:1', (fg, bg) => {
    expect(contrast(token(fg), token(bg))).toBeGreaterThanOrEqual(3);
  });
});

describe('easy-read text size', () => {
  it('is at least 21.33 px (16 pt) on the web (house rule ER-1)', () => {
    const rule = /\.cc-easy-read\s*\{[^}]*font-size:\s*([\d.]+)rem/.exec(css);
    expect(Number(rule?.[1]) * 16).toBeGreaterThanOrEqual(21.33);
  });
});

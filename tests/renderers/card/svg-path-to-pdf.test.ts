import { describe, expect, it } from 'vitest';
import { parseCardSvg, pdfNumber, svgPathToPdf } from '../../../src/renderers/card/svg-to-pdf.ts';

describe('svgPathToPdf', () => {
  it('writes moves, lines and closes as PDF operators, in the path’s own units', () => {
    expect(svgPathToPdf('M1 2L3 4H5V6Z')).toBe('1 2 m\n3 4 l\n5 4 l\n5 6 l\nh');
  });

  it('reads relative commands and implicit linetos after a move', () => {
    expect(svgPathToPdf('m1 1 2 0 0 2z')).toBe('1 1 m\n3 1 l\n3 3 l\nh');
  });

  it('writes a quadratic curve as the cubic that draws the same curve (controls at two thirds)', () => {
    // From (0,0), control (3,3), to (6,0): cubic controls (2,2) and (4,2).
    expect(svgPathToPdf('M0 0Q3 3 6 0')).toBe('0 0 m\n2 2 4 2 6 0 c');
    // T reflects the last control point: (9,-3), so from (6,0) to (12,0) the controls are (8,-2) and (10,-2).
    expect(svgPathToPdf('M0 0Q3 3 6 0T12 0')).toBe('0 0 m\n2 2 4 2 6 0 c\n8 -2 10 -2 12 0 c');
  });

  it('rounds to hundredths of a point and never writes -0', () => {
    expect(svgPathToPdf('M0.123456 -0.001L1e2 .5')).toBe('0.12 0 m\n100 0.5 l');
  });

  it('refuses arcs and numbers missing, so the card falls back to its 300 ppi image', () => {
    expect(svgPathToPdf('M0 0A5 5 0 0 1 10 0')).toBeUndefined();
    expect(svgPathToPdf('M0 0L1')).toBeUndefined();
    expect(parseCardSvg('<svg><path d="M0 0A5 5 0 0 1 10 0" fill="#000000"/></svg>')).toBeUndefined();
  });
});

describe('pdfNumber', () => {
  // The old definition, kept as the reference: the text must not change (byte-identical PDFs).
  const reference = (value: number) => {
    const rounded = Math.round(value * 100) / 100;
    return Object.is(rounded, -0) ? '0' : String(rounded);
  };

  it('writes at most two decimals, never "-0", as String of the rounded value would', () => {
    const edges = [0, -0, 0.004, -0.004, 0.005, -0.005, 0.015, 1.005, -1.005, 2.675, 0.1, -0.1, 10, -10, 1234.5, 0.07, -12.3];
    for (const value of edges) expect(pdfNumber(value), String(value)).toBe(reference(value));
    // A fixed walk through the range card coordinates take, in steps that hit every hundredth pattern.
    for (let value = -300; value < 600; value += 0.0137) expect(pdfNumber(value)).toBe(reference(value));
  });
});

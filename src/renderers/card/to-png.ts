import { Resvg } from '@resvg/resvg-js';

/** Rasterises card SVG (laid out in pt) at the profile's resolution. System fonts off: satori draws text as paths. */
export function svgToPng(svg: string, widthPt: number, ppi: number): { png: Uint8Array; width: number; height: number } {
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: Math.round((widthPt / 72) * ppi) }, font: { loadSystemFonts: false } }).render();
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height };
}

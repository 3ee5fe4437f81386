import { rgb, type PDFPage } from '../tagged-pdf/pdf-lib.ts';

/**
 * Draws satori's card SVG as vector paths, so print PDFs have sharp type at any resolution
 * (print shops expect vector text). satori's output for a card is only filled rects and
 * filled paths (text is already outlined), plus masks equal to their boxes; anything else
 * returns false and the caller embeds the 300 ppi PNG instead.
 */
export type Shape =
  { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string } | { kind: 'path'; d: string; fill: string };

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export function parseCardSvg(svg: string): Shape[] | undefined {
  // Masks only clip each box to itself: the content never leaves its box (overflow is an error).
  const body = svg
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<mask\b[^>]*>[\s\S]*?<\/mask>/g, '')
    .replace(/<\/?g>/g, '');
  const shapes: Shape[] = [];
  const tags = body.match(/<[^>]+>/g) ?? [];
  for (const tag of tags) {
    const fill = attribute(tag, 'fill');
    if (!fill || !/^#[0-9a-f]{6}$/i.test(fill) || /\s(transform|clip-path|mask|opacity|fill-opacity|stroke)=/.test(tag)) return undefined;
    if (tag.startsWith('<rect')) {
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attribute(tag, name)));
      if ([x, y, width, height].some((value) => !Number.isFinite(value))) return undefined;
      shapes.push({ kind: 'rect', x: x!, y: y!, width: width!, height: height!, fill });
    } else if (tag.startsWith('<path')) {
      const d = attribute(tag, 'd');
      if (!d) return undefined;
      shapes.push({ kind: 'path', d, fill });
    } else {
      return undefined;
    }
  }
  return shapes;
}

const colour = (hex: string) =>
  rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255);

/** Draws the shapes with the SVG's top-left corner at (left, top) in PDF space (1 SVG unit = 1 pt). */
export function drawCardShapes(page: PDFPage, shapes: readonly Shape[], left: number, top: number, scale = 1): void {
  for (const shape of shapes) {
    if (shape.kind === 'rect') {
      page.drawRectangle({
        x: left + shape.x * scale,
        y: top - (shape.y + shape.height) * scale,
        width: shape.width * scale,
        height: shape.height * scale,
        color: colour(shape.fill),
      });
    } else {
      // pdf-lib flips SVG's downward y axis about the origin it is given.
      page.drawSvgPath(shape.d, { x: left, y: top, scale, color: colour(shape.fill) });
    }
  }
}

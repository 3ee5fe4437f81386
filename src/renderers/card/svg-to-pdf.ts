import { degrees, drawRectangle, PDFOperator, rgb, type PDFOperatorNames, type PDFPage } from '../tagged-pdf/pdf-lib.ts';

/**
 * Draws satori's card SVG as vector paths, so print PDFs have sharp type at any resolution
 * (print shops expect vector text). satori's output for a card is only filled rects and
 * filled paths (text is already outlined), plus masks equal to their boxes; anything else
 * (or a path command svgPathToPdf does not draw) returns undefined and the caller embeds the
 * 300 ppi PNG instead.
 */
export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  /** `operators`: the path as PDF path operators (svgPathToPdf). */
  | { kind: 'path'; d: string; fill: string; operators: string };

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
      const operators = d ? svgPathToPdf(d) : undefined;
      if (!d || !operators) return undefined;
      shapes.push({ kind: 'path', d, fill, operators });
    } else {
      return undefined;
    }
  }
  return shapes;
}

/**
 * A number for a content stream: at most 2 decimals (1/100 pt, 3.5 µm: a 2,400 dpi dot is
 * 10.6 µm), no "-0". Written from whole hundredths, the same text as
 * String(Math.round(value * 100) / 100) in half the time (a card side writes some 20,000).
 */
export function pdfNumber(value: number): string {
  const hundredths = Math.round(value * 100);
  if (hundredths === 0) return '0';
  const sign = hundredths < 0 ? '-' : '';
  const magnitude = Math.abs(hundredths);
  const whole = Math.floor(magnitude / 100);
  const part = magnitude - whole * 100;
  if (part === 0) return `${sign}${whole}`;
  if (part % 10 === 0) return `${sign}${whole}.${part / 10}`;
  return `${sign}${whole}.${part < 10 ? '0' : ''}${part}`;
}

const channel = (hex: string, at: number) => pdfNumber(parseInt(hex.slice(at, at + 2), 16) / 255);

/**
 * An SVG path's data as PDF path operators (m, l, c, h) in the path's own units. satori's
 * outlined text is mostly quadratic curves, which PDF lacks: each is written as the cubic that
 * draws exactly the same curve (its controls two thirds of the way to the quadratic's). Returns
 * undefined for anything but M, L, H, V, C, S, Q, T and Z (absolute or relative).
 */
export function svgPathToPdf(d: string): string | undefined {
  const tokens = d.match(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const out: string[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The last control point, for S and T's reflection.
  let cubic: [number, number] | undefined;
  let quad: [number, number] | undefined;
  let at = 0;
  let command = '';
  const num = () => Number(tokens[at++]);
  const point = (relative: boolean): [number, number] => {
    const px = num();
    const py = num();
    return relative ? [x + px, y + py] : [px, py];
  };
  const curve = (c1: [number, number], c2: [number, number], end: [number, number]) => {
    out.push(`${[...c1, ...c2, ...end].map(pdfNumber).join(' ')} c`);
    [x, y] = end;
  };
  const quadratic = (control: [number, number], end: [number, number]) => {
    const c1: [number, number] = [x + (2 / 3) * (control[0] - x), y + (2 / 3) * (control[1] - y)];
    const c2: [number, number] = [end[0] + (2 / 3) * (control[0] - end[0]), end[1] + (2 / 3) * (control[1] - end[1])];
    curve(c1, c2, end);
    quad = control;
  };
  while (at < tokens.length) {
    if (/^[a-zA-Z]$/.test(tokens[at]!)) command = tokens[at++]!;
    else if (!command || /[zZ]/.test(command)) return undefined; // numbers with no command to take them
    const relative = command === command.toLowerCase();
    const kind = command.toUpperCase();
    const lastCubic = cubic;
    const lastQuad = quad;
    cubic = undefined;
    quad = undefined;
    switch (kind) {
      case 'M': {
        [x, y] = point(relative);
        [startX, startY] = [x, y];
        out.push(`${pdfNumber(x)} ${pdfNumber(y)} m`);
        // Further pairs after a moveto are linetos (SVG 1.1, 8.3.2).
        command = relative ? 'l' : 'L';
        break;
      }
      case 'L':
        [x, y] = point(relative);
        out.push(`${pdfNumber(x)} ${pdfNumber(y)} l`);
        break;
      case 'H':
        x = relative ? x + num() : num();
        out.push(`${pdfNumber(x)} ${pdfNumber(y)} l`);
        break;
      case 'V':
        y = relative ? y + num() : num();
        out.push(`${pdfNumber(x)} ${pdfNumber(y)} l`);
        break;
      case 'C': {
        const c1 = point(relative);
        const c2 = point(relative);
        curve(c1, c2, point(relative));
        cubic = c2;
        break;
      }
      case 'S': {
        const c1: [number, number] = lastCubic ? [2 * x - lastCubic[0], 2 * y - lastCubic[1]] : [x, y];
        const c2 = point(relative);
        curve(c1, c2, point(relative));
        cubic = c2;
        break;
      }
      case 'Q': {
        const control = point(relative);
        quadratic(control, point(relative));
        break;
      }
      case 'T':
        quadratic(lastQuad ? [2 * x - lastQuad[0], 2 * y - lastQuad[1]] : [x, y], point(relative));
        break;
      case 'Z':
        out.push('h');
        [x, y] = [startX, startY];
        break;
      default:
        return undefined;
    }
  }
  const text = out.join('\n');
  // A number missing where a command needed one.
  return text.includes('NaN') ? undefined : text;
}

/**
 * The shapes as content-stream operators, with the SVG's top-left corner at (left, top) in PDF
 * space (1 SVG unit = 1 pt). Paths go in as one operator of text per shape, as pdf-lib's
 * drawSvgPath would draw them (translate, flip the y axis, fill) but without an object per
 * number: that made the card PDFs a third of a build's time (issue 17). Operators, not a page,
 * so a sheet can put them straight into a Form XObject (cardForm in to-pdf.ts).
 */
export function cardShapeOperators(shapes: readonly Shape[], left: number, top: number, scale = 1): PDFOperator[] {
  return shapes.flatMap((shape) => {
    if (shape.kind === 'rect')
      return drawRectangle({
        x: left + shape.x * scale,
        y: top - (shape.y + shape.height) * scale,
        width: shape.width * scale,
        height: shape.height * scale,
        rotate: degrees(0),
        xSkew: degrees(0),
        ySkew: degrees(0),
        borderWidth: 0,
        color: rgb(...([1, 3, 5].map((at) => parseInt(shape.fill.slice(at, at + 2), 16) / 255) as [number, number, number])),
        borderColor: undefined,
      });
    const fill = `${channel(shape.fill, 1)} ${channel(shape.fill, 3)} ${channel(shape.fill, 5)} rg`;
    const transform = `1 0 0 1 ${pdfNumber(left)} ${pdfNumber(top)} cm\n${pdfNumber(scale)} 0 0 ${pdfNumber(-scale)} 0 0 cm`;
    // A PDFOperator whose name is the whole text: pdf-lib writes an operator as its arguments then its name.
    return [PDFOperator.of(`q\n${transform}\n${fill}\n${shape.operators}\nf\nQ` as PDFOperatorNames)];
  });
}

/** Draws the shapes on a page (cardShapeOperators). */
export function drawCardShapes(page: PDFPage, shapes: readonly Shape[], left: number, top: number, scale = 1): void {
  page.pushOperators(...cardShapeOperators(shapes, left, top, scale));
}

import type { PdfProfile } from '../profiles.ts';
import type { Measurer } from '../../tagged-pdf/measure.ts';
import type { FlowItem, LaidOutPage, Line, Placed, RowItem, TextItem } from './types.ts';
import { wrapRuns } from './wrap.ts';

interface LaidText {
  item: TextItem;
  lines: Line[];
  lineHeight: number;
}
interface LaidRow {
  item: RowItem;
  cells: Line[][];
  lineHeight: number;
  height: number;
}
type Laid = LaidText | LaidRow;

/** Where the baseline sits in a line box: centred leading, 0.8 of the size above the baseline. */
const baselineOffset = (lineHeight: number, size: number) => (lineHeight - size) / 2 + size * 0.8;
const RULE_WIDTH = 3;
const ROW_PADDING = 6;

function lay(item: FlowItem, profile: PdfProfile, contentWidth: number, measure: Measurer): Laid {
  const lineHeight = item.size * profile.leading;
  if (item.kind === 'text') {
    return { item, lines: wrapRuns(item.runs, contentWidth - item.indent, item.size, measure), lineHeight };
  }
  const cells = item.cells.map((cell) => wrapRuns(cell.runs, cell.width, item.size, measure));
  const height = Math.max(1, ...cells.map((lines) => lines.length)) * lineHeight + ROW_PADDING;
  return { item, cells, lineHeight, height };
}

/** The least height that must follow on the same page: the first two lines, all of a kept-together item, or a whole row. */
function minimumHeight(laid: Laid): number {
  if (!('lines' in laid)) return laid.height;
  return Math.max(1, laid.item.keepTogether ? laid.lines.length : Math.min(2, laid.lines.length)) * laid.lineHeight;
}

/**
 * Places flow items on the profile's pages, top to bottom. Keeps headings, intros and labels
 * with what follows (never a heading alone at a page foot), avoids single lines at the top or
 * foot of a page, never splits a table row, repeats a table's header row (as an artifact) on
 * each new page of the table (formats-standards §1.3), and starts a new page where an item
 * asks for one (an easy-read booklet's text after its cover, and its back page).
 */
export function paginate(items: readonly FlowItem[], profile: PdfProfile, measure: Measurer): LaidOutPage[] {
  const left = profile.margin.left;
  const contentWidth = profile.page.width - profile.margin.left - profile.margin.right;
  const top = profile.page.height - profile.margin.top;
  const bottom = profile.margin.bottom + profile.footerHeight;
  const laid = items.map((item) => lay(item, profile, contentWidth, measure));

  const pages: LaidOutPage[] = [];
  let page: Placed[] = [];
  let y = top;
  let pictureBottom: number | undefined;
  const newPage = () => {
    pages.push({ placed: page });
    page = [];
    y = top;
  };
  const atTop = () => y === top;

  const rules = (item: FlowItem, lineTop: number, lineBottom: number, joinAbove: number) => {
    for (const x of item.rules) {
      const rx = left + x + RULE_WIDTH / 2;
      page.push({ kind: 'rule', x1: rx, y1: lineTop + joinAbove, x2: rx, y2: lineBottom, thickness: RULE_WIDTH });
    }
  };

  const placeRow = (row: LaidRow, artifact: boolean, space: number) => {
    y -= space;
    row.cells.forEach((lines, column) => {
      const cell = row.item.cells[column];
      if (!cell) return;
      // An empty cell still counts: rows must keep all their cells (PDF/UA-1 §7.5).
      if (lines.length === 0 && !artifact) page.push({ kind: 'empty', struct: cell.struct });
      lines.forEach((line, index) => {
        const lineTop = y - index * row.lineHeight;
        page.push({
          kind: 'line',
          x: left + cell.x,
          baseline: lineTop - baselineOffset(row.lineHeight, row.item.size),
          size: row.item.size,
          segments: line.segments,
          artifact,
        });
      });
    });
    rules(row.item, y, y - row.height, space);
    y -= row.height;
    page.push({
      kind: 'rule',
      x1: left + (row.item.cells[0]?.x ?? 0),
      y1: y + ROW_PADDING / 2,
      x2: profile.page.width - profile.margin.right,
      y2: y + ROW_PADDING / 2,
      thickness: row.item.isHeader ? 1.5 : 0.75,
    });
  };

  laid.forEach((current, index) => {
    if (current.item.breakBefore && !atTop()) {
      newPage();
      pictureBottom = undefined;
    }
    const space = () => (atTop() ? 0 : current.item.spaceBefore);
    // Height this item needs on the current page, with whatever it is kept with: all of a
    // kept item (a heading, an intro), then the first lines of the item that follows.
    const keptHeight = (entry: Laid) =>
      entry.item.keepWithNext && 'lines' in entry ? Math.max(1, entry.lines.length) * entry.lineHeight : minimumHeight(entry);
    const neededHere = () => {
      let needed = space() + keptHeight(current);
      // An item that starts a page of its own cannot be kept with what comes before it.
      for (let next = index; laid[next]?.item.keepWithNext && laid[next + 1] && !laid[next + 1]?.item.breakBefore; next += 1) {
        const following = laid[next + 1] as Laid;
        needed += following.item.spaceBefore + keptHeight(following);
      }
      // A picture group needs at least the picture's height.
      if (current.item.kind === 'text' && current.item.picture) needed = Math.max(needed, space() + current.item.picture.size);
      return needed;
    };
    // A picture above an item takes the room left above it, between its least and its full size.
    const above = current.item.kind === 'text' ? current.item.pictureAbove : undefined;
    const aboveSize = () => (above ? Math.min(above.size, Math.max(above.minSize, y - bottom - neededHere() - above.gap)) : 0);
    if (!atTop() && y - neededHere() - (above ? aboveSize() + above.gap : 0) < bottom) newPage();

    if ('cells' in current) {
      if (!atTop() && y - space() - current.height < bottom) newPage();
      if (atTop() && current.item.repeatHeader) {
        const header = lay(current.item.repeatHeader, profile, contentWidth, measure) as LaidRow;
        placeRow(header, true, 0);
      }
      placeRow(current, false, space());
      return;
    }

    const { item, lines, lineHeight } = current;
    let joinAbove = space();
    const pictureSize = aboveSize();
    y -= joinAbove;
    if (above) {
      page.push({ kind: 'picture', code: above.code, x: left + above.x, top: y, size: pictureSize });
      y -= pictureSize + above.gap;
      joinAbove = 0;
    }
    if (item.picture) {
      page.push({ kind: 'picture', code: item.picture.code, x: left + item.picture.x, top: y, size: item.picture.size });
      pictureBottom = y - item.picture.size;
    }
    lines.forEach((line, lineIndex) => {
      const remainingLines = lines.length - lineIndex;
      // Avoid a single line at the foot (orphan) or the top (widow) of a page.
      const needHere = remainingLines === 2 && lines.length > 2 && lineIndex > 0 ? 2 * lineHeight : lineHeight;
      if (y - needHere < bottom && !atTop()) {
        newPage();
        joinAbove = 0;
      }
      if (lineIndex === 0 && item.heading) page.push({ kind: 'anchor', heading: item.heading, y });
      const baseline = y - baselineOffset(lineHeight, item.size);
      if (lineIndex === 0 && item.label) {
        page.push({
          kind: 'line',
          x: left + item.label.indent,
          baseline,
          size: item.size,
          segments: [
            {
              text: item.label.text,
              bold: false,
              struct: item.label.struct,
              x: 0,
              width: measure.width(item.label.text, false, item.size),
            },
          ],
          artifact: false,
        });
      }
      page.push({ kind: 'line', x: left + item.indent, baseline, size: item.size, segments: line.segments, artifact: false });
      rules(item, y, y - lineHeight, joinAbove);
      joinAbove = 0;
      y -= lineHeight;
    });
    if (item.endsGroup && pictureBottom !== undefined) {
      // The next point starts below this point's picture, even when its text is shorter.
      y = Math.min(y, pictureBottom);
      pictureBottom = undefined;
    }
    if (lines.length === 0 && item.label) {
      const baseline = y - baselineOffset(lineHeight, item.size);
      page.push({
        kind: 'line',
        x: left + item.label.indent,
        baseline,
        size: item.size,
        segments: [
          { text: item.label.text, bold: false, struct: item.label.struct, x: 0, width: measure.width(item.label.text, false, item.size) },
        ],
        artifact: false,
      });
      y -= lineHeight;
    }
  });
  pages.push({ placed: page });
  return pages;
}

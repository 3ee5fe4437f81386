import { tParts } from '../../../../i18n/index.ts';
import type { TableBlock, TableCell } from '../../../../model/types.ts';
import type { FlowItem, RowItem, Run, StructNode, TextItem } from '../types.ts';
import { widestWord } from '../wrap.ts';
import { textItem, type FlowContext, type Frame } from './context.ts';
import { inlineRuns } from './runs.ts';

/**
 * A table, as a grid when every column is wide enough for its longest word at the edition's
 * size, and otherwise as labelled rows: a word is never split inside a cell (UKAAF: words are
 * not split across lines; a four-column table at 18 pt would print "Acknowledgeme / nt").
 */
export function tableFlow(ctx: FlowContext, frame: Frame, block: TableBlock, spaceBefore: number): FlowItem[] {
  const columns = Math.max(block.head.length, ...block.rows.map((row) => row.length));
  const { page, margin } = ctx.profile;
  const width = (page.width - margin.left - margin.right - frame.indent) / columns;
  return fitsColumns(ctx, block, width - ctx.profile.boxPadding)
    ? gridFlow(ctx, frame, block, spaceBefore, width)
    : labelledRowsFlow(ctx, frame, block, spaceBefore);
}

/**
 * Whether every cell's longest word fits its column (header cells in bold, as drawn). The
 * cells' runs are made with a throwaway node factory, so measuring adds nothing to the
 * structure tree.
 */
function fitsColumns(ctx: FlowContext, block: TableBlock, cellWidth: number): boolean {
  const scratch: FlowContext = { ...ctx, node: (type, parent, extra = {}) => ({ id: -1, type, parent, ...extra }) };
  const owner = scratch.node('TD', null);
  const fits = (cell: TableCell, bold: boolean) =>
    widestWord(inlineRuns(scratch, cell, owner, bold), ctx.profile.bodySize, ctx.measure) <= cellWidth + 0.01;
  return block.head.every((cell) => fits(cell, true)) && block.rows.every((row) => row.every((cell) => fits(cell, false)));
}

/**
 * The grid: Table → TR → TH (Scope Column) / TD, one row item per row, columns of equal
 * width. The header row is kept with the first body row, and every body row carries it to
 * be repeated (as an artifact) when the table continues on a new page (formats-standards §1.3).
 */
function gridFlow(ctx: FlowContext, frame: Frame, block: TableBlock, spaceBefore: number, width: number): FlowItem[] {
  const table = ctx.node('Table', frame.parent);
  const header = rowItem(ctx, frame, table, block.head, { isHeader: true, width });
  return [
    { ...header, spaceBefore },
    ...block.rows.map((cells): FlowItem => ({
      ...rowItem(ctx, frame, table, cells, { isHeader: false, width }),
      spaceBefore: ctx.gap.item,
      repeatHeader: header,
    })),
  ];
}

/** One TR; header cells are bold TH with a column scope (PDF/UA-1 §7.5), body cells TD. */
function rowItem(
  ctx: FlowContext,
  frame: Frame,
  table: StructNode,
  cells: readonly TableCell[],
  { isHeader, width }: { isHeader: boolean; width: number },
): RowItem {
  const tr = ctx.node('TR', table);
  return {
    kind: 'row',
    cells: cells.map((cell, column) => {
      const owner = ctx.node(isHeader ? 'TH' : 'TD', tr, isHeader ? { scope: 'Column' } : {});
      return {
        runs: inlineRuns(ctx, cell, owner, isHeader),
        struct: owner,
        x: frame.indent + column * width,
        width: width - ctx.profile.boxPadding,
      };
    }),
    size: ctx.profile.bodySize,
    spaceBefore: 0,
    isHeader,
    keepWithNext: isHeader,
    rules: frame.rules,
  };
}

/**
 * Labelled rows, for a table too narrow for its words: each body row is the row's first cell
 * as a bold line, then each other cell as "Header: value" on a line of its own, indented like
 * a list item's body. A row is kept on one page, as a grid row is.
 *
 * Tagged L → LI (one per row) → Lbl (the first cell) + LBody → P (one per other cell), not
 * Table/TR/TD: the tags must describe what is on the page (PDF/UA-1 §7.1), and the page no
 * longer shows a grid or a header row; a Table whose column headers were drawn only as words
 * inside each cell would leave TH elements with no content and header words a screen reader
 * reads twice. A list of rows is what a sighted reader sees, gives screen readers the number
 * of rows and a way to move between them, and Lbl is the element for "a name that
 * distinguishes an item from others in the same list" (ISO 32000-1 Table 336), which the
 * row's first cell is. The header words in each line are the author's own, so they are
 * content, not artifacts. The first column's header is not printed: the row's first cell
 * stands for itself, as a row heading does.
 */
function labelledRowsFlow(ctx: FlowContext, frame: Frame, block: TableBlock, spaceBefore: number): TextItem[] {
  const l = ctx.node('L', frame.parent);
  return block.rows.flatMap((cells, index) => labelledRow(ctx, frame, l, block.head, cells, index === 0 ? spaceBefore : ctx.gap.paragraph));
}

const isEmpty = (cell: TableCell | undefined) => !cell || cell.every((inline) => inline.type === 'text' && !inline.value.trim());

function labelledRow(
  ctx: FlowContext,
  frame: Frame,
  l: StructNode,
  head: readonly TableCell[],
  cells: readonly TableCell[],
  spaceBefore: number,
): TextItem[] {
  const li = ctx.node('LI', l);
  const [first, ...rest] = cells;
  const items: TextItem[] = [];
  if (first && !isEmpty(first)) items.push(textItem(ctx, frame, inlineRuns(ctx, first, ctx.node('Lbl', li), true), { spaceBefore }));
  const body = ctx.node('LBody', li);
  const inner: Frame = { parent: body, indent: frame.indent + ctx.profile.listIndent, rules: frame.rules };
  rest.forEach((cell, index) => {
    // An empty cell says nothing: no "Header:" line with nothing after it.
    if (isEmpty(cell)) return;
    const p = ctx.node('P', body);
    items.push(
      textItem(ctx, inner, labelledRuns(ctx, p, head[index + 1], cell), { spaceBefore: items.length === 0 ? spaceBefore : ctx.gap.item }),
    );
  });
  // Every line but the last is kept with the next, so a row never splits across pages.
  return items.map((item, index) => ({ ...item, keepWithNext: index < items.length - 1 }));
}

/** "Header: value", the header in bold as in a grid's header row; the value alone when its column has no header. */
function labelledRuns(ctx: FlowContext, p: StructNode, header: TableCell | undefined, cell: TableCell): Run[] {
  if (isEmpty(header) || !header) return inlineRuns(ctx, cell, p);
  return tParts(ctx.uiLanguage, 'pdf.table.cell', ['header', 'value']).flatMap((part): Run[] => {
    if ('text' in part) return [{ text: part.text, bold: true, struct: p }];
    return part.slot === 'header' ? inlineRuns(ctx, header, p, true) : inlineRuns(ctx, cell, p);
  });
}

import type { TableBlock, TableCell } from '../../../../model/types.ts';
import type { FlowItem, RowItem, StructNode } from '../types.ts';
import type { FlowContext, Frame } from './context.ts';
import { inlineRuns } from './runs.ts';

/**
 * A table: Table → TR → TH (Scope Column) / TD, one row item per row, columns of equal
 * width. The header row is kept with the first body row, and every body row carries it to
 * be repeated (as an artifact) when the table continues on a new page (formats-standards §1.3).
 */
export function tableFlow(ctx: FlowContext, frame: Frame, block: TableBlock, spaceBefore: number): FlowItem[] {
  const table = ctx.node('Table', frame.parent);
  const columns = Math.max(block.head.length, ...block.rows.map((row) => row.length));
  const { page, margin } = ctx.profile;
  const width = (page.width - margin.left - margin.right - frame.indent) / columns;
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

/**
 * The PDF renderer's resolved form: what to draw where, with its structure role. Pure data:
 * nothing here imports pdf-lib, so layout is testable with literal inputs.
 */

import type { StructNode } from '../../tagged-pdf/structure.ts';

export type { StructNode, StructType } from '../../tagged-pdf/structure.ts';

/** A run of text with one style, owned by one structure node. */
export interface Run {
  text: string;
  bold: boolean;
  /** The node the content belongs to (a P, a heading, a Link inside a P, a Lbl …). */
  struct: StructNode;
}

/** A paragraph-like block before line breaking. */
export interface TextItem {
  kind: 'text';
  runs: Run[];
  /** Text size in pt. */
  size: number;
  /** Left edge of the text, from the content box's left, in pt. */
  indent: number;
  /** A hanging label (bullet, number) drawn left of the first line. */
  label?: { text: string; struct: StructNode; indent: number };
  /** Space above, in pt; dropped at the top of a page. */
  spaceBefore: number;
  /** Never end a page with this item (headings, intros, labels: UKAAF keeps headings with their text). */
  keepWithNext: boolean;
  /**
   * Never split this item across pages (a contact row: its label and its number or address
   * must be read together), unless it is taller than a page.
   */
  keepTogether?: boolean;
  /** Bookmark and link destination for headings. */
  heading?: { level: 1 | 2 | 3 | 4; title: string; anchor?: string };
  /** Left rules (artifacts) marking boxed blocks: x positions from the content box's left. */
  rules: number[];
  /** An easy-read picture drawn left of this item's first line (decorative: an artifact). */
  picture?: { code: string; size: number; x: number };
  /**
   * A picture drawn above this item's first line, `gap` pt above it, on the same page (the
   * easy-read cover's: decorative, an artifact). It takes the room the page has left, from
   * `minSize` up to `size`, so a long title or notice never pushes it off the cover. `x` is
   * from the content box's left.
   */
  pictureAbove?: { code: string; size: number; minSize: number; x: number; gap: number };
  /** Start a new page with this item (an easy-read booklet's text after its cover, and its back page). */
  breakBefore?: boolean;
  /** The last item of a picture group: what follows starts below the picture. */
  endsGroup?: boolean;
}

/** One table row: cells side by side, never split across pages. */
export interface RowItem {
  kind: 'row';
  cells: { runs: Run[]; struct: StructNode; x: number; width: number }[];
  size: number;
  spaceBefore: number;
  /** The table's header row, repeated (as an artifact) when the table continues on a new page. */
  repeatHeader?: RowItem;
  isHeader: boolean;
  keepWithNext: boolean;
  rules: number[];
  /** Start a new page with this row (as TextItem's). */
  breakBefore?: boolean;
}

export type FlowItem = TextItem | RowItem;

/** A laid-out piece of a line. */
export interface Segment {
  text: string;
  bold: boolean;
  struct: StructNode;
  /** From the line's left edge, in pt. */
  x: number;
  width: number;
}

export interface Line {
  segments: Segment[];
}

/** Anything placed on a page, with absolute coordinates from the page's bottom-left (PDF space). */
export type Placed =
  | { kind: 'line'; x: number; baseline: number; size: number; segments: Segment[]; artifact: boolean }
  | { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; thickness: number }
  | { kind: 'picture'; code: string; x: number; top: number; size: number }
  | { kind: 'anchor'; heading: NonNullable<TextItem['heading']>; y: number }
  /** A structure element with no content (an empty table cell) that must still be in the tree. */
  | { kind: 'empty'; struct: StructNode };

export interface LaidOutPage {
  placed: Placed[];
}

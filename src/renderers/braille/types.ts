/**
 * The braille renderer's own shapes: print text in runs of one language, laid out by
 * "indent-runover" formats (BANA Braille Formats 2016: "3-1" is a first line starting in cell 3
 * and runover lines in cell 1), then translated and wrapped to the braille page.
 */

/** A run of print text in one language (BCP 47): each run is translated with its language's table. */
export interface PrintRun {
  text: string;
  lang: string;
}

/**
 * Where a block's lines start, as 0-based cell offsets (cell 1 is 0): the first line and the
 * runover lines. A centred block is centred on the line with at least three blank cells each
 * side (BANA Braille Formats 2016, centred headings).
 */
export interface CellFormat {
  first: number;
  runover: number;
  centred?: boolean;
}

/** How a block sits among the others on the page. */
export interface BlockSpacing {
  /** A blank line before it (dropped at the top of a page). */
  blankBefore?: boolean;
  /** A blank line after it (dropped at the foot of a page). */
  blankAfter?: boolean;
  /** A heading: kept on one page with the first two lines of what follows (BANA Braille Formats 2016). */
  keepWithNext?: boolean;
  /** Starts a new braille page (the text after the title and contents pages). */
  pageBreakBefore?: boolean;
  /** A level-2 section starts here: its id, so the contents page can give its braille page. */
  section?: string;
}

/** A paragraph-like block in print, before translation. */
export interface PrintBlock extends BlockSpacing {
  runs: PrintRun[];
  format: CellFormat;
}

/** The same block in braille (North American Braille ASCII, one cell per character), before wrapping. */
export interface BrailleBlock extends BlockSpacing {
  braille: string;
  format: CellFormat;
}

/**
 * Translates lines of print into braille with one liblouis table, one line out per line in,
 * as Braille ASCII (0x20–0x5F). Injected so the renderer stays a pure function of its inputs;
 * ./liblouis.ts is the one the build uses.
 */
export type BrailleTranslator = (lines: readonly string[], table: string) => Promise<string[]>;

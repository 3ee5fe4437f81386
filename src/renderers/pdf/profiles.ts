/**
 * Every layout number of the PDFs, in one place, with its unit and the rule it comes from
 * (../shared/research/formats-standards.md §1). All sizes in PostScript points (1 pt =
 * 1/72 in); `mm()` converts millimetres.
 */
export const mm = (value: number): number => (value * 72) / 25.4;

/** A4 portrait: UKAAF G003 / MS03 "A4, unless content or purpose dictates otherwise". */
export const A4 = { width: mm(210), height: mm(297) } as const;

/** A5 portrait (ISO 216): half an A4 sheet, the page of a booklet folded from A4 (./booklet.ts). */
export const A5 = { width: mm(148), height: mm(210) } as const;

export interface PdfProfile {
  /** Used in file names and tests; unique per profile. */
  id: 'large-print' | 'clear-print' | 'clear-print-a5' | 'easy-read';
  /** The edition the profile sets, as the PDF names it in its title and on page 1 (`pdf.edition.*`): an A5 clear print is still the clear print edition. */
  edition: 'large-print' | 'clear-print' | 'easy-read';
  /** Shown to readers, e.g. on the download link. */
  label: string;
  page: { width: number; height: number };
  /** Margins in pt. UKAAF asks for "adequate margins" with no number; house rule ≥ 20 mm all round, +10 mm on the binding edge. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Body text size in pt: the smallest text anywhere in the document, page numbers included (UKAAF: page numbers at body size). */
  bodySize: number;
  /** Heading sizes in pt, all bold: larger than body text to set them apart (UKAAF G003 3.4 gives no number). */
  headingSize: { 1: number; 2: number; 3: number; 4: number };
  /** Line height as a multiple of the text size. UKAAF: at least single spacing; RNIB/ODI: 1.5–2 × the word space. */
  leading: number;
  /** Space between paragraphs, in lines of body text. UKAAF G003 2019: at least one blank line at body size. */
  paragraphGap: number;
  /** Space between list items, in lines of body text: less than a paragraph so a list reads as one group. */
  itemGap: number;
  /** Indent of each list level, in pt: a hanging indent wide enough for "10." at body size. */
  listIndent: number;
  /** Inner padding of boxed blocks (callouts, promise lists), in pt. */
  boxPadding: number;
  /** Height of the footer band holding the page number, inside the bottom margin area. */
  footerHeight: number;
  /**
   * Where the page number sits in the footer: 'right' on every page (a stapled A4 document), or
   * 'outer' — right on odd pages, left on even ones — for a folded booklet, whose even pages are
   * left-hand pages: a number by the spine is hidden in the fold and not where a thumb turns
   * the page (formats-standards §7.2; UKAAF G003: page numbers in the same place on every page
   * of a spread's side).
   */
  pageNumberEdge?: 'right' | 'outer';
  /**
   * Easy-read pictures: square size and the gap to the text beside them, in pt; `cover` is the
   * size of the easy-read cover's picture (../layout/flow/cover.ts).
   */
  picture: { size: number; gap: number; cover: number };
}

const margin = { top: mm(20), right: mm(20), bottom: mm(20), left: mm(30) };

/** Large print: UKAAF "minimum 16 pt, ideally 18 pt"; RNIB modified large print 18 pt on A4. */
export const LARGE_PRINT: PdfProfile = {
  id: 'large-print',
  edition: 'large-print',
  label: 'Large print',
  page: A4,
  margin,
  bodySize: 18,
  headingSize: { 1: 30, 2: 25, 3: 21, 4: 19 },
  leading: 1.4,
  paragraphGap: 1,
  itemGap: 0.4,
  listIndent: 36,
  boxPadding: 12,
  footerHeight: 18 * 2,
  picture: { size: 72, gap: 18, cover: 200 },
};

/** Clear print leaflet: UKAAF/RNIB clear print "12–14 pt"; DWP/ODI best practice 14 pt for everyone. */
export const CLEAR_PRINT: PdfProfile = {
  id: 'clear-print',
  edition: 'clear-print',
  label: 'Clear print',
  page: A4,
  margin,
  bodySize: 14,
  headingSize: { 1: 24, 2: 19, 3: 16.5, 4: 15 },
  leading: 1.4,
  paragraphGap: 1,
  itemGap: 0.4,
  listIndent: 28,
  boxPadding: 10,
  footerHeight: 14 * 2,
  picture: { size: 64, gap: 16, cover: 180 },
};

/**
 * Clear print at A5, the page of the clear-print booklet (two A5 pages on each side of an A4
 * sheet, folded: ./booklet.ts). The same 14 pt text and headings as A4 clear print. Margins:
 * 15 mm at the head and foot; 18 mm at each side, because in a folded booklet the binding
 * edge alternates (left on right-hand pages, right on left-hand pages), so both sides take the
 * gutter; a few sheets saddle-stitched need no more for creep (formats-standards §7.2: keep
 * text ≥ 10 mm inside a booklet's trim). 112 mm of line: about 45 characters at 14 pt.
 */
export const CLEAR_PRINT_A5: PdfProfile = {
  ...CLEAR_PRINT,
  id: 'clear-print-a5',
  label: 'Clear print A5',
  page: A5,
  margin: { top: mm(15), right: mm(18), bottom: mm(15), left: mm(18) },
  pageNumberEdge: 'outer',
};

/**
 * Easy read (formats-standards §2.2): ER-1 body ≥ 16 pt; ER-6 a picture beside every point,
 * on the left, in a column about 25–35 % of the line (here 96 pt of 453 pt = 21 % for the
 * picture itself, 25 % with its gap); ER-14 A4 portrait, ragged right, no columns. Generous
 * line spacing (1.5) and space between points.
 */
export const EASY_READ: PdfProfile = {
  id: 'easy-read',
  edition: 'easy-read',
  label: 'Easy read',
  page: A4,
  margin,
  bodySize: 16,
  headingSize: { 1: 28, 2: 22, 3: 19, 4: 17 },
  leading: 1.5,
  paragraphGap: 1,
  itemGap: 0.3,
  listIndent: 28,
  boxPadding: 10,
  footerHeight: 16 * 2,
  // The cover's picture: up to 300 pt (106 mm), two thirds of the line, so the cover is the
  // title, one picture and who it is from, nothing crowded (formats-standards §2.1, DH:
  // "pictures as big as possible"). It shrinks, to no less than a point's picture, when a long
  // title or a standing notice leaves less room. Rasterised at 300 ppi for its size (./pictures.ts).
  picture: { size: 96, gap: 20, cover: 300 },
};

/** The print editions of every full charter. */
export const PDF_PROFILES = [LARGE_PRINT, CLEAR_PRINT] as const;

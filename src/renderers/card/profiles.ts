/**
 * Card sizes, type sizes and colours in one place, each with its source
 * (../shared/research/formats-standards.md §7). Lengths in pt (1 pt = 1/72 in).
 */
const mm = (value: number): number => (value * 72) / 25.4;

export interface CardProfile {
  id: 'wallet' | 'large-print' | 'bilingual';
  label: string;
  /** Finished (trimmed) size. */
  trim: { width: number; height: number };
  /** Background printed beyond the trim so a slightly-off cut leaves no white edge (§7.2: 3 mm UK norm). */
  bleed: number;
  /** Text stays this far inside the trim (§7.2 safe area: ≥ 3 mm). */
  safe: number;
  /** Body text: the target size, and the floor it may shrink to before overflow is an error (§7.4). */
  fontSize: { target: number; min: number };
  /** Title size relative to body text. */
  titleScale: number;
  lineHeight: number;
  /** Raster resolution for PNGs (§7.2: ≥ 300 dpi). */
  ppi: number;
  /**
   * The QR code to the charter's page on the back (the web address in words is always printed:
   * the code only saves typing it). Its side is the room left below the text, from `min` up to
   * `max`. With `makeRoom` the text steps down until the code fits (down to the floor; below
   * that the card goes without it); without, the code is drawn only where it fits at the size
   * the text gets anyway.
   */
  qr?: { min: number; max: number; makeRoom: boolean } | undefined;
}

/** UK business-card size 85 × 55 mm; text target 14 pt, floor 12 pt (UKAAF/RNIB clear print, §7.4). */
export const WALLET_CARD: CardProfile = {
  id: 'wallet',
  label: 'Wallet card',
  trim: { width: mm(85), height: mm(55) },
  bleed: mm(3),
  safe: mm(3),
  fontSize: { target: 14, min: 12 },
  titleScale: 1.15,
  lineHeight: 1.2,
  ppi: 300,
  // 85 × 55 mm at 14 pt is full with the contact details and the address (no seed card has room
  // for a code): a code only where it fits, 13 mm or more (0.35 mm modules at version 5).
  qr: { min: mm(13), max: mm(16), makeRoom: false },
};

/**
 * Large-print card on A6 (105 × 148 mm). A6 holds far more than a wallet card's words, so the
 * card uses its page: text starts at 24 pt (UKAAF's larger large-print tier) and steps down a
 * point at a time only as far as the words need, never below the large-print floor of 16 pt
 * (§7.4: ≥ 16 pt, ideally 18). The back always has room made for a QR code to the charter's
 * page, 15–25 mm: a page address of about 70 characters is version 5 at error correction M
 * (37 modules), so a module is 0.4–0.68 mm, above the 0.33 mm a phone camera reads at arm's length.
 */
export const LARGE_PRINT_CARD: CardProfile = {
  id: 'large-print',
  label: 'Large print card (A6)',
  trim: { width: mm(105), height: mm(148) },
  bleed: mm(3),
  safe: mm(5),
  fontSize: { target: 24, min: 16 },
  titleScale: 1.3,
  lineHeight: 1.25,
  ppi: 300,
  qr: { min: mm(15), max: mm(25), makeRoom: true },
};

/**
 * The bilingual card: two languages at one size need the large-print card's A6, not the
 * wallet card (at 12 pt a wallet card holds about 4 short promises in one language). Same
 * sizes, margins and floor as LARGE_PRINT_CARD; its own id and label for titles and errors.
 */
export const BILINGUAL_CARD: CardProfile = {
  ...LARGE_PRINT_CARD,
  id: 'bilingual',
  label: 'Bilingual large print card (A6)',
  // Two languages at one size: 18 pt as before (the 24 pt start is the single-language card's).
  fontSize: { target: 18, min: 16 },
  qr: undefined,
};

/**
 * Colours: every text/background pair ≥ 7:1 (WCAG 1.4.6 as the checkable proxy; UKAAF and
 * RNIB give no ratio, §1.2), asserted by tests/renderers/card/card.test.ts.
 */
export const CARD_COLOURS = {
  front: { background: '#1a4480', text: '#ffffff' },
  back: { background: '#ffffff', text: '#0b0c0c', heading: '#1a4480' },
} as const;

/**
 * A4 sheet of 10 wallet cards for office printers (§7.3), after the Avery C32011 10-up
 * business-card layout (85 × 54 mm cards, 2 × 5; glabels template: left margin 15 mm, top
 * 13.5 mm, column pitch 95 mm, row pitch 54 mm): 15 mm side margins and a 10 mm gutter between
 * the columns. C32011's rows are butted (its stock is perforated); our cards are 55 mm and cut
 * by staff, so the 22 mm that five rows leave of A4's 297 mm is shared out: a 10 mm top margin
 * for the 12 pt printing note (clear of the 4.2 mm an office printer cannot print), 1 mm
 * gutters between rows, and an 8 mm bottom margin for the column cut guides.
 *
 * Each card's background runs `bleed` past its trim into the gutters and margins, so a cut a
 * little off the line, or a back printed a little off its front (duplex registration), shows
 * the card's own background, not white or the next card: 1.5 mm into the column gutter and
 * side margins (leaving 7 mm of white between the columns for cut guides), and half the row
 * gutter between rows. Fronts and backs are placed for flipping on the long edge: the sheet is
 * symmetric left to right, and each back is drawn in the mirrored column of its front.
 */
export const SHEET = {
  width: mm(210),
  height: mm(297),
  columns: 2,
  rows: 5,
  margin: { top: mm(10), bottom: mm(8), side: mm(15) },
  gutter: { column: mm(10), row: mm(1) },
  bleed: { x: mm(1.5), y: mm(0.5) },
} as const;

export { mm };

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
};

/** Large-print card on A6 (105 × 148 mm): text ≥ 16 pt, ideally 18 pt (UKAAF large print, §7.4). */
export const LARGE_PRINT_CARD: CardProfile = {
  id: 'large-print',
  label: 'Large print card (A6)',
  trim: { width: mm(105), height: mm(148) },
  bleed: mm(3),
  safe: mm(5),
  fontSize: { target: 18, min: 16 },
  titleScale: 1.3,
  lineHeight: 1.25,
  ppi: 300,
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
};

/**
 * Colours: every text/background pair ≥ 7:1 (WCAG 1.4.6 as the checkable proxy; UKAAF and
 * RNIB give no ratio, §1.2), asserted by tests/renderers/card/card.test.ts.
 */
export const CARD_COLOURS = {
  front: { background: '#1a4480', text: '#ffffff' },
  back: { background: '#ffffff', text: '#0b0c0c', heading: '#1a4480' },
} as const;

/** A4 sheet of 10 wallet cards, 2 × 5, butted, for desk printers (§7.3). */
export const SHEET = { width: mm(210), height: mm(297), columns: 2, rows: 5 } as const;

export { mm };

import { CARD_BILINGUAL_PDF } from './formats/bilingual-card.ts';
import { BRF } from './formats/braille.ts';
import { CARD_LARGE_PRINT_PDF, CARD_PNG, CARD_PRINT_PDF, CARD_SHEET_PDF } from './formats/cards.ts';
import { CLEAR_PRINT_BOOKLET_PDF } from './formats/clear-print-booklet.ts';
import { CLEAR_PRINT_PDF, EASY_READ_PDF, LARGE_PRINT_PDF } from './formats/pdf-editions.ts';
import type { OutputFormat } from './types.ts';

/**
 * Every output format, in the order the charter page lists their downloads. Routes, download
 * links, `checks-manifest.json` and the report's per-format summary all iterate this list;
 * nothing else names a format.
 */
export const OUTPUTS: readonly OutputFormat[] = [
  LARGE_PRINT_PDF,
  CLEAR_PRINT_PDF,
  EASY_READ_PDF,
  BRF,
  CARD_PNG,
  CARD_PRINT_PDF,
  CARD_LARGE_PRINT_PDF,
  CARD_BILINGUAL_PDF,
  CARD_SHEET_PDF,
  CLEAR_PRINT_BOOKLET_PDF,
];

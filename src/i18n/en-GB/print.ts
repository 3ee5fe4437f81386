import type { Message } from '../types.ts';

/**
 * Words the product writes into files and shared text: PDF furniture (first page, page
 * numbers, contact section), card furniture, contact labels, the format-request email, alt
 * texts it composes. Style: GOV.UK style guide; UKAAF for print.
 */
export const PRINT = {} satisfies Record<string, Message>;

import type { PrintKey } from '../en-GB/index.ts';
import type { Message } from '../types.ts';

/**
 * Words in files and shared text, in Welsh; every key of ../en-GB/print.ts. Sources are
 * listed in ./index.ts; a term from elsewhere is noted beside its entry.
 */
export const PRINT: Record<PrintKey, Message> = {};

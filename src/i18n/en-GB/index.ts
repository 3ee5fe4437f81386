import type { Message } from '../types.ts';
import { PRINT } from './print.ts';
import { SITE } from './site.ts';

/**
 * Every word the product itself writes, in British English, by where it appears. The Welsh
 * dictionary (../cy-GB/) must have every key: its type is checked against this one.
 */
export const EN_GB = { ...SITE, ...PRINT } satisfies Record<string, Message>;

export type MessageKey = keyof typeof EN_GB;
export type SiteKey = keyof typeof SITE;
export type PrintKey = keyof typeof PRINT;

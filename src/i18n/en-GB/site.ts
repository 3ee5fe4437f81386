import type { Message } from '../types.ts';

/**
 * The website's own words in British English: header, footer, home page, charter and
 * easy-read pages, downloads, the "another format" request, the accessibility statement, 404.
 * Style: GOV.UK style guide (plain English, sentence case).
 */
export const SITE = {
  'site.name': 'Care and support charters',
} satisfies Record<string, Message>;

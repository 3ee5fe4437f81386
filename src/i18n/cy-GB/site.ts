import type { SiteKey } from '../en-GB/index.ts';
import type { Message } from '../types.ts';

/**
 * The website's own words in Welsh; every key of ../en-GB/site.ts. Sources are listed in
 * ./index.ts; a term from elsewhere is noted beside its entry.
 */
export const SITE: Record<SiteKey, Message> = {
  'site.name': 'Siarteri gofal a chymorth',
};

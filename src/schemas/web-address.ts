import { z } from 'astro/zod';
import { checkUrl, WEB_SCHEMES, WEBSITE_FIX } from '../lib/safe-url.ts';

/**
 * A web address in the frontmatter (`contact.website`, `source.url`), by the same rule as
 * links in the text (src/lib/safe-url.ts): `https:` or `http:` only, parsed as browsers
 * parse it, with no spaces, hidden characters or backslashes, so nothing written after the
 * address (`…/) /URI (javascript:…`) can ride along into the PDFs. Kept as written; the PDF
 * writer normalises it.
 */
export const WebAddressSchema = z.string().superRefine((value, ctx) => {
  const checked = checkUrl(value, WEB_SCHEMES);
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: `This web address is not allowed: ${checked.problem}. ${WEBSITE_FIX}` });
});

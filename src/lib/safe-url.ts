/**
 * The one rule for link addresses, shared by everything that takes an address from content:
 * the MDX model (a bad `[text](address)` is reported with file:line), the frontmatter schema
 * (`contact.website`) and the PDF writer (which refuses to write a URI this rule refuses).
 *
 * Why a parser and not a prefix check: a prefix check passed
 * `https://example.org/) /S /JavaScript /JS (…` — an address that is harmless in HTML but,
 * written raw into a PDF string, closes the string and adds a JavaScript action
 * (ISO 32000-1 §7.3.4.2 literal strings, §12.6.4.16 JavaScript actions). Addresses are parsed
 * with the WHATWG URL parser (what browsers use), limited to four schemes, and refused if
 * they hold white space, control or invisible characters, or backslashes, which browsers
 * and PDF readers each repair in their own way.
 */

/** Schemes a link may use: web pages, email and telephone (what the site and PDFs link to). */
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** Schemes a website address may use. */
export const WEB_SCHEMES = ['https:', 'http:'] as const;

export type LinkScheme = (typeof LINK_SCHEMES)[number];

/** An address checked by {@link checkUrl}: the normalised URL, or why it was refused, in plain words. */
export type UrlCheck = { ok: true; url: string } | { ok: false; problem: string };

/** What an author should do about a refused link address (shown as the "Fix:" line). */
export const LINK_FIX =
  'Links must start with https://, http://, mailto:, tel:+44… (digits only) or # (a heading on the page), with no spaces, backslashes or hidden characters. Write a space in a web address as %20.';

/** What an author should do about a refused website address (the schema error says it). */
export const WEBSITE_FIX =
  'Give only the web address, starting with https:// and with no spaces, for example "https://www.norfolk.gov.uk".';

/** White space, control characters (Cc), invisible format characters (Cf: zero-width, bidi) and backslashes. */
const FORBIDDEN = [
  { pattern: /[\s\p{Z}]/u, problem: 'it has a space or line break in it' },
  { pattern: /[\p{Cc}\p{Cf}]/u, problem: 'it has a hidden (control or invisible) character in it' },
  { pattern: /\\/, problem: 'it has a backslash (\\) in it' },
] as const;

/** The normalised form must be printable ASCII: URIs in PDF are 7-bit ASCII (ISO 32000-1 §12.6.4.7). */
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

/**
 * An address quoted for an error message, with hidden characters and line breaks shown as
 * [U+200B] and the like, so an author can see what to delete.
 */
export function visibleAddress(address: string): string {
  return `"${address.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (char) => `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`)}"`;
}

function forbiddenCharacter(address: string): string | undefined {
  return FORBIDDEN.find(({ pattern }) => pattern.test(address))?.problem;
}

function parse(address: string): URL | undefined {
  try {
    return new URL(address);
  } catch {
    return undefined;
  }
}

/** Scheme-specific shape: a host for web pages, an address for email, digits for telephone. */
function schemeProblem(address: string, url: URL): string | undefined {
  switch (url.protocol as LinkScheme) {
    case 'https:':
    case 'http:':
      // WHATWG repairs "https:example.org" to "https://example.org/"; authors must write it whole.
      if (!/^https?:\/\/[^/?#]/i.test(address) || !url.hostname)
        return 'it is not a complete web address (it needs https:// and a site name)';
      // "https://www.council.gov.uk@example.com/" goes to example.com: a known way to disguise a link.
      return url.username || url.password ? 'it has a name or password before @ in the site name' : undefined;
    case 'mailto:':
      return /^[^?#]*@/.test(url.pathname) ? undefined : 'it is not an email address (mailto: needs an address with @)';
    case 'tel:':
      return /^tel:\+?\d+$/i.test(address) ? undefined : 'a tel: link may hold only digits, with + at the start';
    default:
      return 'it is not a web page, email address or phone number';
  }
}

/**
 * Checks an absolute address against the link rule and returns it normalised
 * (`new URL(address).href`: lower-case scheme and host, percent-encoded, pure ASCII).
 * `schemes` narrows the allowed schemes (a website must be `https:` or `http:`).
 */
export function checkUrl(address: string, schemes: readonly LinkScheme[] = LINK_SCHEMES): UrlCheck {
  const forbidden = forbiddenCharacter(address);
  if (forbidden) return { ok: false, problem: forbidden };
  const url = parse(address);
  if (!url) return { ok: false, problem: 'it is not a complete address' };
  if (!(schemes as readonly string[]).includes(url.protocol)) {
    const allowed = schemes.map((scheme) => (scheme.startsWith('http') ? `${scheme}//` : scheme));
    return {
      ok: false,
      problem: `it starts with "${url.protocol}", and only ${allowed.slice(0, -1).join(', ')} and ${allowed.at(-1)} are allowed`,
    };
  }
  const problem = schemeProblem(address, url);
  if (problem) return { ok: false, problem };
  if (!PRINTABLE_ASCII.test(url.href)) return { ok: false, problem: 'it could not be written as a plain address' };
  return { ok: true, url: url.href };
}

/**
 * Checks a link as an author writes it in MDX: an absolute address ({@link checkUrl}) or
 * `#id`, a heading on the same page (kept as written; the PDFs do not link it).
 */
export function checkLinkAddress(address: string): UrlCheck {
  if (!address.startsWith('#')) return checkUrl(address);
  if (address.length === 1) return { ok: false, problem: 'it names no heading after #' };
  const forbidden = forbiddenCharacter(address);
  return forbidden ? { ok: false, problem: forbidden } : { ok: true, url: address };
}

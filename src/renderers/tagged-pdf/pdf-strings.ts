import { PDFHexString, PDFString } from './pdf-lib.ts';
import { checkUrl } from '../../lib/safe-url.ts';

/**
 * The one way our renderers write strings into a PDF. Every string that carries content
 * (titles, alt text, /Contents, bookmarks, /Lang, link addresses) goes through here.
 *
 * Why: a literal string `( … )` ends at the first unbalanced `)`, and `\` starts an escape
 * (ISO 32000-1 §7.3.4.2). pdf-lib's `PDFString.of` writes its argument raw, so a link address
 * holding `) /S /JavaScript /JS (` became a JavaScript action (§12.6.4.16). A hexadecimal
 * string `< … >` (§7.3.4.3) holds only the digits 0–9 and A–F, so nothing in it can end the
 * string or start a new object, whatever the content says.
 */

/** Thrown for a link address the shared rule (src/lib/safe-url.ts) refuses; the model should have refused it first. */
export class UnsafeUriError extends Error {
  constructor(href: string, problem: string) {
    super(
      `Refusing to write the link address ${JSON.stringify(href)} into a PDF: ${problem}. Only https:, http:, mailto: and tel: addresses are written (src/lib/safe-url.ts).`,
    );
    this.name = 'UnsafeUriError';
  }
}

/**
 * A text string (ISO 32000-1 §7.9.2.2): UTF-16BE with a byte order mark, written as a hex
 * string, so any Unicode text (Welsh ŵ ŷ, CJK, emoji, brackets, backslashes, line breaks)
 * reads back unchanged and nothing needs escaping. The one exception is ESC (U+001B): in a
 * UTF-16 text string it opens a language escape sequence (§7.9.2.2), so readers drop the
 * text after it; it is written as U+FFFD instead.
 */
export function pdfText(text: string): PDFHexString {
  return PDFHexString.fromText(text.replaceAll('\u001b', '\ufffd'));
}

/** Printable ASCII as a hex string of its bytes (one byte per character; PDFDocEncoding agrees with ASCII there). */
function asciiHex(value: string): PDFHexString {
  if (!/^[\x20-\x7e]*$/.test(value)) throw new Error(`Not printable ASCII: ${JSON.stringify(value)}`);
  return PDFHexString.of(Array.from(value, (char) => (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(2, '0')).join(''));
}

/**
 * The /URI of a URI action (ISO 32000-1 §12.6.4.7: 7-bit ASCII). Only addresses the shared
 * link rule accepts (https:, http:, mailto:, tel:, no white space or hidden characters) are
 * written, normalised by the WHATWG URL parser (`new URL(href).href`: percent-encoded, pure
 * ASCII), as a hex string of their bytes. Throws {@link UnsafeUriError} for anything else.
 */
export function pdfUri(href: string): PDFHexString {
  return asciiHex(normalisedUri(href));
}

/** The address {@link pdfUri} writes for `href`: what a PDF reader will read back. */
export function normalisedUri(href: string): string {
  const checked = checkUrl(href);
  if (!checked.ok) throw new UnsafeUriError(href, checked.problem);
  return checked.url;
}

/** A BCP 47 tag as RFC 5646 spells it: ASCII letters and digits in subtags joined by hyphens. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * A /Lang value (ISO 32000-1 §14.9.2; PDF/UA-1 §7.2). Language tags are ASCII by definition
 * (RFC 5646 §2.1), so the tag is checked and written as the hex string of its ASCII bytes,
 * which every reader decodes as the same text string as `(en-GB)`.
 */
export function pdfLanguage(tag: string): PDFHexString {
  if (!LANGUAGE_TAG.test(tag)) throw new Error(`Refusing to write ${JSON.stringify(tag)} as a PDF /Lang: it is not a BCP 47 language tag.`);
  return asciiHex(tag);
}

/**
 * A date string (ISO 32000-1 §7.9.4), `D:YYYYMMDDHHmmSSZ`, made from the numbers of a Date:
 * digits, `D`, `:` and `Z` only, so the literal string needs no escaping.
 */
export function pdfDate(date: Date): PDFString {
  if (Number.isNaN(date.getTime())) throw new Error('Refusing to write an invalid date into a PDF.');
  return PDFString.fromDate(date);
}

/** One half of a file identifier (ISO 32000-1 §14.4): hex digits from a content hash, written as they are. */
export function pdfFileId(hexDigits: string): PDFHexString {
  if (!/^[0-9a-fA-F]{32}$/.test(hexDigits)) throw new Error('A PDF file identifier must be 32 hex digits (16 bytes) of a content hash.');
  return PDFHexString.of(hexDigits);
}

/**
 * Contact links shared by every renderer, so a number dials the same way from the web page
 * and from a PDF.
 */

/** `tel:` address in international form: "01865 815906" → "tel:+441865815906" (RFC 3966). */
export function telHref(ukNumber: string): string {
  const digits = ukNumber.replace(/\D/g, '');
  return `tel:+44${digits.replace(/^0/, '')}`;
}

/** `mailto:` address with an optional pre-filled subject and body (RFC 6068). */
export function mailtoHref(address: string, fields: { subject?: string; body?: string } = {}): string {
  const query = Object.entries(fields)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encodeURIComponent(value ?? '')}`)
    .join('&');
  return `mailto:${address}${query ? `?${query}` : ''}`;
}

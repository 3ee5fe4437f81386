import { mailtoHref, telHref } from '../lib/contact-links.ts';
import type { Contact } from '../schemas/contact.ts';

/**
 * Contact details as labelled rows, in the order every format shows them: phones first
 * (most people call), then text relay and BSL, email, post, hours, website. Shared by the
 * web page, the PDFs and the cards so they never disagree.
 */
export interface ContactRow {
  /** What the row is, e.g. "Phone (Complaints)". */
  label: string;
  /** One or more lines of the value (several for a postal address). */
  lines: string[];
  /** A link for the value, when it can be dialled, emailed or visited. */
  href?: string;
  /** Whether the value must never break across lines (phone numbers). */
  noWrap?: boolean;
}

const labelled = (base: string, label: string | undefined) => (label ? `${base} (${label})` : base);

export function contactRows(contact: Contact): ContactRow[] {
  return [
    ...(contact.phones ?? []).map((phone) => ({
      label: labelled('Phone', phone.label),
      lines: [phone.number],
      href: telHref(phone.number),
      noWrap: true,
    })),
    ...(contact.textRelay ? [{ label: 'Text relay', lines: [contact.textRelay] }] : []),
    ...(contact.bsl ? [{ label: 'British Sign Language', lines: [contact.bsl] }] : []),
    ...(contact.emails ?? []).map((email) => ({
      label: labelled('Email', email.label),
      lines: [email.address],
      href: mailtoHref(email.address),
    })),
    ...(contact.post ?? []).map((post) => ({ label: labelled('Post', post.label), lines: post.lines })),
    ...(contact.hours ? [{ label: 'Opening hours', lines: [contact.hours] }] : []),
    ...(contact.website ? [{ label: 'Website', lines: [contact.website], href: contact.website }] : []),
  ];
}

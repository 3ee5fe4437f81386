import { t, type UiLanguage } from '../i18n/index.ts';
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

/**
 * The heading of a charter's contact section, the same on the page and in every PDF: the
 * organisation's name (a team, when the charter names one, is the first line under it).
 */
export function contactHeading(organisation: string, lang: UiLanguage): string {
  return t(lang, 'contact.heading', { organisation });
}

export interface ContactRowOptions {
  /**
   * For an easy-read edition: a phone, email or address that is the only one of its kind
   * keeps the plain label ("Phone"), since the charter's own label for it ("Norfolk County
   * Council (advice, concerns, …)") is not easy read (house rules ER-2, ER-3). Several of a
   * kind keep their labels: they are how a reader tells them apart.
   */
  easyRead?: boolean;
}

/**
 * The rows, labelled in `lang`: the interface language of the page or file they appear in
 * (`uiLanguageFor(doc.lang)`), so a Welsh charter gets "Ffôn", "E-bost".
 */
export function contactRows(contact: Contact, lang: UiLanguage = 'en-GB', options: ContactRowOptions = {}): ContactRow[] {
  const count = {
    'contact.phone': contact.phones?.length ?? 0,
    'contact.email': contact.emails?.length ?? 0,
    'contact.post': contact.post?.length ?? 0,
  };
  const labelled = (plain: 'contact.phone' | 'contact.email' | 'contact.post', label: string | undefined) =>
    label && !(options.easyRead && count[plain] === 1) ? t(lang, `${plain}Labelled`, { label }) : t(lang, plain);
  return [
    ...(contact.phones ?? []).map((phone) => ({
      label: labelled('contact.phone', phone.label),
      lines: [phone.number],
      href: telHref(phone.number),
      noWrap: true,
    })),
    ...(contact.textRelay ? [{ label: t(lang, 'contact.textRelay'), lines: [contact.textRelay] }] : []),
    ...(contact.bsl ? [{ label: t(lang, 'contact.bsl'), lines: [contact.bsl] }] : []),
    ...(contact.emails ?? []).map((email) => ({
      label: labelled('contact.email', email.label),
      lines: [email.address],
      href: mailtoHref(email.address),
    })),
    ...(contact.post ?? []).map((post) => ({ label: labelled('contact.post', post.label), lines: post.lines })),
    ...(contact.hours ? [{ label: t(lang, 'contact.hours'), lines: [contact.hours] }] : []),
    ...(contact.website ? [{ label: t(lang, 'contact.website'), lines: [contact.website], href: contact.website }] : []),
  ];
}

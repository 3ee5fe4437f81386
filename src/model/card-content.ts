import { t, uiLanguageFor, type MessageKey, type UiLanguage } from '../i18n/index.ts';
import type { CharterFrontmatter } from '../schemas/charter.ts';
import type { Site } from '../schemas/site.ts';

/**
 * What a charter card says, side by side: the same words on the PNG, in its alt text, in the
 * print PDF's Figure /Alt and on the web page. From the charter's `card` block, with contact
 * channels from its contact details. The card's own words (the back heading, the channel
 * labels, the formats line) are in the interface language of the charter's language.
 */
export interface CardContent {
  id: string;
  lang: string;
  front: { title: string; organisation: string; promises: string[] };
  /**
   * `contact` is the card's contact line: the charter's `card.contact`, or the site's labelled
   * fallback; none when the channels say it. `address` is the charter's page, when the card is
   * published (the content check lays cards out with it too).
   */
  back: { heading: string; contact?: string; channels: string[]; formats: string; address?: CardAddress };
}

/** The charter's web page on the back of its card: the line as printed, the address in it, and the URL a QR code gives. */
export interface CardAddress {
  /** The whole line, e.g. "Full charter: charters.example.org/charters/slug". */
  line: string;
  /** The address as printed and typed: no https://, no trailing slash. */
  address: string;
  /** The page's full URL, for the QR code. */
  url: string;
}

/**
 * A charter's page URL, for its card: /charters/<slug>/ on the site (a card is always a full
 * edition's; src/outputs/urls.ts gives the same for publishing, tested).
 */
export function cardPageUrl(id: string, siteUrl: URL | string): string {
  return new URL(`/charters/${id}/`, siteUrl).href;
}

/**
 * The card's address line. The address drops https:// and the trailing slash: browsers add
 * the scheme and the server the slash, and every character saved is one fewer to type.
 */
export function cardAddress(ui: UiLanguage, pageUrl: string): CardAddress {
  const url = new URL(pageUrl);
  const address = `${url.host}${url.pathname}`.replace(/\/$/, '');
  return { line: t(ui, 'card.back.address', { address }), address, url: url.href };
}

/**
 * What a card needs of its charter. A CharterDocument is one; so is the card block of a file
 * with errors elsewhere (card-source.ts), so that card fit is checked in the same lint run.
 */
export interface CardSource {
  id: string;
  lang: string;
  meta: Pick<CharterFrontmatter, 'card' | 'organisation' | 'contact' | 'formatRequestEmail'>;
}

/**
 * The site settings a card falls back on when its charter gives no way to get in touch
 * (content/site.yaml): the publisher's name (in Welsh on a Welsh card, when the site gives it)
 * and its email, as pages fall back on it for format requests (format-request.ts).
 */
export type CardSite = Pick<Site, 'operator' | 'contactEmail' | 'cy'>;

/** A contact channel the card gives besides its contact line: what it is and its number or address. */
export interface CardChannel {
  kind: 'phone' | 'textRelay' | 'email';
  value: string;
}

/**
 * The channels a card lists under its contact line, in order: the main phone number and the
 * first email unless the card's own contact line already gives them, and text relay.
 */
export function cardChannels(doc: CardSource): CardChannel[] {
  const { card, contact } = doc.meta;
  const line = card.contact ?? '';
  const channels: CardChannel[] = [];
  const phone = contact?.phones?.[0]?.number;
  // The card's own contact line usually holds the main number; add other channels once each.
  if (phone && !line.includes(phone)) channels.push({ kind: 'phone', value: phone });
  if (contact?.textRelay) channels.push({ kind: 'textRelay', value: contact.textRelay });
  const email = contact?.emails?.[0]?.address;
  if (email && !line.includes(email)) channels.push({ kind: 'email', value: email });
  return channels;
}

/**
 * True when the card's back gives the site's contact instead of the charter's: the charter
 * gives no card contact line and no phone, text relay or email. Editors must not invent a
 * contact line (content/README.md, "Give only contact details the charter itself gives"), so
 * the card says plainly that the charter gives none and who can help instead.
 */
export function usesSiteContact(doc: CardSource): boolean {
  return doc.meta.card.contact === undefined && cardChannels(doc).length === 0;
}

/** Each channel's label: the contact rows' own (contact-rows.ts), so card, page and PDFs say the same. */
export const CHANNEL_LABELS: Record<CardChannel['kind'], MessageKey> = {
  phone: 'contact.phone',
  textRelay: 'contact.textRelay',
  email: 'contact.email',
};

/** A channel as the card writes it, "Phone: 0300 123 4567", in interface language `ui`: a contact row's label and value. */
export function channelText(ui: UiLanguage, channel: CardChannel): string {
  return t(ui, 'contact.row', { label: t(ui, CHANNEL_LABELS[channel.kind]), value: channel.value });
}

/** The publisher's name in the card's interface language: the site's Welsh name on a Welsh card, when the site gives one. */
function operatorName(ui: UiLanguage, site: CardSite): string {
  return ui === 'cy-GB' ? (site.cy?.operator ?? site.operator) : site.operator;
}

/**
 * The channels under the card's contact line: the charter's own, or, when it gives none
 * (usesSiteContact), the site's email. A bilingual card gives them once for both languages.
 */
export function backChannels(doc: CardSource, site: CardSite): CardChannel[] {
  return usesSiteContact(doc) ? [{ kind: 'email', value: site.contactEmail }] : cardChannels(doc);
}

/**
 * The back of a card whose charter gives no phone, text relay or email: it says so, and names
 * the site's publisher, whose email follows as the channel, so the reader knows whose it is.
 */
function siteBack(ui: UiLanguage, doc: CardSource, site: CardSite): Omit<CardContent['back'], 'channels'> {
  // A charter may give contact details the card cannot carry (a postal address, a website):
  // then the card must not say it gives none.
  const contact = t(ui, doc.meta.contact ? 'card.back.site.noPhoneOrEmail' : 'card.back.site.noContact', {
    operator: operatorName(ui, site),
  });
  // Format requests go where the page sends them: the charter's own address if it gives one.
  const formatEmail = doc.meta.formatRequestEmail;
  const formats = formatEmail ? t(ui, 'card.back.formatsByEmail', { email: formatEmail }) : t(ui, 'card.back.site.formats');
  return { heading: t(ui, 'card.back.site.heading'), contact, formats };
}

/**
 * The card's words. `site` is read only when the charter gives no way to get in touch
 * (usesSiteContact). With `pageUrl` (the charter's page) the back ends with its address.
 */
export function cardContent(doc: CardSource, site: CardSite, pageUrl?: string): CardContent {
  const ui = uiLanguageFor(doc.lang);
  const { card, organisation } = doc.meta;
  const channels = backChannels(doc, site).map((channel) => channelText(ui, channel));
  const own = usesSiteContact(doc)
    ? siteBack(ui, doc, site)
    : { heading: t(ui, 'card.back.heading'), contact: card.contact, formats: t(ui, 'card.back.formats') };
  // Key order matters: the print PDFs' ids hash this object, so a card with a contact line
  // keeps the bytes it had when the line was required.
  const back: CardContent['back'] = {
    heading: own.heading,
    ...(own.contact === undefined ? {} : { contact: own.contact }),
    channels,
    formats: own.formats,
    ...(pageUrl === undefined ? {} : { address: cardAddress(ui, pageUrl) }),
  };
  return {
    id: doc.id,
    lang: doc.lang,
    front: { title: card.title, organisation: card.organisation ?? organisation, promises: card.promises },
    back,
  };
}

/** The card's words as sentences, for alt text: one string per side, in the card's interface language. */
export function cardText(content: CardContent): { front: string; back: string; full: string } {
  const ui = uiLanguageFor(content.lang);
  const end = (text: string) => (/[.!?:]$/.test(text) ? text : `${text}.`);
  const front = t(ui, 'card.text.front', {
    text: [content.front.title, content.front.organisation, ...content.front.promises].map(end).join(' '),
  });
  const back = t(ui, 'card.text.back', {
    // The address in words, never "QR code": the code only repeats it (an artifact in PDFs).
    text: [content.back.heading, content.back.contact, ...content.back.channels, content.back.formats, content.back.address?.line]
      .filter((line) => line !== undefined)
      .map(end)
      .join(' '),
  });
  return { front, back, full: `${front} ${back}` };
}

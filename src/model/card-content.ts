import { t, uiLanguageFor, type UiLanguage } from '../i18n/index.ts';
import type { CharterDocument } from './types.ts';

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
  back: { heading: string; contact: string; channels: string[]; formats: string };
}

/** A contact channel the card gives besides its contact line: what it is and its number or address. */
export interface CardChannel {
  kind: 'phone' | 'textRelay' | 'email';
  value: string;
}

/**
 * The channels a card lists under its contact line, in order: the main phone number and the
 * first email unless the card's own contact line already gives them, and text relay.
 */
export function cardChannels(doc: CharterDocument): CardChannel[] {
  const { card, contact } = doc.meta;
  const channels: CardChannel[] = [];
  const phone = contact?.phones?.[0]?.number;
  // The card's own contact line usually holds the main number; add other channels once each.
  if (phone && !card.contact.includes(phone)) channels.push({ kind: 'phone', value: phone });
  if (contact?.textRelay) channels.push({ kind: 'textRelay', value: contact.textRelay });
  const email = contact?.emails?.[0]?.address;
  if (email && !card.contact.includes(email)) channels.push({ kind: 'email', value: email });
  return channels;
}

/** A channel as the card writes it, "Phone: 0300 123 4567", in interface language `ui`. */
export function channelText(ui: UiLanguage, channel: CardChannel): string {
  if (channel.kind === 'phone') return t(ui, 'card.back.phone', { number: channel.value });
  if (channel.kind === 'textRelay') return t(ui, 'card.back.textRelay', { number: channel.value });
  return t(ui, 'card.back.email', { address: channel.value });
}

export function cardContent(doc: CharterDocument): CardContent {
  const ui = uiLanguageFor(doc.lang);
  const { card, organisation } = doc.meta;
  const channels = cardChannels(doc).map((channel) => channelText(ui, channel));
  return {
    id: doc.id,
    lang: doc.lang,
    front: { title: card.title, organisation: card.organisation ?? organisation, promises: card.promises },
    back: { heading: t(ui, 'card.back.heading'), contact: card.contact, channels, formats: t(ui, 'card.back.formats') },
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
    text: [content.back.heading, content.back.contact, ...content.back.channels, content.back.formats].map(end).join(' '),
  });
  return { front, back, full: `${front} ${back}` };
}

import { t, uiLanguageFor } from '../i18n/index.ts';
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

export function cardContent(doc: CharterDocument): CardContent {
  const ui = uiLanguageFor(doc.lang);
  const { card, contact, organisation } = doc.meta;
  const channels: string[] = [];
  const phone = contact?.phones?.[0]?.number;
  // The card's own contact line usually holds the main number; add other channels once each.
  if (phone && !card.contact.includes(phone)) channels.push(t(ui, 'card.back.phone', { number: phone }));
  if (contact?.textRelay) channels.push(t(ui, 'card.back.textRelay', { number: contact.textRelay }));
  const email = contact?.emails?.[0]?.address;
  if (email && !card.contact.includes(email)) channels.push(t(ui, 'card.back.email', { address: email }));
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

import type { CharterDocument } from './types.ts';

/**
 * What a charter card says, side by side: the same words on the PNG, in its alt text, in the
 * print PDF's Figure /Alt and on the web page. From the charter's `card` block, with contact
 * channels from its contact details.
 */
export interface CardContent {
  id: string;
  lang: string;
  front: { title: string; organisation: string; promises: string[] };
  back: { heading: string; contact: string; channels: string[]; formats: string };
}

export const CARD_FORMATS_LINE = 'Large print, easy read and other formats: please ask us.';

export function cardContent(doc: CharterDocument): CardContent {
  const { card, contact, organisation } = doc.meta;
  const channels: string[] = [];
  const phone = contact?.phones?.[0]?.number;
  // The card's own contact line usually holds the main number; add other channels once each.
  if (phone && !card.contact.includes(phone)) channels.push(`Phone: ${phone}`);
  if (contact?.textRelay) channels.push(`Text relay: ${contact.textRelay}`);
  const email = contact?.emails?.[0]?.address;
  if (email && !card.contact.includes(email)) channels.push(`Email: ${email}`);
  return {
    id: doc.id,
    lang: doc.lang,
    front: { title: card.title, organisation: card.organisation ?? organisation, promises: card.promises },
    back: { heading: 'How to contact us', contact: card.contact, channels, formats: CARD_FORMATS_LINE },
  };
}

/** The card's words as sentences, for alt text: one string per side. */
export function cardText(content: CardContent): { front: string; back: string; full: string } {
  const end = (text: string) => (/[.!?:]$/.test(text) ? text : `${text}.`);
  const front = [content.front.title, content.front.organisation, ...content.front.promises].map(end).join(' ');
  const back = [content.back.heading, content.back.contact, ...content.back.channels, content.back.formats].map(end).join(' ');
  return { front: `Front of card: ${front}`, back: `Back of card: ${back}`, full: `Front of card: ${front} Back of card: ${back}` };
}

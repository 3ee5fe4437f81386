import { t, uiLanguageFor } from '../i18n/index.ts';
import {
  backChannels,
  CHANNEL_LABELS,
  cardContent,
  cardText,
  channelText,
  type CardChannel,
  type CardContent,
  type CardSite,
} from './card-content.ts';
import type { CharterDocument } from './types.ts';

/**
 * A charter card in both languages of a translated pair, at one size (Welsh Language
 * Standards: Welsh no less favourably than English). Each language keeps its own card words
 * (`first` and `second`, each as `cardContent` makes them from its charter, with the product's
 * words from that language's dictionary); the contact channels, which are the same numbers
 * and addresses in a pair, are given once with both languages' labels.
 */
export interface BilingualCardContent {
  /** The first-language charter's id: the card is published with it and errors name it. */
  id: string;
  /** The card in the site's first language (`site.firstLanguage`, else the first of `languages`). */
  first: CardContent;
  second: CardContent;
  /**
   * The channels under both contact lines, once each with both labels, "Ffôn / Phone: 01234
   * 567890". A channel whose number or address differs between the charters (parity not
   * required) is given in each language instead.
   */
  channels: string[];
}

const KINDS: readonly CardChannel['kind'][] = ['phone', 'textRelay', 'email'];

/**
 * The bilingual card of a pair: `first` is the charter in the site's first language. `site`
 * gives each language's contact line when its charter gives no way to get in touch.
 */
export function bilingualCardContent(first: CharterDocument, second: CharterDocument, site: CardSite): BilingualCardContent {
  const [uiFirst, uiSecond] = [uiLanguageFor(first.lang), uiLanguageFor(second.lang)];
  const [ownFirst, ownSecond] = [backChannels(first, site), backChannels(second, site)];
  const channels = KINDS.flatMap((kind) => {
    const a = ownFirst.find((channel) => channel.kind === kind);
    const b = ownSecond.find((channel) => channel.kind === kind);
    // A channel one language's contact line already gives is still listed for the other.
    const values = [...new Set([a?.value, b?.value].filter((value) => value !== undefined))];
    if (values.length === 1) {
      const label = t(uiFirst, 'card.bilingual.join', {
        first: t(uiFirst, CHANNEL_LABELS[kind]),
        second: t(uiSecond, CHANNEL_LABELS[kind]),
      });
      return [t(uiFirst, 'contact.row', { label, value: values[0]! })];
    }
    return [...(a ? [channelText(uiFirst, a)] : []), ...(b ? [channelText(uiSecond, b)] : [])];
  });
  return { id: first.id, first: cardContent(first, site), second: cardContent(second, site), channels };
}

/**
 * The bilingual card's words as alt text: each language's sides whole in that language (its
 * channels with its own labels), so a reader who takes one language misses nothing.
 */
export function bilingualCardText(content: BilingualCardContent): {
  first: ReturnType<typeof cardText>;
  second: ReturnType<typeof cardText>;
  full: string;
} {
  const [first, second] = [cardText(content.first), cardText(content.second)];
  return { first, second, full: `${first.full} ${second.full}` };
}

import { z } from 'astro/zod';

/**
 * What goes on the charter's wallet card (85 × 55 mm): a short title, three to six short
 * promises and, if the charter gives one, a contact line. Lengths are capped so the text fits
 * at ≥ 14 pt (formats-standards §7.4); the card renderer still measures and fails on overflow.
 * Nothing here may force an editor to write what the charter does not say: without a contact
 * line the card's back gives the charter's own `contact` channels, or, when it has none, the
 * site's contact labelled as the publisher's (src/model/card-content.ts).
 */
export const CardSchema = z.strictObject({
  /** The card's heading, short enough for one or two lines. @example "Our promise to you" */
  title: z.string().min(1).max(40, { error: 'A card title has at most 40 characters so it fits the card.' }),
  /** Three to six promises, each a short sentence in the charter's own words. */
  promises: z
    .array(z.string().min(1).max(60, { error: 'A card promise has at most 60 characters so it fits the card.' }))
    .min(3, { error: 'A card needs at least 3 promises.' })
    .max(6, { error: 'A card has at most 6 promises; choose the ones people need most.' }),
  /** A short name for the organisation if its full name is too long for the card. @example "RUILS" */
  organisation: z.string().min(1).max(40, { error: 'The card organisation name has at most 40 characters.' }).optional(),
  /**
   * One line saying how to get in touch, in the charter's own words, only if the charter
   * gives one. @example "Call 01865 815906"
   */
  contact: z.string().min(1).max(60, { error: 'The card contact line has at most 60 characters.' }).optional(),
});

export type Card = z.output<typeof CardSchema>;

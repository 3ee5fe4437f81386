import { z } from 'astro/zod';
import { PartialDateSchema } from './partial-date.ts';

/**
 * The charter's life cycle. Every field is optional because many real charters state none;
 * the page then says "not stated" rather than guessing.
 */
export const CharterDatesSchema = z.strictObject({
  /** When the organisation formally adopted the charter. @example "2010-12" */
  adopted: PartialDateSchema.optional(),
  /** When this version was first published. @example "2019-04-01" */
  published: PartialDateSchema.optional(),
  /** When the charter was last reviewed (shown on the page as "Last reviewed"). */
  lastReviewed: PartialDateSchema.optional(),
  /** When the next review is due (shown on the page as "Next review"). @example "2011-12" */
  nextReview: PartialDateSchema.optional(),
});

export type CharterDates = z.output<typeof CharterDatesSchema>;

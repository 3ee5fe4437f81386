import { z } from 'astro/zod';
import { PartialDateSchema } from './partial-date.ts';

/** The states a charter can be in (content/README.md, "Marking a charter out of date"). */
export const CHARTER_STATES = ['current', 'under-review', 'superseded', 'withdrawn'] as const;

/** The message for a state that is none of these, naming what was written when it was a word. */
function stateError(issue: { input?: unknown }): string {
  const state = (issue.input as { state?: unknown } | undefined)?.state;
  const written = typeof state === 'string' ? `"${state}" is not a status. ` : '';
  return `${written}Write one of: ${CHARTER_STATES.join(', ')} (see content/README.md).`;
}

/** In force, and not known to be under review: the default. A past `dates.nextReview` still shows as overdue. */
const CurrentSchema = z.strictObject({
  /** The charter is in force. */
  state: z.literal('current'),
});

/** The organisation is reviewing the charter; it stays in force until the review ends. */
const UnderReviewSchema = z.strictObject({
  /** The charter is being reviewed and is still in force. */
  state: z.literal('under-review'),
});

/**
 * Another published charter replaces this one. It stays published, marked and linked to its
 * replacement, so a reader holding the old one can find what applies now.
 */
const SupersededSchema = z.strictObject({
  /** The charter has been replaced and is no longer in force. */
  state: z.literal('superseded'),
  /**
   * The folder name of the charter that replaces it. It must be a published charter, checked
   * like `translation:` (src/checks/content/standing.ts). @example "customer-care-2026"
   */
  replacedBy: z.string({ error: 'Name the charter that replaces this one: replacedBy: <its folder name>.' }).min(1),
});

/** The organisation withdrew the charter with nothing in its place. It stays published and marked. */
const WithdrawnSchema = z.strictObject({
  /** The charter is no longer in force. */
  state: z.literal('withdrawn'),
  /** When it was withdrawn, as precise as known. @example "2024-03" */
  date: PartialDateSchema.optional(),
});

/**
 * Whether a charter is still in force. Written as one word (`status: under-review`), or, for
 * the states that say more, as a map:
 *
 * ```yaml
 * status:
 *   state: superseded
 *   replacedBy: customer-care-2026
 * ```
 *
 * Superseded and withdrawn charters are never removed silently: their page, PDFs and listing
 * say so (src/model/standing.ts).
 */
export const CharterStatusSchema = z.preprocess(
  // The one-word form is the map with only its state.
  (value) => (typeof value === 'string' ? { state: value } : value),
  z.discriminatedUnion('state', [CurrentSchema, UnderReviewSchema, SupersededSchema, WithdrawnSchema], { error: stateError }),
);

export type CharterStatus = z.output<typeof CharterStatusSchema>;
export type CharterState = CharterStatus['state'];

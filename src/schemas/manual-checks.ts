import { z } from 'astro/zod';
import { LanguageTagSchema } from './language-tag.ts';
import { PartialDateSchema } from './partial-date.ts';

/**
 * The formats a person checks a success criterion in. Each is checked on its own: a page
 * that passes 1.3.1 says nothing of the PDFs' tags (W3C WCAG-EM: evaluate each kind of
 * content). "easy-read" is the easy read pages and PDFs, tested with readers as well.
 */
export const MANUAL_FORMATS = ['web', 'pdf', 'easy-read', 'card', 'braille'] as const;
export type ManualFormat = (typeof MANUAL_FORMATS)[number];

/** A day, as YYYY-MM-DD: a check is made on a day, so a month alone is not enough. */
const CheckDateSchema = PartialDateSchema.refine((date) => /^\d{4}-\d{2}-\d{2}$/.test(date), {
  error: 'Give the day the check was made, as YYYY-MM-DD, for example "2027-01-15".',
});

const about = {
  /** The WCAG 2.2 success criterion, A or AA (4.1.1 is not one: WCAG 2.2 removed it). @example "1.4.10" */
  criterion: z.string().regex(/^\d\.\d{1,2}\.\d{1,2}$/, { error: 'Give the success criterion number, for example "1.4.10".' }),
  /** The format checked: web pages, PDFs, easy read, cards or Braille. */
  format: z.enum(MANUAL_FORMATS),
};

const made = {
  /** Who made the check: a name and, for an outside auditor, their organisation. @example "Sam Patel, Access Audits Ltd" */
  who: z.string({ error: 'Say who made the check.' }).min(1),
  /** The day the check was made (ISO 8601). @example "2027-01-15" */
  when: CheckDateSchema,
  /** How it was checked: assistive technology and browser, with versions. @example "NVDA 2024.4 with Firefox 133" */
  method: z.string().min(1).optional(),
  /** What the checker saw, in a sentence or two. */
  notes: z.string().min(1).optional(),
};

/** One success criterion checked by a person in one format, or still to be checked. */
export const ManualCheckSchema = z.discriminatedUnion('result', [
  z.strictObject({
    ...about,
    /** The criterion is met in this format. */
    result: z.literal('pass'),
    ...made,
  }),
  z.strictObject({
    ...about,
    /** The criterion is not met: the accessibility statement lists it as non-compliance. */
    result: z.literal('fail'),
    ...made,
    /** What fails, in words a user can act on: the statement quotes it. */
    notes: z.string({ error: 'Say what fails: the accessibility statement lists it.' }).min(1),
  }),
  z.strictObject({
    ...about,
    /** The criterion does not apply to this format (nothing on it that the criterion is about). */
    result: z.literal('not-applicable'),
    ...made,
    /** Why it does not apply. Required: "not applicable" without a reason is not evidence. @example "The website has no audio or video." */
    reason: z.string({ error: 'Say why the criterion does not apply, for example "The website has no audio or video."' }).min(1),
  }),
  z.strictObject({
    ...about,
    /** Nobody has checked it yet. */
    result: z.literal('not-checked'),
    /** What the check will need, if anything is known. */
    notes: z.string().min(1).optional(),
  }),
]);

/**
 * `content/manual-checks.json`: what people have checked, criterion by criterion and format by
 * format, for the auditor's report and the accessibility statement. Automated tools find only
 * some problems (W3C WCAG-EM); every criterion needs a person too. Entries that have not been
 * done say `not-checked`: a record never claims a check nobody made.
 */
export const ManualChecksSchema = z.strictObject({
  /** The language `who`, `method`, `notes` and `reason` are written in. @example "en-GB" */
  language: LanguageTagSchema.prefault('en-GB'),
  /** Every check, one entry for each criterion and format. */
  checks: z.array(ManualCheckSchema).superRefine((checks, ctx) => {
    const seen = new Set<string>();
    checks.forEach((check, index) => {
      const key = `${check.criterion} ${check.format}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'criterion'],
          message: `${check.criterion} is already recorded for ${check.format}.`,
          params: { fix: 'Keep one entry for each criterion and format: update the first one and delete this one.' },
        });
      seen.add(key);
    });
  }),
});

export type ManualCheck = z.output<typeof ManualCheckSchema>;
export type ManualChecks = z.output<typeof ManualChecksSchema>;
export type ManualResult = ManualCheck['result'];

import { z } from 'astro/zod';

/** A calendar day, YYYY-MM-DD (ISO 8601), a real one: `2026-02-30` is refused. */
const IsoDaySchema = z.iso.date({ error: 'Write the day as YYYY-MM-DD, for example "2026-11-30".' });

/**
 * One finding of `npm run check` that people have reviewed and accepted: a false positive,
 * or a failure that cannot be fixed yet (WCAG-EM step 5, "report the evaluation findings",
 * records such judgements with who made them and why). It is matched by rule and target, and
 * by element when one is given; it stops that finding failing the run, and the report lists it
 * as accepted with its reason. An entry that matches nothing is reported as stale.
 */
export const BaselineEntrySchema = z
  .strictObject({
    /** The rule as the report names it, e.g. "color-contrast", "pdf-text-size" or "card-contrast". */
    rule: z.string().trim().min(1, { error: 'Give the rule as the report names it, e.g. "color-contrast".' }),
    /** The page or file as the report names it, from the site's root, e.g. "/charters/x/" or "/charters/x/x-large-print.pdf". */
    target: z.string().startsWith('/', { error: 'Give the page or file as the report names it, starting with "/".' }),
    /**
     * The element as the report gives it (a CSS selector, a PDF structure path): only that
     * finding is accepted. Leave it out to accept the rule anywhere on the target.
     */
    element: z.string().min(1).optional(),
    /**
     * Why it is accepted: why the tool is wrong, or why it cannot be fixed yet and what people
     * who need it are offered meanwhile. The report shows it beside the finding.
     */
    reason: z.string().trim().min(20, { error: 'Give a reason an auditor can judge: at least a full sentence.' }),
    /** Who reviewed the finding and accepted it: a name and role. */
    reviewer: z.string().trim().min(1, { error: 'Name the person who reviewed it.' }),
    /** The day it was reviewed and accepted. */
    date: IsoDaySchema,
    /**
     * The day the acceptance ends (a fix promised by then, or a review due): after it the
     * finding fails again and the entry is reported as expired. Leave out only for a false
     * positive that will never need fixing.
     */
    expires: IsoDaySchema.optional(),
  })
  .refine((entry) => !entry.expires || entry.expires > entry.date, {
    error: 'The expiry day must come after the review day.',
    path: ['expires'],
  });

/** content/accessibility-baseline.json: the findings accepted after review. */
export const AccessibilityBaselineSchema = z.strictObject({
  /** The accepted findings; empty when every finding must fail the run. */
  accepted: z.array(BaselineEntrySchema),
});

export type AccessibilityBaseline = z.output<typeof AccessibilityBaselineSchema>;
export type BaselineEntry = z.output<typeof BaselineEntrySchema>;

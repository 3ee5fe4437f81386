import { z } from 'astro/zod';
import { PartialDateSchema } from './partial-date.ts';

/**
 * The verdict of the last recorded accessibility check run (`npm run check -- --record`),
 * shown in the accessibility statement ("This website was last tested on …"; SI 2018/952
 * model statement) with any known issues it found.
 */
export const CheckRecordSchema = z.strictObject({
  /** The day the checks ran. */
  date: PartialDateSchema,
  /** Whether every automated check passed. */
  passed: z.boolean(),
  /**
   * What the run checked and found, as counts: the statement composes its result sentence
   * from these in the page's own language (Welsh Language Standards: no English left on a
   * Welsh page), rather than quoting the console's English verdict.
   */
  counts: z.strictObject({
    /** Web pages checked. */
    pages: z.int().nonnegative(),
    /** PDFs checked (editions and print cards). */
    pdfs: z.int().nonnegative(),
    /** Card files checked (PNGs and print PDFs). */
    cardFiles: z.int().nonnegative(),
    /** Findings that fail the run. */
    failures: z.int().nonnegative(),
  }),
  /** Failures found, most important first; empty when the run passed. */
  knownIssues: z.array(
    z.strictObject({
      /** What fails. */
      description: z.string().min(1),
      /** WCAG success criteria it fails. */
      wcag: z.array(z.string()),
      /** The page or file. */
      where: z.string().min(1),
    }),
  ),
});

export type CheckRecord = z.output<typeof CheckRecordSchema>;

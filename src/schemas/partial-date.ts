import { z } from 'astro/zod';

/**
 * A calendar date as precise as the source gives it: `2004` (year), `2010-12` (month) or
 * `2004-08-23` (day). Charters often state only "December 2010", and inventing a day would
 * misstate the record.
 */
export const PartialDateSchema = z.preprocess(
  // YAML parsers turn an unquoted 2004-08-23 into a Date at midnight UTC, and 2026 into a
  // number; keep both as the text the author wrote.
  (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return value;
  },
  z
    .string({ error: 'Write the date as text: "2010-12-01", "2010-12" or "2010".' })
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
      error: 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY, for example "2010-12".',
    }),
);

export type PartialDate = z.output<typeof PartialDateSchema>;

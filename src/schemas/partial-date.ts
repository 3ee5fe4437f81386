import { z } from 'astro/zod';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month of the Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A calendar date as precise as the source gives it: `2004` (year), `2010-12` (month) or
 * `2004-08-23` (day). Charters often state only "December 2010", and inventing a day would
 * misstate the record. An impossible day (`2024-02-31`) is an error, never rolled over to
 * another date: a charter's dates are part of what the organisation promised.
 */
export const PartialDateSchema = z.preprocess(
  // Frontmatter is read as YAML 1.2 (no timestamps), so dates arrive as text; a number is an
  // unquoted year. A Date can only come from code: keep its day as written.
  (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return value;
  },
  z
    .string({ error: 'Write the date as text: "2010-12-01", "2010-12" or "2010".' })
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
      error: 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY, for example "2010-12".',
    })
    .superRefine((text, ctx) => {
      const [year, month, day] = text.split('-').map(Number);
      if (year === undefined || month === undefined || day === undefined) return;
      const days = daysInMonth(year, month);
      if (day > days) {
        ctx.addIssue({
          code: 'custom',
          message: `${text} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days.`,
          params: { fix: 'Check the date in the source and write it as YYYY-MM-DD; if the source gives only the month, write YYYY-MM.' },
        });
      }
    }),
);

export type PartialDate = z.output<typeof PartialDateSchema>;

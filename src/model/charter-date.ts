import type { CharterDates } from '../schemas/charter-dates.ts';

/**
 * The one date a charter's files carry (PDF and card metadata): its own latest date, the
 * last review, else publication, else adoption, else the committee meeting. Taken from the
 * content, never the clock, so rebuilds are byte-identical.
 */
export function charterDate(dates: Pick<CharterDates, 'lastReviewed' | 'published' | 'adopted'>, fallback?: string): Date {
  const value = dates.lastReviewed ?? dates.published ?? dates.adopted ?? fallback ?? '2000';
  const [year, month = '01', day = '01'] = value.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/**
 * The first day after a partial date's whole period, `YYYY-MM-DD`: `2011-12` → `2012-01-01`,
 * `2011` → `2012-01-01`, `2024-03-05` → `2024-03-06`. A review due "December 2011" is not
 * late until December 2011 is over.
 */
export function dayAfter(value: string): string {
  const [year = 2000, month, day] = value.split('-').map(Number);
  const next =
    month === undefined ? Date.UTC(year + 1, 0, 1) : day === undefined ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, day + 1);
  return new Date(next).toISOString().slice(0, 10);
}

/** Whether the whole period of a partial date is over on `today` (`YYYY-MM-DD`). */
export function hasEnded(value: string, today: string): boolean {
  return today >= dayAfter(value);
}

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

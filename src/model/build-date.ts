/**
 * "Today" for a build: the one date that decides whether a charter is past its next review.
 * Read once per process, so every page and file of one build agrees even across midnight;
 * `scripts/build.ts` passes it on to Astro's process the same way.
 *
 * From `SOURCE_DATE_EPOCH` when set (the reproducible-builds convention: whole seconds since
 * 1970-01-01 UTC, https://reproducible-builds.org/specs/source-date-epoch/), so a build and
 * its tests can be repeated byte for byte on any day; otherwise today's date in UTC.
 */

/** The build date as `YYYY-MM-DD` from an environment, or from `now` when it sets no `SOURCE_DATE_EPOCH`. */
export function buildDateFrom(env: Readonly<Record<string, string | undefined>>, now: () => Date = () => new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return now().toISOString().slice(0, 10);
  // The specification asks tools to refuse a malformed value rather than guess.
  if (!/^\d{1,12}$/.test(epoch)) {
    throw new Error(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not "${epoch}".\nFix: set it to e.g. $(date +%s), or unset it to use today's date.`,
    );
  }
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}

let cached: string | undefined;

/** The build date, `YYYY-MM-DD` (UTC), computed on first use and then the same for the whole process. */
export function buildDate(): string {
  cached ??= buildDateFrom(process.env);
  return cached;
}

/**
 * "Today" for a build (src/model/build-date.ts): SOURCE_DATE_EPOCH when set, so builds and
 * tests repeat on any day; otherwise today in UTC. And when a partial date is over.
 */
import { describe, expect, it } from 'vitest';
import { buildDate, buildDateFrom } from '../../src/model/build-date.ts';
import { dayAfter, hasEnded } from '../../src/model/charter-date.ts';

describe('the build date', () => {
  it('comes from SOURCE_DATE_EPOCH, in UTC', () => {
    expect(buildDateFrom({ SOURCE_DATE_EPOCH: '1768435200' })).toBe('2026-01-15');
    // One second before midnight UTC is still the day before, whatever the machine's time zone.
    expect(buildDateFrom({ SOURCE_DATE_EPOCH: String(Date.UTC(2011, 11, 31, 23, 59, 59) / 1000) })).toBe('2011-12-31');
  });

  it('is today (UTC) when SOURCE_DATE_EPOCH is not set or empty', () => {
    const now = () => new Date('2030-06-01T23:30:00Z');
    expect(buildDateFrom({}, now)).toBe('2030-06-01');
    expect(buildDateFrom({ SOURCE_DATE_EPOCH: '' }, now)).toBe('2030-06-01');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, as the specification asks', () => {
    expect(() => buildDateFrom({ SOURCE_DATE_EPOCH: '2026-01-15' })).toThrow(/SOURCE_DATE_EPOCH must be a whole number of seconds/);
    expect(() => buildDateFrom({ SOURCE_DATE_EPOCH: '-5' })).toThrow(/Fix: /);
  });

  it('is the tests’ fixed date here (vitest.config.ts sets SOURCE_DATE_EPOCH)', () => {
    expect(buildDate()).toBe('2026-01-15');
  });
});

describe('when a partial date is over', () => {
  it.each([
    ['2011-12', '2012-01-01'],
    ['2011', '2012-01-01'],
    ['2024-02-29', '2024-03-01'],
    ['2024-12-31', '2025-01-01'],
  ])('%s is over from %s', (value, after) => {
    expect(dayAfter(value)).toBe(after);
  });

  it('a month is over only once its last day has passed', () => {
    expect(hasEnded('2011-12', '2011-12-31')).toBe(false);
    expect(hasEnded('2011-12', '2012-01-01')).toBe(true);
    expect(hasEnded('2025', '2025-12-31')).toBe(false);
    expect(hasEnded('2024-03-05', '2024-03-05')).toBe(false);
    expect(hasEnded('2024-03-05', '2024-03-06')).toBe(true);
  });
});

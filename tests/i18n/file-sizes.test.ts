import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/i18n/file-sizes.ts';

describe('formatBytes', () => {
  it.each([
    [1, 'en-GB', '1 byte'],
    [900, 'en-GB', '900 bytes'],
    [84 * 1024, 'en-GB', '84 KB'],
    [Math.round(1.2 * 1024 * 1024), 'en-GB', '1.2 MB'],
    [2, 'cy-GB', '2 feit'],
    [900, 'cy-GB', '900 beit'],
    [84 * 1024, 'cy-GB', '84 KB'],
    [Math.round(1.2 * 1024 * 1024), 'cy-GB', '1.2 MB'],
  ] as const)('writes %d bytes in %s as "%s"', (bytes, lang, expected) => {
    expect(formatBytes(bytes, lang)).toBe(expected);
  });
});

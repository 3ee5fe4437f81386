/**
 * contact.website follows the same link rule as links in the text (src/lib/safe-url.ts):
 * `)`-injection strings, spaces and other schemes are refused with the line and the fix.
 */
import { describe, expect, it } from 'vitest';
import { loadCharterFile } from '../../src/model/load-charter.ts';
import { contentErrorOf } from '../helpers/content-error.ts';
import { invalidFixture } from '../helpers/paths.ts';

describe('contact.website', () => {
  it('rejects a website address carrying a PDF injection, at its line, with the fix', () => {
    const name = 'website-with-pdf-injection';
    const text = contentErrorOf(() => loadCharterFile(invalidFixture(name)), name);
    expect(text).toContain(
      `tests/fixtures/charters/invalid/${name}.mdx:24 error: "contact.website": This web address is not allowed: it has a space or line break in it.`,
    );
    expect(text).toContain(
      'Give only the web address, starting with https:// and with no spaces, for example "https://www.norfolk.gov.uk".',
    );
  });
});

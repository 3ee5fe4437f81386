/**
 * Web addresses in the frontmatter (`contact.website`, `source.url`) follow the link rule of
 * src/lib/safe-url.ts, and the error says what to write instead.
 */
import { describe, expect, it } from 'vitest';
import { ContactSchema } from '../../src/schemas/contact.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { WebAddressSchema } from '../../src/schemas/web-address.ts';

const source = (url: string) => ({ title: 'T', description: 'D', url });

describe('WebAddressSchema', () => {
  it.each([
    'https://www.norfolk.gov.uk',
    'https://www.oxfordshire.gov.uk/',
    'http://www.example.org/contact-us',
    'https://example.org/a(b)',
  ])('accepts %s, as contact.website and source.url', (address) => {
    expect(WebAddressSchema.parse(address)).toBe(address);
    expect(ContactSchema.safeParse({ website: address }).success).toBe(true);
    expect(SourceSchema.safeParse(source(address)).success).toBe(true);
  });

  it.each([
    ['https://example.org/) /URI (javascript:app.alert(1)', 'it has a space or line break in it'],
    ['https://example.org/\\', 'it has a backslash'],
    ['https://example.org/ ', 'it has a space'],
    ['javascript:app.alert(1)', 'only https:// and http:// are allowed'],
    ['mailto:team@council.gov.uk', 'only https:// and http:// are allowed'],
    ['www.norfolk.gov.uk', 'not a complete address'],
    ['https://www.norfolk.gov.uk@example.com/', 'name or password'],
  ])('rejects %s (%s) with the fix', (address, problem) => {
    for (const result of [ContactSchema.safeParse({ website: address }), SourceSchema.safeParse(source(address))]) {
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain(problem);
      expect(result.error?.issues[0]?.message).toContain(
        'Give only the web address, starting with https:// and with no spaces, for example "https://www.norfolk.gov.uk".',
      );
    }
  });
});

import { SiteSchema, type Site } from '../../src/schemas/site.ts';

/** Site settings for a test: the required facts filled in, then the test's own settings. */
export function testSite(settings: Record<string, unknown> = {}): Site {
  return SiteSchema.parse({
    name: 'Care and support charters',
    operator: 'The charter publications team',
    language: 'en-GB',
    contactEmail: 'team@example.org',
    responseDays: 5,
    complianceStatus: 'partially',
    statementPrepared: '2026',
    statementReviewed: '2026',
    testedBy: 'Tests',
    ...settings,
  });
}

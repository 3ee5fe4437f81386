/**
 * A charter's standing notice (src/model/standing.ts): one set of words for the page, the
 * PDFs and the home page, in the charter's interface language, with the contact to check an
 * overdue charter as the format request picks it.
 */
import { describe, expect, it } from 'vitest';
import { charterStanding, fullNoticeText, noticeText, standingNotice, type StandingOptions } from '../../src/model/standing.ts';
import { CharterFrontmatterSchema, type CharterFrontmatter } from '../../src/schemas/charter.ts';
import { testSite } from '../helpers/site.ts';

const meta = (fields: Record<string, unknown> = {}): CharterFrontmatter =>
  CharterFrontmatterSchema.parse({
    title: 'Our charter',
    organisation: 'Fixture Council',
    language: 'en-GB',
    summary: 'A charter for the tests of standing notices.',
    audience: 'Tests',
    card: { title: 'Card', promises: ['One', 'Two', 'Three'], contact: 'Call us' },
    source: { title: 'Our charter', description: 'Test.' },
    ...fields,
  });

const site = testSite({ cy: { name: 'Siarteri', operator: 'Tîm y siarteri', testedBy: 'Profion' } });
const options = (today: string, extra: Partial<StandingOptions> = {}): StandingOptions => ({ today, site, ...extra });
const textOf = (doc: { lang: string; meta: CharterFrontmatter }, today: string, extra: Partial<StandingOptions> = {}) => {
  const notice = standingNotice(doc, options(today, extra));
  return notice && fullNoticeText(notice);
};
const en = (fields: Record<string, unknown>) => ({ lang: 'en-GB', meta: meta(fields) });
const cy = (fields: Record<string, unknown>) => ({ lang: 'cy-GB', meta: meta({ language: 'cy-GB', ...fields }) });

const CONTACT = { phones: [{ number: '0300 123 4567' }], emails: [{ address: 'charters@fixture.example' }] };

describe('a charter past its next review', () => {
  it('is overdue once the month of its next review has ended, not before', () => {
    const { dates, status } = meta({ dates: { nextReview: '2011-12' } });
    expect(charterStanding({ dates, status }, '2011-12-31')).toBe('current');
    expect(charterStanding({ dates, status }, '2012-01-01')).toBe('overdue');
    expect(standingNotice(en({ dates: { nextReview: '2011-12' } }), options('2011-12-31'))).toBeUndefined();
  });

  it('says when its review was due, that it may be out of date, and whom to ask', () => {
    expect(textOf(en({ dates: { nextReview: '2011-12' }, contact: CONTACT }), '2026-01-15')).toBe(
      'This charter was due for review in December 2011. It may be out of date. To check it is still current, contact Fixture Council: email charters@fixture.example or phone 0300 123 4567.',
    );
  });

  it('says "in" a year and "on" a day', () => {
    expect(textOf(en({ dates: { nextReview: '2011' } }), '2026-01-15')).toMatch(/^This charter was due for review in 2011\./);
    expect(textOf(en({ dates: { nextReview: '2024-03-05' } }), '2026-01-15')).toMatch(/^This charter was due for review on 5 March 2024\./);
  });

  it('asks the format-request email first, then the phone alone, then the website team', () => {
    expect(
      textOf(en({ dates: { nextReview: '2011' }, formatRequestEmail: 'formats@fixture.example', contact: CONTACT }), '2026-01-15'),
    ).toContain('email formats@fixture.example or phone 0300 123 4567.');
    expect(textOf(en({ dates: { nextReview: '2011' }, contact: { phones: CONTACT.phones } }), '2026-01-15')).toContain(
      'contact Fixture Council: phone 0300 123 4567.',
    );
    expect(textOf(en({ dates: { nextReview: '2011' }, contact: { emails: CONTACT.emails } }), '2026-01-15')).toContain(
      'contact Fixture Council: email charters@fixture.example.',
    );
    expect(textOf(en({ dates: { nextReview: '2011' } }), '2026-01-15')).toContain(
      'To check it is still current, email team@example.org. The charter publications team runs this website and can help.',
    );
  });

  it('keeps the email and phone as parts each format draws as links', () => {
    const notice = standingNotice(en({ dates: { nextReview: '2011' }, contact: CONTACT }), options('2026-01-15'));
    expect(notice?.detail.filter((part) => part.kind !== 'text')).toEqual([
      { kind: 'email', address: 'charters@fixture.example' },
      { kind: 'phone', number: '0300 123 4567' },
    ]);
    expect(notice?.summary.every((part) => part.kind === 'text')).toBe(true);
  });
});

describe('a charter’s status', () => {
  it('is current by default, with no notice', () => {
    expect(meta().status).toEqual({ state: 'current' });
    expect(standingNotice(en({ dates: { nextReview: '2030' } }), options('2026-01-15'))).toBeUndefined();
  });

  it('under review: still applies, and is not called overdue', () => {
    const doc = en({ status: 'under-review', dates: { nextReview: '2011' } });
    const notice = standingNotice(doc, options('2026-01-15'));
    expect(notice?.standing).toBe('under-review');
    expect(fullNoticeText(notice!)).toBe('This charter is being reviewed. It still applies during the review.');
  });

  it('superseded: names and links its replacement, and on paper writes its address', () => {
    const doc = en({ status: { state: 'superseded', replacedBy: 'new-charter' }, dates: { nextReview: '2011' } });
    const replacement = { title: 'New charter', lang: 'en-GB', href: 'https://charters.example.org/charters/new-charter/' };
    const notice = standingNotice(doc, options('2026-01-15', { replacement }));
    expect(notice?.standing).toBe('superseded');
    expect(notice?.summary).toContainEqual({ kind: 'charter', ...replacement });
    expect(noticeText(notice!.summary)).toBe('This charter has been replaced by New charter. It no longer applies.');
    expect(fullNoticeText(notice!, { printed: true })).toBe(
      'This charter has been replaced by New charter (https://charters.example.org/charters/new-charter/). It no longer applies. It is still available for reference.',
    );
  });

  it('withdrawn: says so, with its date when given', () => {
    expect(textOf(en({ status: 'withdrawn' }), '2026-01-15')).toBe(
      'This charter has been withdrawn. It no longer applies. It is still available for reference.',
    );
    expect(textOf(en({ status: { state: 'withdrawn', date: '2025-09' } }), '2026-01-15')).toMatch(
      /^This charter was withdrawn in September 2025\./,
    );
    expect(textOf(en({ status: { state: 'withdrawn', date: '2025-09-30' } }), '2026-01-15')).toMatch(
      /^This charter was withdrawn on 30 September 2025\./,
    );
  });
});

describe('a Welsh charter’s notice', () => {
  it('is in Welsh, with the date as Welsh writes it', () => {
    const notice = standingNotice(cy({ dates: { nextReview: '2011-12' }, contact: CONTACT }), options('2026-01-15'));
    expect(notice?.lang).toBe('cy-GB');
    expect(fullNoticeText(notice!)).toBe(
      'Roedd y siarter hon i fod i gael ei hadolygu ym mis Rhagfyr 2011. Efallai ei bod wedi dyddio. I wirio a yw’n dal yn gyfredol, mae Fixture Council yn gallu helpu: anfonwch e-bost at charters@fixture.example neu ffoniwch 0300 123 4567.',
    );
  });

  it('names the website team in Welsh when the charter gives no contact', () => {
    expect(textOf(cy({ dates: { nextReview: '2011' } }), '2026-01-15')).toBe(
      'Roedd y siarter hon i fod i gael ei hadolygu yn 2011. Efallai ei bod wedi dyddio. I wirio a yw’n dal yn gyfredol, anfonwch e-bost at team@example.org. Mae Tîm y siarteri yn rhedeg y wefan hon ac yn gallu helpu.',
    );
  });

  it('says superseded, withdrawn and under review in Welsh', () => {
    const replacement = { title: 'Siarter newydd', lang: 'cy-GB', href: '/charters/siarter-newydd/' };
    expect(textOf(cy({ status: { state: 'superseded', replacedBy: 'siarter-newydd' } }), '2026-01-15', { replacement })).toBe(
      'Mae Siarter newydd wedi cymryd lle’r siarter hon. Nid yw’r siarter hon mewn grym mwyach. Mae’n dal ar gael er gwybodaeth.',
    );
    expect(textOf(cy({ status: { state: 'withdrawn', date: '2025-09' } }), '2026-01-15')).toBe(
      'Cafodd y siarter hon ei thynnu’n ôl ym mis Medi 2025. Nid yw mewn grym mwyach. Mae’n dal ar gael er gwybodaeth.',
    );
    expect(textOf(cy({ status: 'under-review' }), '2026-01-15')).toBe(
      'Mae’r siarter hon yn cael ei hadolygu. Mae’n dal mewn grym yn ystod yr adolygiad.',
    );
  });
});

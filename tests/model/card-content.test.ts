/**
 * The card's back never needs a contact line the charter does not give: with `card.contact`
 * it is the charter's line and channels as before (same keys, same order, so the same bytes);
 * without it, the charter's own phone, text relay and email; with none of those, the site's
 * contact (content/site.yaml), labelled as the publisher's, in the card's language.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardContent, cardText, usesSiteContact } from '../../src/model/card-content.ts';
import { loadCharterFile } from '../../src/model/load-charter.ts';
import type { CharterDocument } from '../../src/model/types.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { testSite } from '../helpers/site.ts';

const english = loadCharterFile(path.join(FIXTURES, 'card-contact/no-contact-details/charter.mdx'));
const welsh = loadCharterFile(path.join(FIXTURES, 'card-contact/dim-manylion-cyswllt/charter.mdx'));
const withLine = loadCharterFile(path.join(FIXTURES, 'welsh-print/siarter/charter.mdx'));
const site = testSite({ operator: 'Example County Council', contactEmail: 'help@example.org' });
const welshSite = testSite({
  operator: 'Example County Council',
  contactEmail: 'help@example.org',
  languages: ['en-GB', 'cy-GB'],
  cy: { name: 'Siarteri', operator: 'Cyngor Sir Enghreifftiol', testedBy: 'Profion' },
});
const withMeta = (doc: CharterDocument, meta: Partial<CharterDocument['meta']>): CharterDocument => ({
  ...doc,
  meta: { ...doc.meta, ...meta },
});

describe('the back of a card whose charter gives no contact details', () => {
  it('says so and names the site’s operator, with the site’s email as its channel', () => {
    expect(usesSiteContact(english)).toBe(true);
    expect(cardContent(english, site).back).toEqual({
      heading: 'Need help?',
      contact: 'This charter gives no contact details. Example County Council can help.',
      channels: ['Email: help@example.org'],
      formats: 'They can send it in large print, easy read or another format.',
    });
  });

  it('is in Welsh on a Welsh card, naming the operator as the site names itself in Welsh', () => {
    expect(cardContent(welsh, welshSite).back).toEqual({
      heading: 'Angen help?',
      contact: "Nid yw'r siarter hon yn rhoi manylion cyswllt. Mae Cyngor Sir Enghreifftiol yn gallu helpu.",
      channels: ['E-bost: help@example.org'],
      formats: 'Gallant ei hanfon mewn print bras, hawdd ei ddeall neu fformat arall.',
    });
    // A site with no Welsh name for itself: its one name.
    expect(cardContent(welsh, site).back.contact).toContain('Mae Example County Council yn gallu helpu.');
  });

  it('does not claim there are no contact details when the charter gives only a postal address', () => {
    const postOnly = withMeta(english, { contact: { post: [{ lines: ['1 High Street', 'Townsville AB1 2CD'] }] } });
    expect(cardContent(postOnly, site).back.contact).toBe('This charter gives no phone number or email. Example County Council can help.');
  });

  it('sends format requests to the charter’s formatRequestEmail when it gives one', () => {
    const formats = withMeta(english, { formatRequestEmail: 'formats@fixture.example' });
    expect(cardContent(formats, site).back.formats).toBe('Large print, easy read and other formats: email formats@fixture.example');
  });
});

describe('the back of a card with contact details but no card.contact', () => {
  const own = withMeta(english, { contact: { phones: [{ number: '0300 123 4567' }], emails: [{ address: 'us@fixture.example' }] } });

  it('gives the charter’s own phone and email, with no contact line and nothing from the site', () => {
    expect(usesSiteContact(own)).toBe(false);
    const content = cardContent(own, site);
    expect(content.back).toEqual({
      heading: 'How to contact us',
      channels: ['Phone: 0300 123 4567', 'Email: us@fixture.example'],
      formats: 'Large print, easy read and other formats: please ask us.',
    });
    expect(cardText(content).back).toBe(
      'Back of card: How to contact us. Phone: 0300 123 4567. Email: us@fixture.example. Large print, easy read and other formats: please ask us.',
    );
  });

  it('counts text relay alone as a way to get in touch', () => {
    expect(usesSiteContact(withMeta(english, { contact: { textRelay: '18001 0300 123 4567' } }))).toBe(false);
  });
});

describe('the back of a card with card.contact', () => {
  it('keeps the charter’s line and channels, keys in the order the print PDFs’ ids hash', () => {
    const content = cardContent(withLine, site);
    expect(Object.keys(content.back)).toEqual(['heading', 'contact', 'channels', 'formats']);
    expect(content.back.contact).toBe('Ffoniwch 0300 123 4567');
    expect(JSON.stringify(content)).not.toContain('help@example.org');
  });

  it('keeps a contact line that gives no number even when the charter has no contact details', () => {
    const askStaff = withMeta(english, { card: { ...english.meta.card, contact: 'Ask any member of staff' } });
    expect(usesSiteContact(askStaff)).toBe(false);
    expect(cardContent(askStaff, site).back).toEqual({
      heading: 'How to contact us',
      contact: 'Ask any member of staff',
      channels: [],
      formats: 'Large print, easy read and other formats: please ask us.',
    });
  });
});

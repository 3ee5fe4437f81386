/**
 * A charter card never needs a contact line the charter does not give. A build of
 * tests/fixtures/charters/card-contact on the bilingual fixture site (SITE_FILE): a translated
 * pair (en-GB and cy-GB) that gives no contact details at all, whose cards give the site's
 * contact labelled as the publisher's, and a charter with a phone and an email but no
 * card.contact, whose card gives its own. Each is read back from every place the card's words
 * go: the PNGs' alt text and pixels, the print, large-print and sheet PDFs' Figure /Alt and
 * metadata (poppler), the bilingual card and the page's "Text of the card".
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCardPng } from '../../src/checks/output/card-files.ts';
import { configuredSiteUrl } from '../../src/lib/site-url.ts';
import { cardContent, cardPageUrl, cardText } from '../../src/model/card-content.ts';
import { loadCharterFile } from '../../src/model/load-charter.ts';
import { loadSite } from '../../src/model/load-site.ts';
import { cardAsDrawn, LARGE_PRINT_CARD, renderCardPng, WALLET_CARD } from '../../src/renderers/card/index.ts';
import { buildSite } from '../helpers/build.ts';
import { figureAlts } from '../helpers/card.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { poppler } from '../helpers/pdf.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const CONTENT = path.join(FIXTURES, 'card-contact');
const SITE_FILE = path.join(ROOT, 'tests/fixtures/sites/bilingual.yaml');
const work = mkdtempSync(path.join(tmpdir(), 'charters-card-contact-'));
const out = path.join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture site's settings, read as the build reads them. */
function fixtureSite() {
  const before = process.env['SITE_FILE'];
  process.env['SITE_FILE'] = SITE_FILE;
  try {
    return loadSite();
  } finally {
    if (before === undefined) delete process.env['SITE_FILE'];
    else process.env['SITE_FILE'] = before;
  }
}
const site = fixtureSite();

beforeAll(() => {
  const run = buildSite(CONTENT, out, { env: { SITE_FILE } });
  expect(run.status, run.stderr).toBe(0);
}, 600_000);

const fileOf = (id: string, name: string) => path.join(out, 'charters', id, `${id}-${name}`);
const pageOf = (id: string) => parseHtml(readFileSync(path.join(out, 'charters', id, 'index.html'), 'utf8'));

const CASES = [
  {
    id: 'no-contact-details',
    back: 'Back of card: Need help? This charter gives no contact details. Fixture County Council can help. Email: accessible-formats@fixture.example. They can send it in large print, easy read or another format.',
    lines: ['This charter gives no contact details. Fixture County Council can help.', 'Email: accessible-formats@fixture.example'],
  },
  {
    id: 'dim-manylion-cyswllt',
    back: "Cefn y cerdyn: Angen help? Nid yw'r siarter hon yn rhoi manylion cyswllt. Mae Cyngor Sir Fixture yn gallu helpu. E-bost: accessible-formats@fixture.example. Gallant ei hanfon mewn print bras, hawdd ei ddeall neu fformat arall.",
    lines: [
      "Nid yw'r siarter hon yn rhoi manylion cyswllt. Mae Cyngor Sir Fixture yn gallu helpu.",
      'E-bost: accessible-formats@fixture.example',
    ],
  },
  {
    id: 'contact-without-card-line',
    back: 'Back of card: How to contact us. Phone: 0300 123 4567. Email: customers@fixture.example. Large print, easy read and other formats: please ask us.',
    lines: ['Phone: 0300 123 4567', 'Email: customers@fixture.example'],
  },
] as const;

describe.each(CASES)('the card of $id', ({ id, back: contact, lines }) => {
  const content = cardContent(loadCharterFile(path.join(CONTENT, id, 'charter.mdx')), site, cardPageUrl(id, configuredSiteUrl()));
  const text = cardText(content);
  // The single-language cards end with the charter page's address (the bilingual card has none).
  const back = `${contact} ${content.back.address?.line}.`;

  it('says on its back who to contact, from the charter or labelled as the site’s, then where the charter is', () => {
    expect(text.back).toBe(back);
  });

  it('has PNGs whose alt text is the card text as drawn, from the same words and readable (7:1)', async () => {
    // A wallet back with no room for the web address (the long Welsh fallback) goes without it, and so does its alt text.
    const wallet = cardText(await cardAsDrawn(content, WALLET_CARD));
    expect(wallet.front).toBe(text.front);
    expect(wallet.back).toBe(id === 'dim-manylion-cyswllt' ? contact : back);
    const images = pageOf(id).querySelectorAll('.cc-card img');
    expect(images.map((image) => image.getAttribute('alt'))).toEqual([wallet.front, wallet.back]);
    const png = new Uint8Array(readFileSync(fileOf(id, 'card-back.png')));
    expect(Buffer.from(png).equals(Buffer.from((await renderCardPng(content, 'back')).png))).toBe(true);
    expect(checkCardPng('back.png', png, { pixels: { width: 1004, height: 650 } })).toEqual([]);
  });

  it('tags the print, large print and sheet PDFs’ sides with the same text (poppler and pdf.js)', async () => {
    for (const [name, profile] of [
      ['card-print.pdf', WALLET_CARD],
      ['card-large-print.pdf', LARGE_PRINT_CARD],
      ['card-sheet.pdf', WALLET_CARD],
    ] as const) {
      const drawn = cardText(await cardAsDrawn(content, profile));
      expect(await figureAlts(readFileSync(fileOf(id, name))), name).toEqual([drawn.front, drawn.back]);
      expect(poppler('pdfinfo', [fileOf(id, name)]).replace(/\s+/g, ' ')).toContain(`Subject: ${drawn.front} ${drawn.back}`);
    }
    // The A6 card always has room for the address.
    expect(cardText(await cardAsDrawn(content, LARGE_PRINT_CARD)).back).toBe(back);
  });

  it('shows the same lines in the page’s “Text of the card”', () => {
    const paragraphs = pageOf(id)
      .querySelectorAll('.cc-card__text p')
      .map((paragraph) => visibleText(paragraph));
    for (const line of lines) expect(paragraphs).toContain(line);
    expect(paragraphs).toContain(content.back.formats);
  });
});

describe('a charter with a phone and an email but no card.contact', () => {
  it('has no contact line of its own and never says it gives no contact details', () => {
    const content = cardContent(loadCharterFile(path.join(CONTENT, 'contact-without-card-line/charter.mdx')), site);
    expect(content.back).toEqual({
      heading: 'How to contact us',
      channels: ['Phone: 0300 123 4567', 'Email: customers@fixture.example'],
      formats: 'Large print, easy read and other formats: please ask us.',
    });
  });
});

describe('the bilingual card of a pair that gives no contact details', () => {
  it('gives each language its labelled line and the site’s email once, in both languages’ /Alt', async () => {
    const alts = await figureAlts(readFileSync(fileOf('no-contact-details', 'card-bilingual.pdf')));
    expect(alts.join(' ')).toContain(CASES[0].back);
    expect(alts.join(' ')).toContain(CASES[1].back);
  });
});

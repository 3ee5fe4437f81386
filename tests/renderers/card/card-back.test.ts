/**
 * The back of a card gives the charter's web address, short enough to type, and a QR code to
 * it where there is room (always on the A6 card): decoded from what resvg and poppler draw,
 * an artifact in the print PDF, never in the alt text. The A6 card uses its page: 24 pt text
 * where the words fit, stepping down only as far as they need.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import { cardAddress, cardContent, cardPageUrl, cardText, type CardContent } from '../../../src/model/card-content.ts';
import { chartersDir, loadAllCharters } from '../../../src/model/load-charter.ts';
import { loadSite } from '../../../src/model/load-site.ts';
import { charterPageUrl } from '../../../src/outputs/urls.ts';
import { LARGE_PRINT_CARD, renderCardPrintPdf, renderCardSvg, WALLET_CARD, type CardProfile } from '../../../src/renderers/card/index.ts';
import { addressLines, addressPieces } from '../../../src/renderers/card/address-lines.ts';
import { decodeQr, markedContent, rasterPixels } from '../../helpers/pdf-drawing.ts';
import { toFile } from '../../helpers/pdf.ts';
import { figureAlts, mmToPt, printFacts, SITE_URL } from '../../helpers/card.ts';

const site = loadSite();
const docs = loadAllCharters(chartersDir());
const facts = printFacts('f');

/** A side's SVG rasterised by resvg (as the PNGs are) and searched for a QR code. */
function qrInSvg(svg: string, widthPt: number): string | undefined {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round((widthPt / 72) * 300) },
    font: { loadSystemFonts: false },
  }).render();
  return decodeQr(image.pixels, image.width, image.height, 4);
}

describe.each(docs.map((doc) => [doc.id, doc] as const))('the back of the cards of %s', (id, doc) => {
  const pageUrl = charterPageUrl(doc, SITE_URL);
  const content = cardContent(doc, site, pageUrl);

  it('prints the charter page’s address without https:// or a trailing slash', () => {
    expect(cardPageUrl(doc.id, SITE_URL)).toBe(pageUrl);
    expect(content.back.address).toEqual({
      line: t('en-GB', 'card.back.address', { address: `charters.example.org/charters/${id}` }),
      address: `charters.example.org/charters/${id}`,
      url: pageUrl,
    });
    expect(cardText(content).back).toContain(`charters.example.org/charters/${id}`);
    expect(cardText(content).full).not.toMatch(/QR/i);
  });

  it('has a QR code on the A6 card that decodes to the page, as resvg and poppler draw it', async () => {
    const laid = await renderCardSvg(content, 'back', LARGE_PRINT_CARD, { bleed: true });
    expect(laid.qr).toBeDefined();
    expect(laid.svg).not.toContain('<image');
    expect(qrInSvg(laid.svg, laid.width)).toBe(pageUrl);
    const bytes = await renderCardPrintPdf(content, LARGE_PRINT_CARD, facts);
    const { pixels, width, height } = rasterPixels(toFile(bytes), 2, 300);
    expect(decodeQr(pixels, width, height, 3)).toBe(pageUrl);
  });

  it('draws the QR code as an artifact, and the back’s Figure says the address, not "QR code"', async () => {
    const laid = await renderCardSvg(content, 'back', LARGE_PRINT_CARD, { bleed: true });
    const [x, y] = /^M([\d.]+) ([\d.]+)/.exec(laid.qr!.d)!.slice(1);
    const bytes = await renderCardPrintPdf(content, LARGE_PRINT_CARD, facts);
    const owners = (await markedContent(bytes, 1))
      .filter((segment) => segment.body.includes(`\n${x} ${y} m\n`))
      .map((segment) => segment.tag);
    expect(owners).toEqual(['Artifact']);
    const [, back] = await figureAlts(bytes);
    expect(back).toBe(cardText(content).back);
    expect(back).toContain(content.back.address!.address);
  });

  it('sets the A6 card at the largest size from 24 pt at which its words and the code fit', async () => {
    for (const side of ['front', 'back'] as const) {
      const laid = await renderCardSvg(content, side, LARGE_PRINT_CARD, { bleed: false });
      expect(laid.fontSize).toBeGreaterThanOrEqual(LARGE_PRINT_CARD.fontSize.min);
      if (laid.fontSize === LARGE_PRINT_CARD.fontSize.target) continue;
      // One point larger, the side does not fit with its code.
      const larger: CardProfile = { ...LARGE_PRINT_CARD, fontSize: { target: laid.fontSize + 1, min: laid.fontSize + 1 } };
      const tried = await renderCardSvg(content, side, larger, { bleed: false }).catch(() => undefined);
      expect(tried?.qr, side).toBeUndefined();
    }
  });
});

describe('the A6 large print card', () => {
  it('is set at 24 pt on both sides when the words fit (ruils-customer-care)', async () => {
    const doc = docs.find((charter) => charter.id === 'ruils-customer-care')!;
    const content = cardContent(doc, site, cardPageUrl(doc.id, SITE_URL));
    for (const side of ['front', 'back'] as const)
      expect((await renderCardSvg(content, side, LARGE_PRINT_CARD, { bleed: false })).fontSize).toBe(24);
  });
});

describe('the wallet card', () => {
  const doc = docs[0]!;
  const content = cardContent(doc, site, cardPageUrl(doc.id, SITE_URL));

  it('breaks the address only after a "/", or before a hyphen inside a piece too long for the line', () => {
    const address = 'charters.example.org/charters/dundee-social-work-customer-care';
    const line = (profile: CardProfile) => profile.trim.width - 2 * profile.safe;
    expect(addressPieces(address, 14, line(WALLET_CARD))).toEqual([
      'charters.example.org/',
      'charters/',
      'dundee-social-work-customer-care',
    ]);
    const large = addressPieces(address, 24, line(LARGE_PRINT_CARD));
    expect(large.join('')).toBe(address);
    expect(large.slice(0, 2)).toEqual(['charters.example.org/', 'charters/']);
    for (const piece of large.slice(3)) expect(piece).toMatch(/^-/);
    expect(addressPieces('x@example.org', 14, line(WALLET_CARD))).toEqual(['x@', 'example.org']);
    const setting = { size: 14, lineWidth: line(WALLET_CARD), bold: false };
    expect(addressLines(`Full charter: ${address}`, address, setting)).toEqual([
      'Full charter: charters.example.org/',
      'charters/',
      'dundee-social-work-customer-care',
    ]);
    // Around an email: the phone number stays whole (no-break spaces) and the full stop stays on the address.
    const lines = addressLines('Call 0300 123 4567 or email complaints@oxfordshire.gov.uk.', 'complaints@oxfordshire.gov.uk', {
      ...setting,
      lineWidth: mmToPt(50),
    });
    expect(lines.join('\n')).toContain('0300\u00a0123\u00a04567');
    expect(lines.at(-1)).toMatch(/gov\.uk\.$/);
    expect(
      lines
        .join(' ')
        .replace(/\u00a0/g, ' ')
        .replace('@ ', '@'),
    ).toBe('Call 0300 123 4567 or email complaints@oxfordshire.gov.uk.');
  });

  it('gets a QR code too where its back has room at the size of its words', async () => {
    const address = cardAddress('en-GB', cardPageUrl('help', SITE_URL));
    const short: CardContent = {
      ...content,
      back: { heading: content.back.heading, channels: [], formats: 'Phone 0300 123 4567.', address },
    };
    const laid = await renderCardSvg(short, 'back', WALLET_CARD, { bleed: false });
    expect(laid.fontSize).toBe(WALLET_CARD.fontSize.target);
    expect(laid.qr).toBeDefined();
    expect(qrInSvg(laid.svg, laid.width)).toBe(address.url);
  });
});

describe('the address line of a Welsh card', () => {
  it('is in Welsh', () => {
    const welsh = cardContent({ ...docs[0]!, lang: 'cy-GB' }, site, cardPageUrl('siarter', SITE_URL));
    expect(welsh.back.address?.line).toBe('Y siarter lawn: charters.example.org/charters/siarter');
  });
});

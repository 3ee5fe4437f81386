import { PDFArray, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { contrastRatio } from '../../lib/contrast.ts';
import type { CheckFinding } from './finding.ts';
import { decodePng, dominantColours, pngSize, rgbaSha256 } from './png.ts';

/** What a card file should be, from the build's checks manifest. */
export interface CardExpectations {
  /** PNG: pixel size at 300 ppi. */
  pixels?: { width: number; height: number };
  /** PNG: sha256 of its pixels as RGBA, as the build drew them (src/lib/png-decode.ts). */
  pixelSha256?: string;
  /** Print PDF: trim size and bleed, in mm. */
  trimMm?: [number, number];
  bleedMm?: number;
}

const MM = 72 / 25.4;
const card = (target: string, rule: string, wcag: string[], message: string): CheckFinding => ({
  format: 'card',
  tool: 'card',
  target,
  rule,
  severity: 'error',
  wcag,
  message,
  help: 'https://www.w3.org/WAI/WCAG22/Understanding/contrast-enhanced',
});

/**
 * A card PNG: its size, and the contrast between its two most common colours (background and
 * text) — at least 7:1 (WCAG 1.4.6, the project's bar for cards; formats-standards §7).
 */
export function checkCardPng(target: string, bytes: Uint8Array, expected: CardExpectations = {}): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const size = pngSize(bytes);
  if (expected.pixels && (size.width !== expected.pixels.width || size.height !== expected.pixels.height)) {
    findings.push(
      card(
        target,
        'card-size',
        [],
        `The card is ${size.width} × ${size.height} px; at 300 ppi it should be ${expected.pixels.width} × ${expected.pixels.height} px.`,
      ),
    );
  }
  const png = decodePng(bytes);
  // Another charter's card, or a blank one, can be the right size with good contrast (or none
  // to measure): only its pixels tell. The build recorded them; a re-compressed file of the
  // same picture still matches.
  if (expected.pixelSha256 && rgbaSha256(png) !== expected.pixelSha256)
    findings.push({
      ...card(
        target,
        'card-pixels',
        ['1.1.1'],
        "The card's picture is not the one the build drew for this charter (its pixels differ): it was replaced or edited after the build, so its alt text no longer describes it. Fix: rebuild with npm run build and publish its whole output.",
      ),
      help: 'https://www.w3.org/WAI/WCAG22/Understanding/non-text-content',
    });
  const [background, text] = dominantColours(png);
  if (!text)
    findings.push({
      ...card(target, 'card-blank', ['1.1.1'], 'The card is one flat colour: it has no words on it. Fix: rebuild with npm run build.'),
      help: 'https://www.w3.org/WAI/WCAG22/Understanding/non-text-content',
    });
  if (background && text) {
    const ratio = contrastRatio(text, background);
    if (ratio < 7)
      findings.push(
        card(
          target,
          'card-contrast',
          ['1.4.6', '1.4.3'],
          `Text ${text} on ${background} has a contrast of ${ratio.toFixed(2)}:1; cards need at least 7:1.`,
        ),
      );
  }
  return findings;
}

function box(page: ReturnType<PDFDocument['getPage']>, name: string): number[] | undefined {
  const value = page.node.lookup(PDFName.of(name));
  return value instanceof PDFArray ? value.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN)) : undefined;
}

/** A print card PDF: TrimBox the card, BleedBox the bleed beyond it, MediaBox holding both. */
export async function checkCardPdf(target: string, bytes: Uint8Array, expected: CardExpectations): Promise<CheckFinding[]> {
  const findings: CheckFinding[] = [];
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  for (const [index, page] of doc.getPages().entries()) {
    const trim = box(page, 'TrimBox');
    const bleed = box(page, 'BleedBox');
    const media = page.getMediaBox();
    const where = `page ${index + 1}`;
    if (!trim || !bleed) {
      findings.push(card(target, 'card-boxes', [], `${where} has no ${trim ? 'BleedBox' : 'TrimBox'}: printers need both.`));
      continue;
    }
    const [w, h] = [(trim[2] ?? 0) - (trim[0] ?? 0), (trim[3] ?? 0) - (trim[1] ?? 0)];
    if (expected.trimMm && (Math.abs(w - expected.trimMm[0] * MM) > 0.5 || Math.abs(h - expected.trimMm[1] * MM) > 0.5)) {
      findings.push(
        card(
          target,
          'card-trim',
          [],
          `${where}: TrimBox is ${(w / MM).toFixed(1)} × ${(h / MM).toFixed(1)} mm; expected ${expected.trimMm[0]} × ${expected.trimMm[1]} mm.`,
        ),
      );
    }
    const margins = [0, 1].map((i) => (trim[i] ?? 0) - (bleed[i] ?? 0)).concat([2, 3].map((i) => (bleed[i] ?? 0) - (trim[i] ?? 0)));
    if (expected.bleedMm && margins.some((margin) => Math.abs(margin - expected.bleedMm! * MM) > 0.5)) {
      findings.push(card(target, 'card-bleed', [], `${where}: the bleed is not ${expected.bleedMm} mm on every side.`));
    }
    if ((bleed[0] ?? 0) < media.x - 0.01 || (bleed[2] ?? 0) > media.x + media.width + 0.01)
      findings.push(card(target, 'card-boxes', [], `${where}: the BleedBox is larger than the page.`));
  }
  return findings;
}

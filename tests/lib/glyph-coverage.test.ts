/**
 * Every renderer refuses text its font cannot draw before it writes a byte: satori would
 * draw an empty box and a PDF would lose the character, both silently.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCanDraw, undrawableCharacters, UndrawableTextError } from '../../src/lib/glyph-coverage.ts';
import { cardContent } from '../../src/model/card-content.ts';
import { loadCharterFile } from '../../src/model/load-charter.ts';
import type { CharterDocument } from '../../src/model/types.ts';
import { renderCardSvg, WALLET_CARD } from '../../src/renderers/card/index.ts';
import { LARGE_PRINT, renderPdf } from '../../src/renderers/pdf/index.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { testSite } from '../helpers/site.ts';

const fixture = loadCharterFile(path.join(FIXTURES, 'valid/every-block-type/charter.mdx'));

/** The fixture with one card promise and its first paragraph in a script the font lacks. */
function withText(text: string): CharterDocument {
  const doc = structuredClone(fixture);
  doc.meta.card.promises[0] = text;
  const paragraph = doc.blocks.find((block) => block.type === 'paragraph');
  if (paragraph?.type === 'paragraph') paragraph.content = [{ type: 'text', value: text }];
  return doc;
}

describe('glyph coverage', () => {
  it('knows the Latin letters Welsh needs and not other scripts', () => {
    for (const char of ['a', 'ŵ', 'ŷ', 'Ŵ', 'é', '£', '–', '’', ' ']) expect(fontCanDraw(char), char).toBe(true);
    expect(undrawableCharacters('Croeso 我们 مرحبا 📞')).toEqual(['我', '们', 'م', 'ر', 'ح', 'ب', 'ا', '📞']);
  });

  it('stops the card renderer before satori draws boxes', async () => {
    const content = cardContent(withText('We listen 我们倾听'), testSite());
    await expect(renderCardSvg(content, 'front', WALLET_CARD, { bleed: false })).rejects.toBeInstanceOf(UndrawableTextError);
    await expect(renderCardSvg(content, 'front', WALLET_CARD, { bleed: false })).rejects.toThrow('"我" (U+6211)');
  });

  it('stops the PDF renderer before it writes', async () => {
    await expect(
      renderPdf(withText('Call us 📞'), LARGE_PRINT, { pageUrl: 'https://example.org/', formatRequest: { email: 'team@example.org' } }),
    ).rejects.toThrow('"📞" (U+1F4DE)');
  });
});

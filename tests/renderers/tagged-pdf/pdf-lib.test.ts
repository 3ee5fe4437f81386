/**
 * The renderers' pdf-lib (src/renderers/tagged-pdf/pdf-lib.ts): streams compressed by Node's
 * zlib at level 4 (fast, for what each document compresses afresh), and the easy-read
 * pictures, compressed once a build and copied into every PDF, at zlib's default level 6.
 * Proven on saved bytes: each stream inflated and deflated again at the level must give the
 * same bytes.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFRawStream, withDeflateLevel } from '../../../src/renderers/tagged-pdf/pdf-lib.ts';
import { pictureEmbedder } from '../../../src/renderers/pdf/pictures.ts';

/** Every Flate stream of a saved PDF, with its /Subtype (Image for pictures and masks). */
async function flateStreams(bytes: Uint8Array): Promise<{ subtype: string | undefined; contents: Uint8Array }[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFRawStream => object instanceof PDFRawStream)
    .filter((stream) => stream.dict.get(PDFName.of('Filter'))?.toString() === '/FlateDecode')
    .map((stream) => ({ subtype: stream.dict.get(PDFName.of('Subtype'))?.toString(), contents: stream.contents }));
}

const atLevel = (contents: Uint8Array, level: number) => new Uint8Array(deflateSync(inflateSync(contents), { level }));

describe('pdf-lib with native zlib', () => {
  it('compresses a page’s content at level 4', async () => {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const page = pdf.addPage([200, 200]);
    for (let row = 0; row < 50; row += 1) page.drawRectangle({ x: row, y: row * 2, width: 10 + row, height: 3 });
    const streams = await flateStreams(await pdf.save({ useObjectStreams: false }));
    expect(streams.length).toBeGreaterThan(0);
    for (const { contents } of streams) {
      expect(contents).toEqual(atLevel(contents, 4));
      expect(contents).not.toEqual(atLevel(contents, 1));
    }
  });

  it('compresses easy-read pictures at level 6, once, whatever the documents’ level', async () => {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const page = pdf.addPage([400, 400]);
    const image = await pictureEmbedder(pdf)('1F3E0', 60);
    page.drawImage(image, { x: 10, y: 10, width: 60, height: 60 });
    const streams = await flateStreams(await pdf.save({ useObjectStreams: false }));
    const pictures = streams.filter((stream) => stream.subtype === '/Image');
    // The picture and its alpha mask.
    expect(pictures).toHaveLength(2);
    for (const { contents } of pictures) expect(contents).toEqual(atLevel(contents, 6));
    for (const { contents } of streams.filter((stream) => stream.subtype !== '/Image')) expect(contents).toEqual(atLevel(contents, 4));
  });

  it('restores the level after withDeflateLevel, even when the compression throws', async () => {
    expect(() =>
      withDeflateLevel(9, () => {
        throw new Error('failed mid-way');
      }),
    ).toThrow('failed mid-way');
    expect(withDeflateLevel(2, () => 'done')).toBe('done');
    const pdf = await PDFDocument.create({ updateMetadata: false });
    pdf.addPage([100, 100]).drawRectangle({ x: 1, y: 1, width: 50, height: 50 });
    for (const { contents } of await flateStreams(await pdf.save({ useObjectStreams: false })))
      expect(contents).toEqual(atLevel(contents, 4));
  });
});

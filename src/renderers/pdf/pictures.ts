import { readFileSync } from 'node:fs';
import {
  PDFDocument,
  PDFImage,
  PDFName,
  PDFRawStream,
  PngEmbedder,
  withDeflateLevel,
  type PDFContext,
  type PDFRef,
} from '../tagged-pdf/pdf-lib.ts';
import { pictureSvgPath } from '../../model/pictures.ts';
import { rasterizeSvg } from '../card/to-png.ts';

/** Print resolution for raster artwork at its final size (formats-standards §7.2: ≥ 300 dpi). */
const PPI = 300;
/** The least pixels per side: a 96 pt point picture at 300 ppi (smaller pictures keep this detail). */
const MIN_PIXELS = 400;

/** Pixels per side for a picture printed `size` pt wide: 300 ppi, never under 400 px (96 pt → 400 px, the 240 pt cover → 1000 px). */
function pixelsFor(size: number): number {
  return Math.max(MIN_PIXELS, Math.ceil((size / 72) * PPI));
}

/** One picture at one resolution: what the renderer embeds once and draws wherever it is placed at that size. */
export function pictureKey(code: string, size: number): string {
  return `${code}@${pixelsFor(size)}`;
}

/** The OpenMoji SVG rendered to PNG (pdf-lib embeds PNG, not SVG). System fonts off: pictures carry no text. */
function picturePng(code: string, pixels: number): Uint8Array {
  const svg = readFileSync(pictureSvgPath({ name: code, code }), 'utf8');
  return rasterizeSvg(svg, pixels);
}

/**
 * A picture as a PDF image XObject needs it: its colour and alpha channels, already
 * Flate-compressed, with what the image dictionaries say about them.
 */
interface EncodedPicture {
  width: number;
  height: number;
  bitsPerComponent: number;
  rgb: Uint8Array;
  alpha?: Uint8Array;
}

/**
 * Each picture encoded once per process, at each resolution. Decoding the PNG and deflating
 * its channels again for every document was most of an easy-read PDF's time (issue 17: about
 * 0.6 s of each, 53 % of a 100-charter build's CPU); the compressed channels are the same
 * bytes every time, so they are made once and copied into each document as they are.
 */
const encoded = new Map<string, Promise<EncodedPicture>>();

/** pdf-lib's own PNG embedder run once into a scratch document, its compressed streams kept. */
async function encodePicture(code: string, pixels: number): Promise<EncodedPicture> {
  const scratch = await PDFDocument.create({ updateMetadata: false });
  const embedder = await PngEmbedder.for(picturePng(code, pixels));
  // Compressed once and copied into every easy-read PDF: zlib's default level, for the bytes.
  const image = scratch.context.lookup(await withDeflateLevel(6, () => embedder.embedIntoContext(scratch.context)));
  if (!(image instanceof PDFRawStream)) throw new Error(`Picture ${code}: pdf-lib did not write a compressed image stream.`);
  const mask = image.dict.lookup(PDFName.of('SMask'));
  if (mask !== undefined && !(mask instanceof PDFRawStream)) throw new Error(`Picture ${code}: its alpha mask is not a stream.`);
  return {
    width: embedder.width,
    height: embedder.height,
    bitsPerComponent: embedder.bitsPerComponent,
    rgb: image.contents,
    ...(mask ? { alpha: mask.contents } : {}),
  };
}

function encodedPicture(code: string, pixels: number): Promise<EncodedPicture> {
  const key = `${code}@${pixels}`;
  let picture = encoded.get(key);
  if (!picture) {
    picture = encodePicture(code, pixels);
    encoded.set(key, picture);
  }
  return picture;
}

/**
 * Writes an encoded picture into a document with the same objects, in the same order, as
 * pdf-lib's PngEmbedder writes (pdf-lib 1.17, core/embedders/PngEmbedder.js), so the PDF's
 * bytes are what `embedPng` gave: the alpha mask first, then the image referring to it.
 * A PngEmbedder by prototype, because PDFImage accepts only pdf-lib's own embedders.
 */
function cachedEmbedder(picture: EncodedPicture): PngEmbedder {
  const { width, height, bitsPerComponent } = picture;
  return Object.assign(Object.create(PngEmbedder.prototype) as PngEmbedder, {
    width,
    height,
    bitsPerComponent,
    colorSpace: 'DeviceRGB' as const,
    embedIntoContext: async (context: PDFContext, ref?: PDFRef): Promise<PDFRef> => {
      const SMask = picture.alpha
        ? context.register(
            context.stream(picture.alpha, {
              Type: 'XObject',
              Subtype: 'Image',
              Height: height,
              Width: width,
              BitsPerComponent: bitsPerComponent,
              ColorSpace: 'DeviceGray',
              Decode: [0, 1],
              Filter: 'FlateDecode',
            }),
          )
        : undefined;
      const image = context.stream(picture.rgb, {
        Type: 'XObject',
        Subtype: 'Image',
        BitsPerComponent: bitsPerComponent,
        Width: width,
        Height: height,
        ColorSpace: 'DeviceRGB',
        SMask,
        Filter: 'FlateDecode',
      });
      if (!ref) return context.register(image);
      context.assign(ref, image);
      return ref;
    },
  });
}

/**
 * Embeds each picture once per document and resolution, from the process-wide encoded copy.
 * As `PDFDocument.embedPng` does (pdf-lib 1.17, api/PDFDocument.js): reserve the image's
 * reference now, and let the document write the streams when it is saved. `images` is the
 * list pdf-lib flushes on save; it has no public way to add an image made by another embedder.
 */
export function pictureEmbedder(pdf: PDFDocument): (code: string, size: number) => Promise<PDFImage> {
  const embedded = new Map<string, Promise<PDFImage>>();
  return (code, size) => {
    const key = pictureKey(code, size);
    let image = embedded.get(key);
    if (!image) {
      image = encodedPicture(code, pixelsFor(size)).then((picture) => {
        const made = PDFImage.of(pdf.context.nextRef(), pdf, cachedEmbedder(picture));
        (pdf as unknown as { images: PDFImage[] }).images.push(made);
        return made;
      });
      embedded.set(key, image);
    }
    return image;
  };
}

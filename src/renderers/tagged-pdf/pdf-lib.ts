// pdf-lib for every renderer that writes PDFs, with Flate compression done by Node's native
// zlib instead of pako, the JavaScript port pdf-lib 1.17 calls (PDFContext.flateStream and
// PDFFlateStream). Profiling a 20-charter build put a fifth of all render time in pako's
// deflate (issue 17); the streams are the same standard zlib format, decoded by every reader,
// and as deterministic (same input, same level, same bytes on the project's pinned Node).
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

/**
 * zlib level 4, not the default 6, for what each document compresses afresh: on the card
 * PDFs' outlined type (about 130 KB of path operators a side) level 6 took 6.6 ms a stream
 * and level 4 1.9 ms, for 3.6 % more bytes (40.2 → 41.6 KB); measured on this project's
 * seeds, issue 17. What is compressed once per build and copied into many documents (the
 * easy-read pictures) keeps level 6 (withDeflateLevel): there the bytes matter, not the time.
 */
let deflateLevel = 4;

/** Runs `compress` (which must deflate synchronously) with another zlib level, then restores the level. */
export function withDeflateLevel<T>(level: number, compress: () => T): T {
  const before = deflateLevel;
  deflateLevel = level;
  try {
    return compress();
  } finally {
    deflateLevel = before;
  }
}

interface Pako {
  deflate(data: Uint8Array, options?: unknown): Uint8Array;
}

// pdf-lib reads `pako.deflate` from the module object at each call, so replacing it there
// reaches every stream it compresses; pako is resolved from pdf-lib itself so it is its copy.
const fromPdfLib = createRequire(createRequire(import.meta.url).resolve('pdf-lib'));
const pako = fromPdfLib('pako') as Pako;
const jsDeflate = pako.deflate;
pako.deflate = (data, options) => {
  // pdf-lib passes no options; anything else is pako's.
  if (options !== undefined) return jsDeflate(data, options);
  const compressed = deflateSync(data, { level: deflateLevel });
  return new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength);
};

export * from 'pdf-lib';

// pdf-lib for every renderer that writes PDFs, with Flate compression done by Node's native
// zlib instead of pako, the JavaScript port pdf-lib 1.17 calls (PDFContext.flateStream and
// PDFFlateStream). Profiling a 20-charter build put a fifth of all render time in pako's
// deflate (issue 17); the streams are the same standard zlib format, decoded by every reader,
// and as deterministic (same input, same level, same bytes on the project's pinned Node).
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

interface Pako {
  deflate(data: Uint8Array, options?: unknown): Uint8Array;
}

// pdf-lib reads `pako.deflate` from the module object at each call, so replacing it there
// reaches every stream it compresses; pako is resolved from pdf-lib itself so it is its copy.
const fromPdfLib = createRequire(createRequire(import.meta.url).resolve('pdf-lib'));
const pako = fromPdfLib('pako') as Pako;
const jsDeflate = pako.deflate;
pako.deflate = (data, options) => {
  // pdf-lib passes no options (zlib's defaults: level 6, 32 KiB window); anything else is pako's.
  if (options !== undefined) return jsDeflate(data, options);
  const compressed = deflateSync(data);
  return new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength);
};

export * from 'pdf-lib';

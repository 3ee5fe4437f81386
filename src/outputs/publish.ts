import { BoundedMap } from '../lib/bounded-map.ts';
import type { CharterDocument } from '../model/types.ts';
import { OUTPUTS } from './registry.ts';
import type { OutputFileSpec, OutputFormat, PublishContext, RenderedFile } from './types.ts';
import { outputPath } from './urls.ts';

/** A file of one document, ready to render, link and check. */
export interface OutputFile extends OutputFileSpec {
  format: OutputFormat;
  doc: CharterDocument;
  /** Its path on the site, e.g. /charters/x/x-large-print.pdf */
  href: string;
}

// Bounded: a render worker goes through every charter, and a file's rendered bytes stay with it (once).
const files = new BoundedMap<string, OutputFile[]>(32);

/** Runs a render once; the page (for the size) and the route (for the bytes) share it. */
function once(render: () => Promise<RenderedFile>): () => Promise<RenderedFile> {
  let result: Promise<RenderedFile> | undefined;
  return () => (result ??= render());
}

/**
 * Every file the registered formats make from one document, in OUTPUTS order. Worked out
 * once per build and document, so each file is rendered once however often it is asked for.
 */
export function outputFiles(doc: CharterDocument, context: PublishContext): OutputFile[] {
  const key = `${doc.edition}:${doc.id}`;
  let found = files.get(key);
  if (!found) {
    found = OUTPUTS.filter((format) => format.appliesTo(doc)).flatMap((format) =>
      format.files(doc, context).map((spec) => ({ ...spec, render: once(spec.render), format, doc, href: outputPath(doc, spec.fileName) })),
    );
    files.set(key, found);
  }
  return found;
}

/** The files of a charter and of its easy-read edition, if it has one. */
export function editionFiles(docs: readonly (CharterDocument | undefined)[], context: PublishContext): OutputFile[] {
  return docs.flatMap((doc) => (doc ? outputFiles(doc, context) : []));
}

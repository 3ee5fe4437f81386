import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { decodePng, rgbaSha256 } from '../lib/png-decode.ts';
import { ContentError, type ContentProblem } from '../model/content-error.ts';
import type { CharterDocument } from '../model/types.ts';
import { publishContext } from './context.ts';
import { outputFiles } from './publish.ts';
import { factsInEveryLanguage, type RenderedFileEntry } from './rendered-index.ts';

/** One file to render: its path on the site, and where its bytes go. */
export interface FileTask {
  href: string;
  /** The cache file to write; written under a temporary name and renamed, so a killed build leaves no half file. */
  path: string;
}

/**
 * One document's files to render (those not in the cache), sent together so they share the
 * work on it (a card laid out once for its PNG, print PDF, A6 and sheet) and the worker's
 * bounded memos can drop it afterwards.
 */
export interface RenderTask {
  doc: CharterDocument;
  files: FileTask[];
}

/** The file's entry for the index, or the content problems rendering found; `ms`: time spent rendering it. */
export type RenderResult = ({ entry: RenderedFileEntry } | { problems: ContentProblem[] }) & { ms: number };

/**
 * Renders one document's files in a worker thread (render-all.ts runs a pool of them): the registry's own
 * render, its bytes straight to disk, and what pages say about it back to the build. A content
 * problem found only by rendering (ER-5: an easy-read booklet over 24 pages) comes back as
 * problems for the build to print, not as a crash.
 */
export default async function renderDocument(task: RenderTask): Promise<RenderResult[]> {
  const results: RenderResult[] = [];
  for (const file of task.files) results.push(await renderFile(task.doc, file));
  return results;
}

async function renderFile(doc: CharterDocument, task: FileTask): Promise<RenderResult> {
  const file = outputFiles(doc, publishContext()).find((candidate) => candidate.href === task.href);
  if (!file) throw new Error(`No output format makes ${task.href} from ${doc.id}.`);
  const started = performance.now();
  try {
    const { bytes, facts, alt, pixelSha256 } = await file.render();
    const partial = `${task.path}.${process.pid}-${threadId}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, task.path);
    const entry: RenderedFileEntry = {
      path: task.path,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      // From the render's own pixels, else decoded here (in parallel, once per cached file), never when the manifest is sealed.
      ...(file.expect.check === 'card-png' ? { pixelSha256: pixelSha256 ?? rgbaSha256(decodePng(bytes)) } : {}),
      facts: factsInEveryLanguage(facts),
      ...(alt === undefined ? {} : { alt }),
    };
    return { entry, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof ContentError) return { problems: [...error.problems], ms: performance.now() - started };
    throw error;
  }
}

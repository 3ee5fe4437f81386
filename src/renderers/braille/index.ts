/**
 * The braille renderer: renderBrf(doc, options) → a Braille-ready file (BRF), the plain
 * Braille ASCII file braille embossers print and refreshable braille displays read. Pure but
 * for the injected translator (./liblouis.ts in the build): flow (./flow.ts) → translation per
 * language (./translate.ts) → wrapping to 40 cells (./wrap.ts) → 25-line pages with page
 * numbers (./paginate.ts), a title page and, for more than three sections, a contents page.
 */
import { uiLanguageFor } from '../../i18n/index.ts';
import type { CharterDocument } from '../../model/types.ts';
import { contentsBlocks, contentsEntries, contentsHeading } from './contents.ts';
import { bodyFlow, type FlowContext } from './flow.ts';
import { layBlock, numberLine, paginate } from './paginate.ts';
import { runTable } from './tables.ts';
import { titlePageFlow, type FormatRequestContact } from './title-page.ts';
import { translateBlocks } from './translate.ts';
import type { BrailleTranslator, PrintBlock } from './types.ts';

export { liblouisTranslator } from './liblouis.ts';
export { brailleTableFor, BRF_DISPLAY_TABLE } from './tables.ts';
export { CELLS_PER_LINE } from './wrap.ts';
export { LINES_PER_PAGE } from './paginate.ts';
export type { BrailleTranslator } from './types.ts';

export interface BrfOptions {
  /** Print → braille, one liblouis table at a time (./liblouis.ts in the build, a fake in some tests). */
  translate: BrailleTranslator;
  /** How to ask for a transcriber-checked copy or another format: the title page's note. */
  formatRequest: FormatRequestContact;
  /** The charter's standing notice as printed (overdue, superseded …), first in the text; none for a current charter. */
  notice?: string | undefined;
}

export interface BrfResult {
  bytes: Uint8Array;
  /** Braille pages in the file, the title page included. */
  pageCount: number;
  /** The liblouis tables used, in order of first use. */
  tables: string[];
}

/** The BRF of a charter. */
export async function renderBrf(doc: CharterDocument, options: BrfOptions): Promise<BrfResult> {
  const ctx: FlowContext = { doc, ui: uiLanguageFor(doc.lang) };
  const notice: PrintBlock[] = options.notice
    ? [{ runs: [{ text: options.notice, lang: ctx.ui }], format: { first: 2, runover: 0 }, blankAfter: true }]
    : [];
  const body = [...notice, ...bodyFlow(ctx)];
  const tables = [...new Set(body.flatMap((block) => block.runs.map((run) => runTable(run.lang, doc.lang))))];
  const title = titlePageFlow(ctx, tables, options.formatRequest);
  const entries = contentsEntries(ctx);
  const contents = entries.length > 0 ? [contentsHeading(ctx), ...entries.map((entry) => entry.block)] : [];

  const brailled = await translateBlocks([...title, ...contents, ...body], doc.lang, options.translate);
  const titleBraille = brailled.slice(0, title.length);
  const contentsBraille = brailled.slice(title.length, title.length + contents.length);
  const bodyBraille = brailled.slice(title.length + contents.length);

  const titlePages = paginate(titleBraille.map(layBlock)).pages;
  const text = paginate(bodyBraille.map(layBlock));
  const ids = entries.map((entry) => entry.section);
  const [heading, ...entryBraille] = contentsBraille;
  // The contents take the same lines whatever the page numbers, so they are counted with a
  // placeholder first; the text's pages are then numbered after them.
  const contentsPages = (pageOf: (id: string) => number) =>
    heading ? paginate(contentsBlocks(heading, entryBraille, ids, pageOf)).pages : [];
  const textStart = titlePages.length + contentsPages(() => 0).length;
  const pages = [
    ...titlePages.map((lines) => ({ lines, number: undefined })),
    ...contentsPages((id) => textStart + 1 + (text.sections.get(id) ?? 0)).map((lines, index) => ({
      lines,
      number: titlePages.length + index + 1,
    })),
    ...text.pages.map((lines, index) => ({ lines, number: textStart + index + 1 })),
  ];
  return {
    bytes: brfBytes(
      doc.id,
      pages.map(({ lines, number }) => [numberLine(number), ...lines]),
    ),
    pageCount: pages.length,
    tables,
  };
}

/**
 * The file: each line ended with CR LF, trailing blanks dropped, a form feed between pages
 * (the BRF convention embossers expect). Only Braille ASCII (0x20–0x5F) may be written: any
 * other character would emboss as nonsense, so it fails the build here instead.
 */
function brfBytes(id: string, pages: readonly string[][]): Uint8Array {
  const text = pages.map((lines) => lines.map((line) => `${line.trimEnd()}\r\n`).join('')).join('\f');
  const bad = [...text].find((char) => !/[\x20-\x5f\r\n\f]/.test(char));
  if (bad)
    throw new Error(`${id}: the braille has a character outside Braille ASCII (U+${bad.codePointAt(0)?.toString(16).toUpperCase()}).`);
  return new TextEncoder().encode(text);
}

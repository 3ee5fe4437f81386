/**
 * The model → braille blocks step: each block of the charter as paragraph-like print blocks
 * with their braille formats, in reading order. Formats follow BANA Braille Formats 2016 and
 * the UK practice of RNIB's Braillists' Manual (UKAAF): paragraphs 3-1 (first line in cell 3,
 * runovers in cell 1, no blank line between), level-2 headings centred with a blank line before
 * and after, level-3 headings in cell 5 and level-4 in cell 7 with a blank line before, lists
 * 1-3 with each nesting level two cells further in (hanging indents), tables set as labelled
 * rows ("Header: value", the way the PDFs set tables too narrow for their words), displayed
 * blocks (quotes, boxes) with a blank line before and after.
 */
import { t, type UiLanguage } from '../../i18n/index.ts';
import { assertNever } from '../../lib/assert-never.ts';
import { contactHeading, contactRows } from '../../model/contact-rows.ts';
import { inlineRuns as languageRuns } from '../../model/text-runs.ts';
import type { Block, CharterDocument, Inline, ListItem } from '../../model/types.ts';
import type { CellFormat, PrintBlock, PrintRun } from './types.ts';

/** Everything a flow step needs: the document, its interface language, and the language around. */
export interface FlowContext {
  doc: CharterDocument;
  ui: UiLanguage;
}

/** Where blocks sit: the cell their lines hang from (0 at the margin, 2 inside a list item, …) and their language. */
interface Frame {
  base: number;
  lang: string;
}

/**
 * Print inlines as runs of one language, a web link's address written out after its words (as
 * on paper); tags compared exactly, since each picks its braille table. Bold and emphasis are
 * not brailled: UEB typeform indicators are for emphasis the reader needs, and liblouis's
 * command line takes no typeforms (README: what the BRF is not).
 */
export function inlineRuns(inlines: readonly Inline[], lang: string): PrintRun[] {
  return languageRuns(inlines, lang, (a, b) => a === b);
}

const PARAGRAPH = (base: number): CellFormat => ({ first: base + 2, runover: base });
const LIST_ITEM = (base: number): CellFormat => ({ first: base, runover: base + 2 });
const HEADING: Record<2 | 3 | 4, CellFormat> = {
  2: { first: 0, runover: 0, centred: true },
  3: { first: 4, runover: 4 },
  4: { first: 6, runover: 6 },
};

const text = (runs: PrintRun[], format: CellFormat, extra: Partial<PrintBlock> = {}): PrintBlock[] =>
  runs.some((run) => run.text.trim()) ? [{ runs, format, ...extra }] : [];

/** The body of the charter: its blocks, then the contact section when the text does not place it. */
export function bodyFlow(ctx: FlowContext): PrintBlock[] {
  const frame: Frame = { base: 0, lang: ctx.doc.lang };
  return [...blocksFlow(ctx, frame, ctx.doc.blocks), ...(ctx.doc.hasContactBlock ? [] : contactSectionFlow(ctx))];
}

/**
 * "Contact <organisation>" as a centred level-2 heading (in the contents page too, as on the
 * web page), then the contact details.
 */
function contactSectionFlow(ctx: FlowContext): PrintBlock[] {
  if (!ctx.doc.meta.contact) return [];
  const heading = contactHeading(ctx.doc.meta.organisation, ctx.ui);
  return [
    {
      runs: [{ text: heading, lang: ctx.ui }],
      format: HEADING[2],
      blankBefore: true,
      blankAfter: true,
      keepWithNext: true,
      section: CONTACT_SECTION,
    },
    ...contactFlow(ctx, { base: 0, lang: ctx.doc.lang }),
  ];
}

/** The contents page's id for the contact section the renderer adds. */
export const CONTACT_SECTION = 'contact';

function blocksFlow(ctx: FlowContext, frame: Frame, blocks: readonly Block[]): PrintBlock[] {
  return blocks.flatMap((block) => blockFlow(ctx, frame, block));
}

/** One block, by its family. Exhaustive: a new block type fails to compile here until it is brailled. */
function blockFlow(ctx: FlowContext, frame: Frame, block: Block): PrintBlock[] {
  switch (block.type) {
    case 'heading':
      return text(inlineRuns(block.content, frame.lang), HEADING[block.level], {
        blankBefore: true,
        blankAfter: block.level === 2,
        keepWithNext: true,
        ...(block.level === 2 ? { section: block.id } : {}),
      });
    case 'paragraph':
      return text(inlineRuns(block.content, frame.lang), PARAGRAPH(frame.base));
    case 'list':
      return itemsFlow(ctx, frame, block.items, block.ordered ? (block.start ?? 1) : undefined);
    case 'commitments':
    case 'targets':
    case 'measures':
      return [...text([{ text: block.intro, lang: frame.lang }], PARAGRAPH(frame.base)), ...itemsFlow(ctx, frame, block.items)];
    case 'target':
      return [
        ...text([{ text: block.label, lang: frame.lang }], PARAGRAPH(frame.base), { keepWithNext: true }),
        ...blocksFlow(ctx, frame, block.content),
      ];
    case 'table':
      return displayed(tableFlow(frame, block.head, block.rows));
    case 'quote':
      return displayed([
        ...blocksFlow(ctx, { ...frame, base: frame.base + 2 }, block.content),
        ...(block.cite ? text([{ text: block.cite, lang: frame.lang }], PARAGRAPH(frame.base + 2)) : []),
      ]);
    case 'callout':
      return displayed([
        ...(block.title ? text([{ text: block.title, lang: frame.lang }], HEADING[3], { keepWithNext: true }) : []),
        ...blocksFlow(ctx, frame, block.content),
      ]);
    case 'contact':
      return contactFlow(ctx, frame);
    case 'language':
      return blocksFlow(ctx, { ...frame, lang: block.lang }, block.content);
    case 'point':
      return [...blocksFlow(ctx, frame, block.content), ...(block.contact ? contactFlow(ctx, frame) : [])];
    case 'glossary':
      return block.terms.flatMap((term) => [
        ...text([{ text: term.word, lang: frame.lang }], LIST_ITEM(frame.base), { keepWithNext: true }),
        ...blocksFlow(ctx, { ...frame, base: frame.base + 2 }, term.content),
      ]);
    default:
      return assertNever(block, 'block');
  }
}

/** A displayed block (a table, quote or box) stands apart: a blank line before and after it. */
function displayed(blocks: PrintBlock[]): PrintBlock[] {
  if (blocks.length === 0) return blocks;
  const first = blocks[0] as PrintBlock;
  const last = blocks.at(-1) as PrintBlock;
  blocks[0] = { ...first, blankBefore: true };
  blocks[blocks.length - 1] = { ...(blocks.length === 1 ? blocks[0] : last), blankAfter: true };
  return blocks;
}

/**
 * A list's items, 1-3 (each item from the frame's cell, runovers two cells in), an ordered
 * item led by its number; a nested list or second paragraph of an item sits two cells further in.
 */
function itemsFlow(ctx: FlowContext, frame: Frame, items: readonly ListItem[], start?: number): PrintBlock[] {
  return items.flatMap((item, index) => {
    const [first, ...rest] = item.content;
    const number = start === undefined ? [] : [{ text: `${start + index}. `, lang: frame.lang }];
    const lead =
      first?.type === 'paragraph'
        ? text([...number, ...inlineRuns(first.content, frame.lang)], LIST_ITEM(frame.base))
        : first
          ? blockFlow(ctx, frame, first)
          : [];
    return [...lead, ...blocksFlow(ctx, { ...frame, base: frame.base + 2 }, rest)];
  });
}

/**
 * A table as labelled rows (UKAAF: linear tables read row by row): each row's first cell at the
 * frame's margin, then each other cell as "Header: value" two cells in, with the same
 * dictionary sentence the PDFs use for labelled rows.
 */
function tableFlow(frame: Frame, head: readonly Inline[][], rows: readonly Inline[][][]): PrintBlock[] {
  const plain = (cell: readonly Inline[]) => inlineRuns(cell, frame.lang);
  return rows.flatMap((row) =>
    row.flatMap((cell, column) => {
      if (column === 0) return text(plain(cell), LIST_ITEM(frame.base));
      const header = head[column] ?? [];
      return text(labelled(plain(header), plain(cell), frame.lang), LIST_ITEM(frame.base + 2));
    }),
  );
}

/** "Header: value" as runs, the header's and the value's languages kept. */
function labelled(header: PrintRun[], value: PrintRun[], lang: string): PrintRun[] {
  if (!header.some((run) => run.text.trim())) return value;
  return [...header, { text: ': ', lang }, ...value];
}

/**
 * The contact details as 1-3 rows, the team first, then "Label: value" in the interface
 * language (the labels) and the value as written: a phone number or email is one braille word
 * (or a kept-together number group, ./wrap.ts), so it is never split over two lines.
 */
function contactFlow(ctx: FlowContext, frame: Frame): PrintBlock[] {
  const details = ctx.doc.meta.contact;
  if (!details) return [];
  const rows = contactRows(details, ctx.ui, { easyRead: ctx.doc.edition === 'easy-read' });
  return [
    ...(details.team ? text([{ text: details.team, lang: frame.lang }], LIST_ITEM(frame.base)) : []),
    ...rows.flatMap((row) =>
      text([{ text: t(ctx.ui, 'contact.row', { label: row.label, value: row.lines.join(', ') }), lang: ctx.ui }], LIST_ITEM(frame.base)),
    ),
  ];
}

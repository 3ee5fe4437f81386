import { t } from '../../i18n/index.ts';
import { CONTACT_SECTION, type FlowContext } from './flow.ts';
import { brailleNumber, type LaidBlock } from './paginate.ts';
import { contactHeading } from '../../model/contact-rows.ts';
import type { SectionRef } from '../../model/types.ts';
import type { BrailleBlock, CellFormat, PrintBlock, PrintRun } from './types.ts';
import { CELLS_PER_LINE, wrapBraille } from './wrap.ts';

/** A charter with more than this many sections gets a contents page, as its web page gets a contents list. */
export const CONTENTS_THRESHOLD = 3;

/** Room kept at the end of an entry's lines for the leader and the page number: " -- #ABC". */
const NUMBER_ROOM = 8;

const ENTRY: CellFormat = { first: 0, runover: 2 };

/** A contents entry to translate: the section's title, and the id its page is looked up by. */
export interface ContentsEntry {
  section: string;
  block: PrintBlock;
}

/** A section's title in runs of one language: its own language, and words in another marked in it. */
function sectionRuns(section: SectionRef, docLang: string): PrintRun[] {
  const lang = section.lang ?? docLang;
  return section.parts ? section.parts.map((part) => ({ text: part.text, lang: part.lang ?? lang })) : [{ text: section.text, lang }];
}

/**
 * The sections the contents page lists: every level-2 heading (those in a `<Language>` passage
 * too, each in its own language), and the contact section the renderer adds at the end.
 * None when there are three or fewer.
 */
export function contentsEntries(ctx: FlowContext): ContentsEntry[] {
  const { doc, ui } = ctx;
  const sections = doc.sections.map((section) => ({
    section: section.id,
    block: { runs: sectionRuns(section, doc.lang), format: ENTRY },
  }));
  const contact =
    doc.hasContactBlock || !doc.meta.contact
      ? []
      : [{ section: CONTACT_SECTION, block: { runs: [{ text: contactHeading(doc.meta.organisation, ui), lang: ui }], format: ENTRY } }];
  const all = [...sections, ...contact];
  return all.length > CONTENTS_THRESHOLD ? all : [];
}

/**
 * The contents page (RNIB Braillists' Manual "Contents"): "Contents" centred, then one entry
 * per section, 1-3, its last line led out with a line of dots 3-6 (the UK leader) to its braille
 * page number at the right margin. `pageOf` gives each section's page; before the text is
 * paginated it is a placeholder, which takes the same lines.
 */
export function contentsBlocks(
  heading: BrailleBlock,
  entries: readonly BrailleBlock[],
  ids: readonly string[],
  pageOf: (id: string) => number,
): LaidBlock[] {
  const title: LaidBlock = { lines: wrapBraille(heading.braille, heading.format), blankAfter: true };
  return [
    title,
    ...entries.map((entry, index) => {
      const lines = wrapBraille(entry.braille, entry.format, CELLS_PER_LINE - NUMBER_ROOM);
      const number = brailleNumber(pageOf(ids[index] ?? ''));
      const last = lines.at(-1) ?? '';
      const leader = '-'.repeat(Math.max(2, CELLS_PER_LINE - last.length - number.length - 2));
      return { lines: [...lines.slice(0, -1), `${last} ${leader} ${number}`] };
    }),
  ];
}

/** The contents page's heading, in the interface language. */
export function contentsHeading(ctx: FlowContext): PrintBlock {
  return { runs: [{ text: t(ctx.ui, 'brf.contents'), lang: ctx.ui }], format: { first: 0, runover: 0, centred: true } };
}

import type { ContentProblem } from '../../model/content-error.ts';
import { blocksText, inlineText } from '../../model/text.ts';
import type { Block, CharterDocument, HeadingBlock } from '../../model/types.ts';
import type { TranslationPair } from '../../model/translations.ts';
import { allBlocks } from '../../model/walk.ts';

/** The shape of one section (a level-2 heading and what follows it), as parity compares it. */
interface SectionShape {
  heading: string;
  line: number;
  commitments: number;
  listItems: number;
  tableRows: number;
}

/** Top-level blocks, with `<Language>` passages opened up: a bilingual passage is still part of its section. */
function flowBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block) => (block.type === 'language' ? flowBlocks(block.content) : [block]));
}

function shapeOf(heading: HeadingBlock | undefined, blocks: readonly Block[]): SectionShape {
  const shape: SectionShape = { heading: heading ? inlineText(heading.content) : '', line: heading?.line ?? 1, commitments: 0, listItems: 0, tableRows: 0 };
  for (const block of allBlocks(blocks)) {
    if (block.type === 'commitments' || block.type === 'targets' || block.type === 'measures') shape.commitments += block.items.length;
    else if (block.type === 'list') shape.listItems += block.items.length;
    else if (block.type === 'table') shape.tableRows += block.rows.length;
  }
  return shape;
}

/** The document's sections: the text before the first level-2 heading, then one per heading. */
export function sectionShapes(doc: CharterDocument): SectionShape[] {
  const sections: SectionShape[] = [];
  let heading: HeadingBlock | undefined;
  let body: Block[] = [];
  for (const block of flowBlocks(doc.blocks)) {
    if (block.type === 'heading' && block.level === 2) {
      sections.push(shapeOf(heading, body));
      heading = block;
      body = [];
    } else body.push(block);
  }
  sections.push(shapeOf(heading, body));
  return sections;
}

const PHONE = /\b0\d{2,4}[ \d]{5,9}\d\b/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Phone numbers (digits only) and email addresses, from the contact details and the text. */
function contactFacts(doc: CharterDocument): { phones: string[]; emails: string[] } {
  const text = [...blocksText(doc.blocks), doc.meta.card.contact].join('\n');
  const contact = doc.meta.contact;
  const phones = [...(contact?.phones ?? []).map((phone) => phone.number), ...(text.match(PHONE) ?? [])].map((number) => number.replace(/\D/g, ''));
  const emails = [...(contact?.emails ?? []).map((email) => email.address), ...(text.match(EMAIL) ?? [])].map((email) => email.toLowerCase());
  return { phones: [...new Set(phones)].sort(), emails: [...new Set(emails)].sort() };
}

const DATE_FIELDS = ['adopted', 'published', 'lastReviewed', 'nextReview'] as const;

interface Located {
  doc: CharterDocument;
  /** The file as messages show it. */
  file: string;
  /** Its text, to find the lines of frontmatter keys. */
  source: string;
}

/** The line of the first frontmatter key of that name (indented or not), else 1. */
function keyLine(source: string, key: string): number {
  const index = source.split('\n').findIndex((line) => new RegExp(`^\\s*${key}:`).test(line));
  return index >= 0 ? index + 1 : 1;
}

/**
 * Where a translated pair differs in what must be the same in both languages: the number of
 * sections, and in each section the commitments, list items and table rows; the phone
 * numbers and emails; the dates. Each difference is one problem in the translation's file,
 * at the line of the section that differs, naming the line of its pair.
 */
export function parityProblems(first: Located, second: Located): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (line: number, message: string, fix: string): ContentProblem => ({ file: second.file, line, rule: 'parity', message, fix });
  const [a, b] = [sectionShapes(first.doc), sectionShapes(second.doc)];
  if (a.length !== b.length) {
    problems.push(at(1, `This translation has ${b.length - 1} sections (level-2 headings); ${first.file} has ${a.length - 1}.`, 'Translate every section, and add none: the two must match section by section.'));
  }
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const [mine, theirs] = [b[index] as SectionShape, a[index] as SectionShape];
    for (const [field, words] of [['commitments', 'commitments, targets or measures'], ['listItems', 'list items'], ['tableRows', 'table rows']] as const) {
      if (mine[field] === theirs[field]) continue;
      const where = index === 0 ? 'Before the first section, this translation' : `The section "${mine.heading}"`;
      problems.push(at(mine.line, `${where} has ${mine[field]} ${words}; its pair${index === 0 ? '' : ` "${theirs.heading}"`} (${first.file}:${theirs.line}) has ${theirs[field]}.`, 'Translate every item once: the same number in both languages.'));
    }
  }
  const [factsA, factsB] = [contactFacts(first.doc), contactFacts(second.doc)];
  for (const [field, words] of [['phones', 'phone numbers'], ['emails', 'email addresses']] as const) {
    if (factsA[field].join() === factsB[field].join()) continue;
    problems.push(at(keyLine(second.source, 'contact'), `The ${words} differ from ${first.file}: ${factsB[field].join(', ') || 'none'} here, ${factsA[field].join(', ') || 'none'} there.`, `Give the same ${words} in both languages.`));
  }
  for (const field of DATE_FIELDS) {
    const [mine, theirs] = [second.doc.meta.dates[field], first.doc.meta.dates[field]];
    if (mine !== theirs) problems.push(at(keyLine(second.source, mine ? field : 'dates'), `dates.${field} is ${mine ?? 'not given'} here and ${theirs ?? 'not given'} in ${first.file}.`, 'Give the same dates in both languages.'));
  }
  return problems;
}

/** Parity of every pair; `locate` gives each charter's file (as messages show it) and text. */
export function checkParity(pairs: readonly TranslationPair[], locate: (doc: CharterDocument) => Located): ContentProblem[] {
  return pairs.flatMap(({ first, second }) => parityProblems(locate(first), locate(second)));
}

import type { CharterFrontmatter } from '../schemas/charter.ts';
import type { EasyReadFrontmatter } from '../schemas/easy-read.ts';
import type { PictureRef } from './pictures.ts';

/**
 * The format-neutral charter model. Plain JSON: no sizes, colours or fonts. HTML, PDF,
 * easy-read and card renderers all read this, so every format carries the same words.
 */

/** Text with its emphasis and links. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  /** Emphasis: renderers must not use italics for it (UKAAF; BDA style guide). */
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  /**
   * Words in another language inside a sentence or heading (`<Language lang="cy">` inline):
   * WCAG 3.1.2 Language of parts; `lang` on a span in HTML, a Span with /Lang in PDFs.
   */
  | { type: 'language'; lang: string; children: Inline[] }
  | { type: 'break' };

/** One item of a list: one or more blocks (usually a single paragraph). */
export interface ListItem {
  content: Block[];
}

/** A table cell: its text. Alignment is presentation and is not kept. */
export type TableCell = Inline[];

export interface HeadingBlock {
  type: 'heading';
  /** Line in the source file, for messages. */
  line: number;
  /** 2–4: level 1 is the charter title. */
  level: 2 | 3 | 4;
  /** A stable anchor id, unique in the document (github-slugger). */
  id: string;
  content: Inline[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  /** Line in the source file, for messages. */
  line: number;
  content: Inline[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  /** The first number of an ordered list, when not 1. */
  start?: number;
  items: ListItem[];
}

export interface TableBlock {
  type: 'table';
  /** Column headers: never empty (WCAG 1.3.1; PDF/UA-1 7.5). */
  head: TableCell[];
  rows: TableCell[][];
}

export interface QuoteBlock {
  type: 'quote';
  content: Block[];
  /** Who said it, if the charter says. */
  cite?: string;
}

export interface CalloutBlock {
  type: 'callout';
  /** A short heading-like label, shown in bold. */
  title?: string;
  content: Block[];
}

/** A list of promises ("We will:", "We won't:"). */
export interface CommitmentsBlock {
  type: 'commitments';
  /** The words introducing the list, as the charter writes them. */
  intro: string;
  items: ListItem[];
}

/** A list of measurable targets ("Targets:"). */
export interface TargetsBlock {
  type: 'targets';
  intro: string;
  items: ListItem[];
}

/** One labelled target ("Target 1: To answer all letters within 5 working days"). */
export interface TargetBlock {
  type: 'target';
  label: string;
  content: Block[];
}

/** How the organisation checks it keeps its promises ("How we will measure this:"). */
export interface MeasuresBlock {
  type: 'measures';
  intro: string;
  items: ListItem[];
}

/** Blocks in another language than the document's (WCAG 3.1.2 Language of parts; PDF /Lang on the element). */
export interface LanguageBlock {
  type: 'language';
  /** BCP 47 tag, e.g. "cy" or "cy-GB". */
  lang: string;
  content: Block[];
}

/** The charter's contact details (from the frontmatter), placed here in the text. */
export interface ContactBlock {
  type: 'contact';
}

/**
 * Easy read: one picture beside 1–4 short sentences (house rules ER-4, ER-6). The picture
 * repeats what the sentences say, so every format treats it as decorative (empty alt on
 * the web, an artifact in PDFs): W3C WAI "supplementary" images.
 */
export interface PointBlock {
  type: 'point';
  line: number;
  picture: PictureRef;
  /**
   * Paragraphs, one sentence each by convention, and lists of short items: an
   * organisation's own easy-read document often lists things inside a point.
   */
  content: (ParagraphBlock | ListBlock)[];
  /** Show the charter's contact details after the sentences ("who to contact"). */
  contact: boolean;
}

/** Easy read: hard words explained, at the end (ER-11). */
export interface GlossaryBlock {
  type: 'glossary';
  line: number;
  terms: { word: string; line: number; content: ParagraphBlock[] }[];
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | QuoteBlock
  | CalloutBlock
  | CommitmentsBlock
  | TargetsBlock
  | TargetBlock
  | MeasuresBlock
  | ContactBlock
  | LanguageBlock
  | PointBlock
  | GlossaryBlock;

export type BlockType = Block['type'];

/** A run of a heading's words in one language, for the contents list. */
export interface TextPart {
  text: string;
  /** The run's language, when it differs from its section's (`SectionRef.lang`, else the document's). */
  lang?: string;
}

/**
 * A section for the contents list: every level-2 heading of the text, those inside a
 * `<Language>` passage too (the other half of a bilingual charter).
 */
export interface SectionRef {
  id: string;
  text: string;
  /** The heading's language, when it differs from the document's: it is in a `<Language>` passage (WCAG 3.1.2). */
  lang?: string;
  /**
   * The heading's words in runs of one language, only when part of it is in another
   * language than the section's (an inline `<Language>`), so the contents list marks that
   * part too. The runs' text joins to `text`.
   */
  parts?: TextPart[];
}

export interface CharterDocument {
  /** The full charter, or its easy-read edition (a different text, written by people). */
  edition: 'full' | 'easy-read';
  /** The charter's slug: its folder name under content/charters. */
  id: string;
  title: string;
  /** BCP 47 language tag of the whole document. */
  lang: string;
  /** The charter's frontmatter (for an easy-read edition, its charter's: organisation, contact, dates). */
  meta: CharterFrontmatter;
  /** The easy-read edition's own frontmatter. */
  easyRead?: EasyReadFrontmatter;
  /** The level-2 sections, in order, those in `<Language>` passages included. */
  sections: SectionRef[];
  /** Whether the text places the contact block itself (otherwise renderers add it at the end). */
  hasContactBlock: boolean;
  blocks: Block[];
}

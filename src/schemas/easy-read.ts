import { z } from 'astro/zod';
import { LanguageTagSchema } from './language-tag.ts';
import { PartialDateSchema } from './partial-date.ts';
import { EditorialNotesSchema, SourceSchema } from './source.ts';

/** Who checked an easy-read text with readers (house rule ER-15: easy read is tested with people). */
export const TestedWithSchema = z.strictObject({
  /** The group of readers with learning disabilities who reviewed it. @example "Oxfordshire Self Advocacy group" */
  group: z.string().min(1),
  /** When they reviewed it. @example "2026-10" */
  date: PartialDateSchema,
});

/**
 * The frontmatter of `content/charters/<slug>/easy-read.mdx`: an easy-read edition written
 * by people (never generated), linked to its charter.
 */
export const EasyReadFrontmatterSchema = z.strictObject({
  /** The charter this edition is of: its folder name. A wrong name fails the build. @example "oxfordshire-care-and-support" */
  charter: z.string({ error: 'Name the charter this is the easy read of: charter: <folder name>.' }).min(1),
  /** A short title in easy words. @example "How we will look after you" */
  title: z.string({ error: 'Every easy-read edition needs a title.' }).min(1).max(60),
  /** The language, as in the charter. @example "en-GB" */
  language: LanguageTagSchema,
  /** One or two very short sentences about the booklet. */
  summary: z.string({ error: 'Add a summary: one or two very short sentences.' }).min(10).max(200),
  /**
   * The readers' group who tested it, once it has been tested. Until then the page says it
   * has not been. For an organisation's own booklet, take it from the booklet itself (many
   * say who checked them), so the page never says readers have not checked it when they have.
   */
  testedWith: TestedWithSchema.optional(),
  /**
   * Where the booklet came from, when this edition is an organisation's own easy-read
   * document published word for word. With a source, the house rules on wording warn
   * instead of failing: the words are the organisation's, and publishing them faithfully
   * comes first. The page says where it came from.
   */
  source: SourceSchema.optional(),
  /** Every fix made to the source's text (extraction damage only), one sentence each; only with `source`. */
  editorialNotes: EditorialNotesSchema.optional(),
});

export type EasyReadFrontmatter = z.output<typeof EasyReadFrontmatterSchema>;

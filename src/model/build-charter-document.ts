import type { CharterFrontmatter } from '../schemas/charter.ts';
import { ContentError } from './content-error.ts';
import { newContext, rootToBlocks } from './from-mdast.ts';
import { parseMdx } from './parse-mdx.ts';
import { inlineText } from './text.ts';
import type { Block, CharterDocument, SectionRef } from './types.ts';
import { allBlocks } from './walk.ts';

export interface CharterSource {
  /** The charter's slug (its folder name). */
  id: string;
  /** The file, for error messages. */
  file: string;
  /** Validated frontmatter. */
  meta: CharterFrontmatter;
  /** The raw MDX body (Astro's `entry.body`). */
  body: string;
  /** Lines in the file before the body, so errors point at the right line. */
  bodyLineOffset: number;
}

/**
 * Turns one validated charter into the format-neutral model. Throws a ContentError listing
 * every problem (with file:line) when the body uses anything outside the vocabulary.
 */
export function buildCharterDocument(source: CharterSource): CharterDocument {
  const ctx = newContext(source.file, source.bodyLineOffset);
  let root;
  try {
    root = parseMdx(source.body);
  } catch (error) {
    // micromark's MDX errors carry a place ({ line, column }) relative to the body.
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const line = place?.start?.line ?? place?.line ?? 1;
    const column = place?.start?.column ?? place?.column;
    throw new ContentError([{
      file: source.file,
      line: line + source.bodyLineOffset,
      ...(column ? { column } : {}),
      message: `This is not valid MDX: ${(error as { reason?: string }).reason ?? String(error)}`,
      fix: 'Check that every <Component> is closed, and escape a literal < or { as \\< or \\{.',
    }]);
  }
  const blocks = rootToBlocks(root, ctx);
  const contactBlocks = countBlocks(blocks, 'contact');
  if (contactBlocks > 0 && !source.meta.contact) {
    ctx.problems.push({ file: source.file, line: 1, message: '<ContactDetails /> is used but the frontmatter has no contact details.', fix: 'Add a contact: section to the frontmatter, or remove <ContactDetails />.' });
  }
  if (contactBlocks > 1) {
    ctx.problems.push({ file: source.file, line: 1, message: '<ContactDetails /> is used more than once.', fix: 'Show the contact details once.' });
  }
  if (blocks.length === 0) {
    ctx.problems.push({ file: source.file, line: source.bodyLineOffset + 1, message: 'The charter has no text.', fix: 'Write the charter below the frontmatter.' });
  }
  if (ctx.problems.length > 0) throw new ContentError(ctx.problems);

  return {
    id: source.id,
    title: source.meta.title,
    lang: source.meta.language,
    meta: source.meta,
    sections: sectionsOf(blocks),
    hasContactBlock: contactBlocks > 0,
    blocks,
  };
}

function sectionsOf(blocks: readonly Block[]): SectionRef[] {
  return blocks.flatMap((block) => (block.type === 'heading' && block.level === 2 ? [{ id: block.id, text: inlineText(block.content) }] : []));
}

function countBlocks(blocks: readonly Block[], type: Block['type']): number {
  let count = 0;
  for (const block of allBlocks(blocks)) if (block.type === type) count += 1;
  return count;
}

import { cachedModel } from './model-cache.ts';
import type { Root } from 'mdast';
import { uiLanguageFor } from '../i18n/index.ts';
import type { CharterFrontmatter } from '../schemas/charter.ts';
import type { EasyReadFrontmatter } from '../schemas/easy-read.ts';
import { ContentError } from './content-error.ts';
import { newContext, rootToBlocks, type ConvertContext } from './from-mdast.ts';
import { parseMdx } from './parse-mdx.ts';
import { inlineText, languageParts, sameLanguage } from './text.ts';
import type { Edition } from './vocabulary.ts';
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

/** Where a micromark/MDX error points, relative to the body. Some errors carry it only in their text. */
function errorPlace(error: unknown): { line: number; column?: number } {
  const { place, reason } = error as {
    place?: { line?: number; column?: number; start?: { line: number; column: number } };
    reason?: string;
  };
  const start = place?.start ?? place;
  if (start?.line) return { line: start.line, ...(start.column ? { column: start.column } : {}) };
  const quoted = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason ?? '');
  return quoted ? { line: Number(quoted[1]), column: Number(quoted[2]) } : { line: 1 };
}

function parseBody(source: { file: string; body: string; bodyLineOffset: number }): Root {
  try {
    return parseMdx(source.body);
  } catch (error) {
    const { line, column } = errorPlace(error);
    // The parser's own positions count from the body; the message gives the file's line instead.
    const reason = ((error as { reason?: string }).reason ?? String(error)).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    throw new ContentError([
      {
        file: source.file,
        line: line + source.bodyLineOffset,
        ...(column ? { column } : {}),
        rule: 'mdx',
        message: `This is not valid MDX: ${reason}`,
        fix: 'Check that every <Component> is closed, and escape a literal < or { as \\< or \\{.',
      },
    ]);
  }
}

function finish(ctx: ConvertContext, blocks: Block[], source: { file: string; bodyLineOffset: number }, meta: CharterFrontmatter): number {
  const contactBlocks =
    countBlocks(blocks, 'contact') + [...allBlocks(blocks)].filter((block) => block.type === 'point' && block.contact).length;
  if (contactBlocks > 0 && !meta.contact) {
    ctx.problems.push({
      file: source.file,
      line: 1,
      rule: 'vocabulary',
      message: 'The contact details are placed in the text, but the charter has no contact details in its frontmatter.',
      fix: "Add the charter's contact details as a top-level contact: section of the frontmatter (card.contact is only the card's line), or remove <ContactDetails /> / <ContactPoint>.",
    });
  }
  if (contactBlocks > 1) {
    ctx.problems.push({
      file: source.file,
      line: 1,
      rule: 'vocabulary',
      message: 'The contact details are placed more than once.',
      fix: 'Show the contact details once.',
    });
  }
  if (blocks.length === 0) {
    ctx.problems.push({
      file: source.file,
      line: source.bodyLineOffset + 1,
      rule: 'vocabulary',
      message: 'The document has no text.',
      fix: 'Write the text below the frontmatter.',
    });
  }
  if (ctx.problems.length > 0) throw new ContentError(ctx.problems);
  return contactBlocks;
}

/**
 * Turns one validated charter into the format-neutral model. Throws a ContentError listing
 * every problem (with file:line) when the body uses anything outside the vocabulary.
 */
export function buildCharterDocument(source: CharterSource): CharterDocument {
  return {
    edition: 'full',
    id: source.id,
    title: source.meta.title,
    lang: source.meta.language,
    meta: source.meta,
    ...bodyOf(source, 'full', source.meta, source.meta.language),
  };
}

/** The body as blocks, with the sections and contact placement every edition needs. */
function bodyOf(
  source: { file: string; body: string; bodyLineOffset: number },
  edition: Edition,
  meta: CharterFrontmatter,
  lang: string,
): Pick<CharterDocument, 'blocks' | 'sections' | 'hasContactBlock'> {
  const { file, body, bodyLineOffset } = source;
  // Parsed once a build (model-cache.ts): the render phase and the pages read it back.
  return cachedModel({ file, body, bodyLineOffset, edition, meta, lang }, () => {
    const ctx = newContext(file, bodyLineOffset, edition, uiLanguageFor(lang));
    const blocks = rootToBlocks(parseBody(source), ctx);
    const contactBlocks = finish(ctx, blocks, source, meta);
    return { sections: sectionsOf(blocks, lang), hasContactBlock: contactBlocks > 0, blocks };
  });
}

export interface EasyReadSource {
  /** The charter's slug (the folder holds both files). */
  id: string;
  file: string;
  easyRead: EasyReadFrontmatter;
  /** The linked charter's frontmatter: organisation, contact details, dates. */
  charter: CharterFrontmatter;
  body: string;
  bodyLineOffset: number;
}

/** Turns an easy-read edition into the same model, with its own vocabulary (points, glossary). */
export function buildEasyReadDocument(source: EasyReadSource): CharterDocument {
  return {
    edition: 'easy-read',
    id: source.id,
    title: source.easyRead.title,
    lang: source.easyRead.language,
    meta: source.charter,
    easyRead: source.easyRead,
    ...bodyOf(source, 'easy-read', source.charter, source.easyRead.language),
  };
}

/**
 * The level-2 headings of the text, those in `<Language>` passages too (each half of a
 * bilingual charter has its sections). A section carries its language when it differs from
 * the document's, and its words in runs when part of a heading is in another language
 * (WCAG 3.1.2), so the contents list marks them as the text does.
 */
function sectionsOf(blocks: readonly Block[], docLang: string, lang = docLang): SectionRef[] {
  return blocks.flatMap((block): SectionRef[] => {
    if (block.type === 'language') return sectionsOf(block.content, docLang, block.lang);
    if (block.type !== 'heading' || block.level !== 2) return [];
    const parts = languageParts(block.content, lang);
    return [
      {
        id: block.id,
        text: inlineText(block.content),
        ...(sameLanguage(lang, docLang) ? {} : { lang }),
        ...(parts.some((part) => part.lang) ? { parts } : {}),
      },
    ];
  });
}

function countBlocks(blocks: readonly Block[], type: Block['type']): number {
  let count = 0;
  for (const block of allBlocks(blocks)) if (block.type === type) count += 1;
  return count;
}

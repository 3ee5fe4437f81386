import { uiLanguageFor, type UiLanguage } from '../../i18n/index.ts';
import type { Block, CharterDocument } from '../../model/types.ts';

/**
 * A bilingual single document split into its two halves: the blocks in the charter's own
 * language, and the top-level `<Language>` passages in another of the site's languages (the
 * other half). Undefined when the document has no such passage.
 */
export function bilingualHalves(doc: CharterDocument, siteLanguages: readonly UiLanguage[]): { first: CharterDocument; second: CharterDocument } | undefined {
  const own = uiLanguageFor(doc.lang);
  const isOtherHalf = (block: Block) => block.type === 'language' && uiLanguageFor(block.lang) !== own && siteLanguages.includes(uiLanguageFor(block.lang));
  const other = doc.blocks.filter(isOtherHalf);
  if (other.length === 0) return undefined;
  const secondBlocks = other.flatMap((block) => (block.type === 'language' ? block.content : []));
  // The other half opens with its own title as a heading (content/README.md, "One document with
  // both languages"): that heading stands where the first half has its untitled opening text.
  const [opening] = secondBlocks;
  const secondLang = other[0]?.type === 'language' ? other[0].lang : doc.lang;
  const second = opening?.type === 'heading' && opening.level === 2 ? [{ type: 'paragraph' as const, line: opening.line, content: opening.content }, ...secondBlocks.slice(1)] : secondBlocks;
  return { first: { ...doc, blocks: doc.blocks.filter((block) => !isOtherHalf(block)) }, second: { ...doc, lang: secondLang, blocks: second } };
}

import { defineCollection, reference } from 'astro:content';
import { charterCollectionLoader } from './model/collection-loader.ts';
import { CharterFrontmatterSchema } from './schemas/charter.ts';
import { EasyReadFrontmatterSchema } from './schemas/easy-read.ts';

/**
 * Charters live outside src/ so authors never need to touch code:
 * content/charters/<slug>/charter.mdx, with its easy-read edition beside it in
 * easy-read.mdx. CHARTERS_DIR points the build at another folder (tests build fixtures
 * this way). Both collections are read by the project's own loader, the same reader the
 * content lint uses.
 */
const base = process.env['CHARTERS_DIR'] || './content/charters';

const charters = defineCollection({
  loader: charterCollectionLoader('charters', base),
  schema: CharterFrontmatterSchema,
});

const easyRead = defineCollection({
  loader: charterCollectionLoader('easyReads', base),
  // A reference, so a missing or misspelt charter name fails the build.
  schema: EasyReadFrontmatterSchema.extend({ charter: reference('charters') }),
});

export const collections = { charters, easyRead };

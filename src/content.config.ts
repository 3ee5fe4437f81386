import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { CharterFrontmatterSchema } from './schemas/charter.ts';
import { EasyReadFrontmatterSchema } from './schemas/easy-read.ts';

/**
 * Charters live outside src/ so authors never need to touch code:
 * content/charters/<slug>/charter.mdx, with its easy-read edition beside it in
 * easy-read.mdx. CHARTERS_DIR points the build at another folder (tests build fixtures
 * this way).
 */
const base = process.env['CHARTERS_DIR'] ?? './content/charters';
const folderId = ({ entry }: { entry: string }) => entry.split('/')[0] ?? entry;

const charters = defineCollection({
  loader: glob({ pattern: '*/charter.mdx', base, generateId: folderId }),
  schema: CharterFrontmatterSchema,
});

const easyRead = defineCollection({
  loader: glob({ pattern: '*/easy-read.mdx', base, generateId: folderId }),
  // A reference, so a missing or misspelt charter name fails the build.
  schema: EasyReadFrontmatterSchema.extend({ charter: reference('charters') }),
});

export const collections = { charters, easyRead };

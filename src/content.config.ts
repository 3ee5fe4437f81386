import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CharterFrontmatterSchema } from './schemas/charter.ts';

/**
 * Charters live outside src/ so authors never need to touch code:
 * content/charters/<slug>/charter.mdx. CHARTERS_DIR points the build at another folder
 * (tests build fixtures this way).
 */
const charters = defineCollection({
  loader: glob({
    pattern: '*/charter.mdx',
    base: process.env['CHARTERS_DIR'] ?? './content/charters',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: CharterFrontmatterSchema,
});

export const collections = { charters };

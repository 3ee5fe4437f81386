import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BoundedMap } from '../lib/bounded-map.ts';

/**
 * The one Markdown/MDX parser for charter bodies. Astro renders MDX with its own processor,
 * but every format (HTML, PDF, easy read, cards) is built from this tree, so they all carry
 * exactly the same words. GFM adds tables and literal autolinks.
 */
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * The last few bodies' trees: the content check parses a file for its model and again for
 * paste damage, one after the other when it warms the model cache (src/checks/content/warm-up.ts).
 * Bounded, so memory does not grow with the register; nothing mutates a tree.
 */
const recent = new BoundedMap<string, Root>(4);

export function parseMdx(body: string): Root {
  let tree = recent.get(body);
  if (!tree) {
    tree = processor.runSync(processor.parse(body)) as Root;
    recent.set(body, tree);
  }
  return tree;
}

import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The one Markdown/MDX parser for charter bodies. Astro renders MDX with its own processor,
 * but every format (HTML, PDF, easy read, cards) is built from this tree, so they all carry
 * exactly the same words. GFM adds tables and literal autolinks.
 */
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function parseMdx(body: string): Root {
  return processor.runSync(processor.parse(body)) as Root;
}

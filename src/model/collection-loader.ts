import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from './content-error.ts';
import { displayPath, listContentFiles } from './content-files.ts';
import { parseFrontmatterYaml, splitFrontmatter } from './frontmatter.ts';
import { readSourceFile } from './read-source.ts';

type Kind = 'charters' | 'easyReads';

/** Reads one file the way the content lint does and stores it as an Astro entry. */
async function storeFile(context: LoaderContext, file: string): Promise<void> {
  const shown = displayPath(file);
  const text = readSourceFile(file, shown);
  const { frontmatter, body } = splitFrontmatter(text);
  const { value, problems } = parseFrontmatterYaml(frontmatter, shown);
  if (problems.length > 0) throw new ContentError(problems);
  const id = path.basename(path.dirname(file));
  // Astro wants the path relative to the project root, even for content outside it (CHARTERS_DIR).
  const filePath = path.relative(fileURLToPath(context.config.root), file);
  const data = await context.parseData({ id, data: value as Record<string, unknown>, filePath });
  context.store.set({ id, data, body, filePath, digest: context.generateDigest(text) });
}

/**
 * An Astro content loader that reads charters with the project's own reader: the same file
 * listing (drafts and stray files excluded), the same UTF-8 decoding and the same YAML 1.2
 * frontmatter parser as `npm run lint:content`. Astro's glob loader parses frontmatter with
 * another YAML library, which turned `2024-02-31` into 2 March; with one reader, the lint
 * and the build cannot disagree about a file.
 */
export function charterCollectionLoader(kind: Kind, base: string): Loader {
  const dir = path.resolve(base);
  return {
    name: `charter-${kind}-loader`,
    async load(context) {
      const sync = async () => {
        context.store.clear();
        for (const file of listContentFiles(dir)[kind]) await storeFile(context, file);
      };
      await sync();
      // `astro dev` (authors' preview): reload when any content file changes.
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, changed) => {
        if (!path.resolve(changed).startsWith(dir + path.sep)) return;
        sync().catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}

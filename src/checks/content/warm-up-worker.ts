import { existsSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../../model/content-error.ts';
import { loadCharterFile, loadEasyReadFile } from '../../model/load-charter.ts';
import { loadSite } from '../../model/load-site.ts';
import type { Site } from '../../schemas/site.ts';
import { checkCards } from './card-fit.ts';
import { pasteWarnings } from './content.ts';

/** One worker's share of the charter folders to warm (warm-up.ts). */
export interface WarmUpTask {
  /** The content folder (CHARTERS_DIR's). */
  dir: string;
  /** Charter files (`<slug>/charter.mdx`), each with the easy read beside it if there is one. */
  files: string[];
}

let site: Site | undefined | null;
function siteOrUndefined(): Site | undefined {
  if (site === undefined) {
    try {
      site = loadSite();
    } catch {
      site = null; // The content check reports it.
    }
  }
  return site ?? undefined;
}

/** Runs `run`, leaving any content error for the content check to report in its own order. */
async function quietly(run: () => unknown): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
  }
}

/**
 * Does in a worker what the content check does file by file, each result kept in the model
 * cache (src/model/model-cache.ts): the charter's model, its cards laid out to prove they fit,
 * paste damage, and the easy read beside it. Nothing is reported here.
 */
export default async function warmUp(task: WarmUpTask): Promise<void> {
  for (const file of task.files) {
    const easyRead = path.join(path.dirname(file), 'easy-read.mdx');
    await quietly(async () => {
      const doc = loadCharterFile(file);
      pasteWarnings([file]);
      await checkCards({ charters: [doc], dir: task.dir, site: siteOrUndefined() });
      if (existsSync(easyRead)) {
        loadEasyReadFile(easyRead, new Map([[doc.id, doc]]));
        pasteWarnings([easyRead]);
      }
    });
  }
}

import { loadEditions } from './editions.ts';
import { publishContext } from './context.ts';
import { editionFiles } from './publish.ts';
import { OUTPUTS } from './registry.ts';
import type { FileExpectations } from './types.ts';

/** `checks-manifest.json`: what every published file should be, by path. */
export interface ChecksManifest {
  version: 2;
  /** Every format, by id: how the report names its files. */
  formats: Record<string, { label: string }>;
  /** Every published file, by path: its format and what the checker should find in it. */
  files: Record<string, FileExpectations & { format: string }>;
}

/**
 * What every built file should be, written beside them so `npm run check -- <folder>` can
 * check a deployed folder against its source without rebuilding.
 */
export async function checksManifest(): Promise<ChecksManifest> {
  const context = publishContext();
  const files: ChecksManifest['files'] = {};
  for (const { charter, easyRead } of await loadEditions()) {
    for (const file of editionFiles([charter, easyRead], context)) files[file.href] = { format: file.format.id, ...file.expect };
  }
  return { version: 2, formats: Object.fromEntries(OUTPUTS.map((format) => [format.id, { label: format.label }])), files };
}

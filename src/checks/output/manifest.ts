import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `checks-manifest.json` as the checker reads it. The build writes it from the output
 * registry (src/outputs/manifest.ts); the checker reads only this JSON, never the registry,
 * so a deployed folder can be checked without the source.
 */
export interface ManifestFile {
  /** The output format's id. */
  format: string;
  /** The check kind (check-kinds.ts). */
  check: string;
  lang?: string;
  minTextSize?: number;
  text?: string[];
  pixels?: { width: number; height: number };
  trimMm?: [number, number];
  bleedMm?: number;
}

/** A translated pair of pages and whether the build checked their parity. */
export interface ManifestTranslation {
  pages: [string, string];
  langs: [string, string];
  parity: 'checked' | 'not-required';
}

export interface Manifest {
  formats: Record<string, { label: string }>;
  files: Record<string, ManifestFile>;
  translations: ManifestTranslation[];
}

const EMPTY: Manifest = { formats: {}, files: {}, translations: [] };

/** The folder's manifest, or an empty one (a folder built without it, or a test fixture). */
export function readManifest(folder: string): Manifest {
  const file = path.join(folder, 'checks-manifest.json');
  if (!existsSync(file)) return EMPTY;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
  return { formats: parsed.formats ?? {}, files: parsed.files ?? {}, translations: parsed.translations ?? [] };
}

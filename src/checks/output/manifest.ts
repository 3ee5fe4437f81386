import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `checks-manifest.json` as the checker reads it. The build writes it from the output
 * registry (src/outputs/manifest.ts) and seals it with every file's hash
 * (src/outputs/published-files.ts); the checker reads only this JSON, never the registry,
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
  /** The language of each run of `text` (BRF). */
  textLangs?: string[];
  /** The liblouis table each language was brailled with (BRF). */
  brailleTables?: Record<string, string>;
  pixels?: { width: number; height: number };
  /** Card PNG: sha256 of its pixels as RGBA (src/lib/png-decode.ts), recorded by the build. */
  pixelSha256?: string;
  trimMm?: [number, number];
  bleedMm?: number;
}

/** A translated pair of pages and whether the build checked their parity. */
export interface ManifestTranslation {
  pages: [string, string];
  langs: [string, string];
  parity: 'checked' | 'not-required';
}

/** A published file's sha256 and size, as the build wrote it. */
export interface PublishedFile {
  sha256: string;
  bytes: number;
}

export interface Manifest {
  /** The manifest's version (3 adds `published` and card pixel hashes); 0 when it has none. */
  version: number;
  formats: Record<string, { label: string }>;
  files: Record<string, ManifestFile>;
  translations: ManifestTranslation[];
  /** Every published file but the manifest, by path; absent from a manifest the build did not seal. */
  published?: Record<string, PublishedFile>;
}

/** The manifest's name in a built folder. */
export const MANIFEST_FILE = 'checks-manifest.json';

/**
 * The folder has no manifest, or one that cannot be read: the checks that need the source
 * (the text each file must carry, its language, its text size) cannot run, so the run is
 * incomplete, never a pass (`npm run check` exits 2).
 */
export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

const FIX = 'Fix: rebuild with npm run build (or npm run build -- --out <folder>) and check the folder it writes, whole.';

export interface ReadManifestOptions {
  /**
   * Treat a missing manifest as an empty one. Only for tests of single hand-made fixtures:
   * `npm run check` never passes it, so a folder without its manifest is never a pass.
   */
  allowMissing?: boolean;
}

/** The folder's manifest; a missing or unreadable one is a ManifestError (unless `allowMissing`). */
export function readManifest(folder: string, options: ReadManifestOptions = {}): Manifest {
  const file = path.join(folder, MANIFEST_FILE);
  if (!existsSync(file)) {
    if (options.allowMissing) return { version: 0, formats: {}, files: {}, translations: [] };
    throw new ManifestError(
      `${folder} has no ${MANIFEST_FILE}: it was not built with this project, or the manifest was deleted. Without it the checks that need the source (the words each file must carry, its language, its smallest text) cannot run.\n${FIX}`,
    );
  }
  let parsed: Partial<Manifest>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
  } catch (error) {
    throw new ManifestError(`${file} cannot be read: ${error instanceof Error ? error.message : String(error)}.\n${FIX}`);
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.files !== 'object' || parsed.files === null)
    throw new ManifestError(`${file} is not a checks manifest (it has no "files").\n${FIX}`);
  return {
    version: typeof parsed.version === 'number' ? parsed.version : 0,
    formats: parsed.formats ?? {},
    files: parsed.files,
    translations: parsed.translations ?? [],
    ...(parsed.published ? { published: parsed.published } : {}),
  };
}

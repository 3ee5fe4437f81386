/**
 * Astro's collection loader reads content with the lint's own reader: the same listing,
 * decoding and YAML 1.2 parser, so `2024-02-31` can never be published as 2 March.
 */
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/model/content-error.ts';
import { charterCollectionLoader } from '../../src/model/collection-loader.ts';
import { CharterFrontmatterSchema } from '../../src/schemas/charter.ts';
import { FAULTS } from '../helpers/content-faults.ts';
import { ROOT } from '../helpers/paths.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

/** Runs the loader over a folder with a stand-in for Astro's context that validates with the real schema. */
async function load(kind: 'charters' | 'easyReads', dir: string): Promise<Stored[]> {
  const stored: Stored[] = [];
  const context = {
    store: { clear: () => (stored.length = 0), set: (entry: Stored) => stored.push(entry) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      if (kind === 'easyReads') return data;
      const result = CharterFrontmatterSchema.safeParse(data);
      if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join('; '));
      return result.data;
    },
    generateDigest: (value: unknown) => String(value).length.toString(16),
    logger: { error: () => undefined },
    config: { root: new URL(`file://${ROOT}/`) },
  } as unknown as LoaderContext;
  await charterCollectionLoader(kind, dir).load(context);
  return stored;
}

describe('the charter collection loader', () => {
  it('keeps an impossible date as written, so the schema refuses it', async () => {
    await expect(load('charters', path.join(FAULTS, 'impossible-date'))).rejects.toThrow(
      '2024-02-31 is not a date: February 2024 has 29 days.',
    );
  });

  it('drops a byte-order mark', async () => {
    const [entry] = await load('charters', path.join(FAULTS, 'byte-order-mark'));
    expect(entry?.data['title']).toBe('Our promise to you');
  });

  it('publishes no draft and nothing from a hidden folder', async () => {
    expect((await load('charters', path.join(FAULTS, 'draft-folder'))).map((entry) => entry.id)).toEqual(['fixture']);
    expect((await load('charters', path.join(FAULTS, 'hidden-folder'))).map((entry) => entry.id)).toEqual(['fixture']);
  });

  it('refuses a file that is not UTF-8 at its line', async () => {
    const failure = await load('charters', path.join(FAULTS, 'latin-1-file')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContentError);
    expect((failure as ContentError).problems[0]).toMatchObject({ line: 20, column: 48 });
  });

  it('refuses YAML aliases before expanding them', async () => {
    await expect(load('charters', path.join(FAULTS, 'yaml-alias-bomb'))).rejects.toThrow('YAML aliases (*a) are not allowed');
  });
});

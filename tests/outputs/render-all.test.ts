/**
 * The render phase (src/outputs/render-all.ts): every output file rendered once, in worker
 * threads, into a content-hash cache; the same bytes as the registry's own render; a second
 * build reuses every file; one word changed in one charter re-renders that charter's files
 * only; shards split the charters without overlap.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllCharters, loadAllEasyReads } from '../../src/model/load-charter.ts';
import type { CharterDocument } from '../../src/model/types.ts';
import { publishContext } from '../../src/outputs/context.ts';
import { outputFiles } from '../../src/outputs/publish.ts';
import { documentsInShard, renderAllFiles, type RenderAllResult } from '../../src/outputs/render-all.ts';
import { ROOT } from '../helpers/paths.ts';

const SEEDS = ['norfolk-care-and-support', 'papworth-trust-care'];
const work = mkdtempSync(path.join(tmpdir(), 'render-all-'));
const charters = path.join(work, 'charters');
const cacheDir = path.join(work, 'cache');
const before = process.env['CHARTERS_DIR'];

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('renderAllFiles', () => {
  let first: RenderAllResult;
  beforeAll(async () => {
    for (const seed of SEEDS) cpSync(path.join(ROOT, 'content/charters', seed), path.join(charters, seed), { recursive: true });
    process.env['CHARTERS_DIR'] = charters;
    first = await renderAllFiles({ cacheDir, threads: 2 });
  }, 300_000);
  afterAll(() => {
    if (before === undefined) delete process.env['CHARTERS_DIR'];
    else process.env['CHARTERS_DIR'] = before;
    rmSync(work, { recursive: true, force: true });
  });

  // Issue 17's proof that workers and the cache change nothing: every file, of every format, is
  // the bytes the registry renders in this process with no cache.
  it('renders every file of every charter and easy read once, with the bytes the registry renders', async () => {
    const docs = loadAllCharters(charters);
    const all = [...docs, ...loadAllEasyReads(docs, charters)];
    const expected = all.flatMap((doc) => outputFiles(doc, publishContext()));
    expect(Object.keys(first.index.files)).toEqual(expected.map((file) => file.href).sort());
    expect(first.rendered).toBe(expected.length);
    expect(first.reused).toBe(0);
    expect(first.problems).toEqual([]);
    for (const file of expected) {
      const entry = first.index.files[file.href]!;
      const { bytes, facts } = await file.render();
      expect(sha256(readFileSync(entry.path)), file.href).toBe(sha256(bytes));
      expect(entry.sha256).toBe(sha256(bytes));
      expect(entry.size).toBe(bytes.length);
      expect(entry.facts).toEqual({ 'en-GB': facts('en-GB'), 'cy-GB': facts('cy-GB') });
    }
  }, 300_000);

  it('renders the same bytes in this thread (threads: 0) as in the worker pool', async () => {
    const here = await renderAllFiles({ cacheDir: path.join(work, 'in-process-cache'), threads: 0 });
    const hashes = (result: RenderAllResult) =>
      Object.entries(result.index.files).map(([href, entry]) => [href, entry.sha256, entry.pixelSha256]);
    expect(here.rendered).toBe(first.rendered);
    expect(hashes(here)).toEqual(hashes(first));
  }, 300_000);

  it('renders a few files in this thread, not in workers that must load every renderer first', async () => {
    expect(first.threads).toBe(2);
    const few = await renderAllFiles({ cacheDir: path.join(work, 'default-cache') });
    expect(few.rendered).toBe(first.rendered);
    expect(few.rendered).toBeLessThan(100);
    expect(few.threads).toBe(0);
  }, 300_000);

  it('times each format from the workers', () => {
    expect(Object.keys(first.perFormat)).toContain('easy-read-pdf');
    for (const spent of Object.values(first.perFormat)) expect(spent.ms).toBeGreaterThan(0);
  });

  it('reuses every file when nothing changed', async () => {
    const again = await renderAllFiles({ cacheDir, threads: 2 });
    expect(again.rendered).toBe(0);
    expect(again.reused).toBe(first.rendered);
    expect(again.index).toEqual(first.index);
  });

  it('re-renders only the changed charter’s files when one word changes', async () => {
    const file = path.join(charters, SEEDS[0]!, 'charter.mdx');
    const text = readFileSync(file, 'utf8');
    const body = text.indexOf('\n---', 4) + 4;
    const at = text.indexOf(' the ', body);
    writeFileSync(file, `${text.slice(0, at)} THE ${text.slice(at + 5)}`);
    const edited = await renderAllFiles({ cacheDir, threads: 2 });
    const changed = Object.keys(edited.index.files).filter((href) => edited.index.files[href]!.path !== first.index.files[href]!.path);
    expect(changed.length).toBeGreaterThan(0);
    expect(edited.rendered).toBe(changed.length);
    for (const href of changed) expect(href.startsWith(`/charters/${SEEDS[0]}/`), href).toBe(true);
    const untouched = Object.keys(first.index.files).filter((href) => href.startsWith(`/charters/${SEEDS[1]}/`));
    for (const href of untouched) expect(edited.index.files[href]).toEqual(first.index.files[href]);
  }, 300_000);
});

describe('documentsInShard', () => {
  const doc = (id: string, edition: 'full' | 'easy-read') => ({ id, edition }) as CharterDocument;
  const fulls = ['c', 'a', 'e', 'b', 'd'].map((id) => doc(id, 'full'));
  const easyReads = ['a', 'd'].map((id) => doc(id, 'easy-read'));

  it('splits the charters into disjoint shards that cover them all, each charter with its easy read', () => {
    const shards = [1, 2, 3].map((index) => documentsInShard(fulls, easyReads, { index, count: 3 }));
    expect(shards.map((docs) => docs.map((one) => `${one.id}:${one.edition}`))).toEqual([
      ['a:full', 'a:easy-read', 'd:full', 'd:easy-read'],
      ['b:full', 'e:full'],
      ['c:full'],
    ]);
    expect(shards.flat()).toHaveLength(fulls.length + easyReads.length);
  });

  it('without a shard, gives every document in charter order', () => {
    expect(documentsInShard(fulls, easyReads).map((one) => one.id)).toEqual(['a', 'a', 'b', 'c', 'd', 'd', 'e']);
  });
});

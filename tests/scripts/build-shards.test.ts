/**
 * Building past one machine (issue 17): `npm run build -- --shard i/n` renders a share of the
 * charters' files; `--merge` builds the pages, sitemap and manifest from the shards' outputs.
 * Three shards merged are byte-identical to one unsharded build; a missing shard fails
 * with a message naming a missing file and leaves the output as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree } from '../helpers/files.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const CONTENT = path.join(FIXTURES, 'card-contact');
const SITE_FILE = path.join(ROOT, 'tests/fixtures/sites/bilingual.yaml');
const work = mkdtempSync(path.join(tmpdir(), 'charters-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // One render cache for every build here, as a CI job's machine has its own.
    env: { ...process.env, CHARTERS_DIR: CONTENT, SITE_FILE, CHARTERS_RENDER_CACHE: path.join(work, 'render-cache') },
  });

const shards = [1, 2, 3].map((index) => path.join(work, `shard-${index}`));
const whole = path.join(work, 'whole');
const merged = path.join(work, 'merged');

describe('a build in three shards', () => {
  beforeAll(() => {
    for (const [position, folder] of shards.entries()) {
      const run = build('--shard', `${position + 1}/3`, '--out', folder);
      expect(run.status, run.stderr).toBe(0);
    }
    const unsharded = build('--out', whole);
    expect(unsharded.status, unsharded.stderr).toBe(0);
    const joined = build(...shards.flatMap((folder) => ['--merge', folder]), '--out', merged);
    expect(joined.status, joined.stderr).toBe(0);
  }, 900_000);

  it('gives each shard one charter’s files and no pages', () => {
    for (const folder of shards) {
      expect(existsSync(path.join(folder, 'index.html'))).toBe(false);
      expect(readdirSync(path.join(folder, 'charters'))).toHaveLength(1);
    }
  });

  it('merges into output byte-identical to the unsharded build', () => {
    expect(hashTree(merged)).toEqual(hashTree(whole));
  });

  it('refuses to merge without every shard, leaving the output as it was', () => {
    const before = hashTree(merged);
    const run = build('--merge', shards[0]!, '--merge', shards[1]!, '--out', merged);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/The shards lack \d+ file\(s\), e\.g\. \/charters\/.+\nFix: merge every shard/);
    expect(hashTree(merged)).toEqual(before);
  });

  it('refuses a shard that is not a share', () => {
    const run = build('--shard', '4/3', '--out', path.join(work, 'nowhere'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--shard 4/3 is not a share of the build.');
  });
});

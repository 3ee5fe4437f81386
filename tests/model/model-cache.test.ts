import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/model/content-error.ts';
import { MODEL_CACHE_ENV, cachedModel } from '../../src/model/model-cache.ts';
import { loadCharterFile } from '../../src/model/load-charter.ts';

describe('cachedModel', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'model-cache-'));
    process.env[MODEL_CACHE_ENV] = dir;
  });
  afterEach(() => {
    delete process.env[MODEL_CACHE_ENV];
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds once for the same inputs and reads the kept JSON back', () => {
    let builds = 0;
    const build = () => ({ built: ++builds });
    expect(cachedModel({ body: 'a' }, build)).toEqual({ built: 1 });
    expect(cachedModel({ body: 'a' }, build)).toEqual({ built: 1 });
    expect(cachedModel({ body: 'b' }, build)).toEqual({ built: 2 });
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('never keeps a build that failed with a content error', () => {
    const failing = () => {
      throw new ContentError([{ file: 'x.mdx', line: 3, rule: 'mdx', message: 'bad', fix: 'mend it' }]);
    };
    expect(() => cachedModel({ body: 'bad' }, failing)).toThrow(ContentError);
    expect(readdirSync(dir)).toHaveLength(0);
    expect(() => cachedModel({ body: 'bad' }, failing)).toThrow(ContentError);
  });

  it('keeps nothing when no folder is named (tests, lint:content on its own)', () => {
    delete process.env[MODEL_CACHE_ENV];
    let builds = 0;
    cachedModel({ body: 'a' }, () => ++builds);
    cachedModel({ body: 'a' }, () => ++builds);
    expect(builds).toBe(2);
  });

  it('gives a seed charter the same model from the cache as parsed', () => {
    const file = path.resolve('content/charters/ruils-customer-care/charter.mdx');
    const parsed = loadCharterFile(file);
    const kept = loadCharterFile(file);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(kept))).toEqual(JSON.parse(JSON.stringify(parsed)));
    delete process.env[MODEL_CACHE_ENV];
    expect(JSON.parse(JSON.stringify(loadCharterFile(file)))).toEqual(JSON.parse(JSON.stringify(kept)));
  });
});

/**
 * The content check's warm-up (issue 17) only fills the model cache: the check that follows
 * reports exactly what it reports alone, problems and warnings alike.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatCheckResult } from '../../../src/checks/content/content.ts';
import { warmUpContentCheck } from '../../../src/checks/content/warm-up.ts';
import { MODEL_CACHE_ENV } from '../../../src/model/model-cache.ts';
import { ROOT } from '../../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'warm-up-'));
afterAll(() => {
  delete process.env[MODEL_CACHE_ENV];
  rmSync(work, { recursive: true, force: true });
});

describe('warmUpContentCheck', () => {
  it('leaves the content check’s result as it is without it, a content error included', async () => {
    const dir = path.join(work, 'charters');
    const seeds = path.join(ROOT, 'content/charters');
    // Enough charters for the pool (copies of the seeds), one with an error and one with paste damage.
    for (let copy = 0; copy < 3; copy += 1)
      for (const seed of ['dundee-social-work-customer-care', 'norfolk-care-and-support', 'oxfordshire-care-and-support', 'papworth-trust-care', 'ruils-customer-care']) {
        const name = `${seed}-${copy}`;
        cpSync(path.join(seeds, seed, 'charter.mdx'), path.join(dir, name, 'charter.mdx'));
      }
    const broken = path.join(dir, 'ruils-customer-care-1', 'charter.mdx');
    writeFileSync(broken, `${readFileSync(broken, 'utf8')}\n<Unknown />\n`);
    const pasted = path.join(dir, 'norfolk-care-and-support-2', 'charter.mdx');
    writeFileSync(pasted, `${readFileSync(pasted, 'utf8')}\nA line cut off mid\nsentence by a paste.\n`);

    delete process.env[MODEL_CACHE_ENV];
    const alone = formatCheckResult(await checkContent(dir));
    process.env[MODEL_CACHE_ENV] = path.join(work, 'model-cache');
    expect(await warmUpContentCheck(dir)).toBe(15);
    // Models, card fits and paste checks of the 14 charters that load, and the broken one's paste check.
    expect(readdirSync(path.join(work, 'model-cache')).length).toBeGreaterThanOrEqual(14 * 3);
    const warmed = formatCheckResult(await checkContent(dir));
    expect(alone).toContain('Unknown');
    expect(warmed).toBe(alone);
  }, 120_000);

  it('warms again only the charters changed since the last warm-up, and only enough of them for a pool', async () => {
    // The folder and cache the test above left: nothing changed, so no pool.
    const dir = path.join(work, 'charters');
    expect(await warmUpContentCheck(dir)).toBe(0);
    const folders = readdirSync(dir).sort();
    const edit = (name: string) => {
      const file = path.join(dir, name, 'charter.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('We ', 'We, ') + '\n');
    };
    // One edited charter: the check works it out alone, as with a small register.
    edit(folders[0]!);
    expect(await warmUpContentCheck(dir)).toBe(0);
    expect(await warmUpContentCheck(dir)).toBe(0);
    // Twelve edited charters and a new easy read: those twelve, and the check's result still as without a cache.
    for (const name of folders.slice(1, 13)) edit(name);
    writeFileSync(path.join(dir, folders[13]!, 'easy-read.mdx'), 'not an easy read\n');
    expect(await warmUpContentCheck(dir)).toBe(13);
    const warmed = formatCheckResult(await checkContent(dir));
    delete process.env[MODEL_CACHE_ENV];
    expect(warmed).toBe(formatCheckResult(await checkContent(dir)));
    process.env[MODEL_CACHE_ENV] = path.join(work, 'model-cache');
  }, 120_000);
});

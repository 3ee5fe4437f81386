/**
 * Every content fault through the two commands authors and CI run: `npm run lint:content`
 * and `npm run build` print the same error, the build writes nothing, and the previous
 * output folder is byte-identical afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../src/lib/map-concurrent.ts';
import { FAULT_CASES, FAULTS } from '../helpers/content-faults.ts';
import { ROOT } from '../helpers/paths.ts';
import { hashTree } from '../helpers/files.ts';

const work = mkdtempSync(path.join(tmpdir(), 'charters-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function run(script: string, chartersDir: string, args: string[] = []): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], {
      cwd: ROOT,
      env: { ...process.env, CHARTERS_DIR: chartersDir },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** A stand-in for a published site: what must survive a failed build untouched. */
function previousOutput(name: string): string {
  const out = path.join(work, name);
  mkdirSync(path.join(out, 'charters/fixture'), { recursive: true });
  writeFileSync(path.join(out, 'index.html'), `<!doctype html><title>Published ${name}</title>`);
  writeFileSync(path.join(out, 'charters/fixture/fixture-large-print.pdf'), Buffer.from(`%PDF-1.7 ${name}`));
  return out;
}

const results = new Map<string, { lint: Run; build: Run; before: Record<string, string>; after: Record<string, string> }>();

beforeAll(async () => {
  await mapConcurrent(FAULT_CASES, 2, async ([fixture]) => {
    const dir = path.join(FAULTS, fixture);
    const out = previousOutput(fixture);
    const before = hashTree(out);
    const [lint, build] = [await run('scripts/lint-content.ts', dir), await run('scripts/build.ts', dir, ['--out', out])];
    results.set(fixture, { lint, build, before, after: hashTree(out) });
  });
}, 600_000);

describe('a content fault through lint:content and build', () => {
  it.each(FAULT_CASES)('%s: both report %s, nothing is written, the previous output is byte-identical', (fixture, where, message) => {
    const result = results.get(fixture)!;
    const location = `${path.relative(ROOT, path.join(FAULTS, fixture, where))} error: `;
    expect(result.lint.status).toBe(1);
    expect(result.lint.stderr).toContain(location);
    expect(result.lint.stderr).toContain(message);
    expect(result.build.status).toBe(1);
    expect(result.build.stderr).toContain(result.lint.stderr.trim());
    expect(result.build.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    expect(result.after).toEqual(result.before);
  });
});

describe('a build of a draft beside a charter saved with a byte-order mark', () => {
  it('publishes the charter with its real title and never the draft', async () => {
    const content = path.join(work, 'draft-and-bom');
    mkdirSync(content);
    const { cpSync } = await import('node:fs');
    cpSync(path.join(FAULTS, 'byte-order-mark/fixture'), path.join(content, 'fixture'), { recursive: true });
    cpSync(path.join(FAULTS, 'draft-folder/_next-year'), path.join(content, '_next-year'), { recursive: true });
    const out = path.join(work, 'draft-and-bom-dist');
    const build = await run('scripts/build.ts', content, ['--out', out]);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toContain('Drafts, not published:');
    const files = Object.keys(hashTree(out));
    expect(files.some((file) => file.includes('next-year'))).toBe(false);
    const page = readFileSync(path.join(out, 'charters/fixture/index.html'), 'utf8');
    expect(page).toContain('<h1');
    expect(page).toMatch(/<title>Our promise to you/);
    expect(page).not.toContain('\uFEFF');
  }, 300_000);
});

describe('a card that does not fit, in a charter with other errors', () => {
  it('is reported by one lint:content run and by the build, with the schema and body errors', async () => {
    const dir = path.join(FAULTS, 'overflowing-card-beside-other-errors');
    const file = path.relative(ROOT, path.join(dir, 'fixture/charter.mdx'));
    const lint = await run('scripts/lint-content.ts', dir);
    const build = await run('scripts/build.ts', dir, ['--out', path.join(work, 'overflowing-card-dist')]);
    for (const result of [lint, build]) {
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${file}:8 error: "dates.adopted"`);
      expect(result.stderr).toContain(`${file}:9 error: The front of the wallet card does not fit`);
      expect(result.stderr).toContain(`${file}:26:1 error: This is not valid MDX`);
    }
    expect(build.stderr).toContain(lint.stderr.trim());
  }, 300_000);
});

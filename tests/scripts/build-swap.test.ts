/**
 * `npm run build` keeps the previous output through every failure, with real builds of the
 * every-block-type fixture: killed (SIGKILL) at each step of the swap, building onto another
 * filesystem (a tmpfs), a full disk there, an immutable file in the previous output, and
 * folders left by dead builds. The previous output is a real earlier build with one marker
 * file added, and is compared by the sha256 of every file.
 *
 * Builds take 10 s on an idle 2-core machine and over a minute on a busy one: timeouts are
 * generous, and no test depends on timing (the failpoint CHARTERS_BUILD_PAUSE_AT stops the
 * build at an exact step and waits to be killed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAUSE_STEPS, outputSiblings, type PauseStep } from '../../scripts/lib/swap-output.ts';
import { FIXTURES, ROOT, invalidFixture } from '../helpers/paths.ts';
import { hashTree } from '../helpers/files.ts';

const BUILD_TIMEOUT = 5 * 60_000;
const TEST_TIMEOUT = 2 * BUILD_TIMEOUT + 60_000;
const FIXTURE = path.join(FIXTURES, 'valid');
const STAGING_ROOT = path.join(ROOT, '.build');
const MARKER = 'previous-build-marker.txt';

const work = mkdtempSync(path.join(tmpdir(), 'charters-swap-'));
/** Runs at the end, in reverse order (unmount before removing the mount point). */
const cleanups: (() => void)[] = [() => rmSync(work, { recursive: true, force: true })];
afterAll(() => {
  for (const cleanup of cleanups.reverse()) {
    try {
      cleanup();
    } catch (error) {
      console.log(`cleanup failed: ${(error as Error).message}`);
    }
  }
});

/** A content folder whose only charter is invalid: such a build stops at the content check. */
const badContent = path.join(work, 'bad-content');
mkdirSync(path.join(badContent, 'x'), { recursive: true });
cpSync(invalidFixture('missing-title'), path.join(badContent, 'x', 'charter.mdx'));

interface BuildRun {
  pid: number;
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Set when the build printed `paused at <step>` and was then killed. */
  killedAt?: PauseStep;
}

/**
 * Runs `scripts/build.ts --out <out>`. With `killAt`, waits for the failpoint's `paused at
 * <step>` line, then SIGKILLs the build and waits until it is reaped (so its pid is dead).
 */
function build(out: string, { content = FIXTURE, killAt }: { content?: string; killAt?: PauseStep } = {}): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        CHARTERS_DIR: content,
        // These builds keep their own content cache, so builds in other test files never race on it.
        ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
        ...(killAt ? { CHARTERS_BUILD_PAUSE_AT: killAt } : {}),
      },
    });
    let stdout = '';
    let stderr = '';
    let killedAt: PauseStep | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the build did not finish within ${BUILD_TIMEOUT / 1000} s:\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`));
    }, BUILD_TIMEOUT);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (killAt && !killedAt && stdout.includes(`paused at ${killAt}\n`)) {
        killedAt = killAt;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    // 'close' comes after the process is reaped and its output read.
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ pid: child.pid ?? 0, status, signal, stdout, stderr, ...(killedAt ? { killedAt } : {}) });
    });
  });
}

/** sha256 of every file, by relative path. */
/** The `.<name>.*` folders the build keeps beside the output. */
function siblingsOf(out: string): string[] {
  const name = path.basename(out);
  return readdirSync(path.dirname(out)).filter((entry) => entry.startsWith(`.${name}.`));
}

/** Bytes a tree takes on a tmpfs (whole 4 KiB pages per file). */
function treeBytes(dir: string): number {
  return Object.keys(hashTree(dir)).reduce((sum, file) => sum + Math.ceil(statSync(path.join(dir, file)).size / 4096) * 4096, 0);
}

/** A path as the build prints it (relative to the project when inside it). */
function shown(target: string): string {
  const relative = path.relative(ROOT, target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target;
}

/** No Node.js stack trace in the output. */
function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

/** A real earlier build of the fixture: the whole new tree, by hash. */
let newTree: Record<string, string>;
const base = path.join(work, 'base');

/** A previous output: a copy of the real earlier build, marked so it differs from the next build. Returns its hashes. */
function previousOutput(out: string): Record<string, string> {
  mkdirSync(path.dirname(out), { recursive: true });
  cpSync(base, out, { recursive: true });
  writeFileSync(path.join(out, MARKER), `previous output, ${out}\n`);
  const hashes = hashTree(out);
  expect(Object.keys(hashes)).toContain(MARKER);
  return hashes;
}

beforeAll(async () => {
  const run = await build(base);
  expect(run.status, run.stderr).toBe(0);
  newTree = hashTree(base);
  expect(Object.keys(newTree)).toContain('index.html');
  expect(Object.keys(newTree)).toContain('charters/every-block-type/index.html');
}, TEST_TIMEOUT);

describe('a build killed at each step of the swap', () => {
  it('offers a failpoint at every step tested here', () => {
    expect([...PAUSE_STEPS]).toEqual(['staged', 'old-moved-aside', 'new-moved-in']);
  });

  it.each(PAUSE_STEPS)(
    'at %s: the output is the old tree or the new one, and the next build (even a failing one) tidies up',
    async (step) => {
      const out = path.join(work, `killed-${step}`, 'site');
      const oldTree = previousOutput(out);

      const killed = await build(out, { killAt: step });
      expect(killed.killedAt, `${killed.stdout}\n${killed.stderr}`).toBe(step);
      expect(killed.signal).toBe('SIGKILL');
      const { next, previous } = outputSiblings(out, killed.pid);
      if (step === 'staged') {
        expect(hashTree(out)).toEqual(oldTree);
        expect(hashTree(next)).toEqual(newTree);
      } else if (step === 'old-moved-aside') {
        // The one moment the output is missing: the old tree is whole beside it.
        expect(existsSync(out)).toBe(false);
        expect(hashTree(previous)).toEqual(oldTree);
      } else {
        expect(hashTree(out)).toEqual(newTree);
        expect(hashTree(previous)).toEqual(oldTree);
      }
      expect(siblingsOf(out).length).toBeGreaterThan(0);

      // The next build fails on bad content, yet first restores and tidies up.
      const after = await build(out, { content: badContent });
      expect(after.status, after.stderr).toBe(1);
      expect(after.stderr).toContain('Nothing was built.');
      expect(hashTree(out)).toEqual(step === 'new-moved-in' ? newTree : oldTree);
      if (step === 'old-moved-aside')
        expect(after.stdout).toContain(
          `Restored ${shown(out)} from ${shown(previous)}: the build with process id ${killed.pid} was stopped`,
        );
      expect(after.stdout).toMatch(/Removed \d+ folder\(s\) left by stopped builds/);
      expect(siblingsOf(out)).toEqual([]);
      expect(existsSync(path.join(STAGING_ROOT, `staging-${killed.pid}`))).toBe(false);
    },
    TEST_TIMEOUT,
  );
});

describe('folders left by dead builds', () => {
  it(
    'removes a dead build’s staging folder and keeps a live one’s',
    async () => {
      mkdirSync(STAGING_ROOT, { recursive: true });
      const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
      const dead = path.join(STAGING_ROOT, `staging-${deadPid}`);
      // This test's own process is alive: a build must leave its folder alone.
      const live = path.join(STAGING_ROOT, `staging-${process.pid}`);
      cleanups.push(() => rmSync(live, { recursive: true, force: true }));
      for (const folder of [dead, live]) {
        mkdirSync(path.join(folder, 'charters'), { recursive: true });
        writeFileSync(path.join(folder, 'index.html'), 'half-built');
      }
      const out = path.join(work, 'stale-staging', 'site');
      const oldTree = previousOutput(out);
      const run = await build(out, { content: badContent });
      expect(run.status).toBe(1);
      expect(existsSync(dead)).toBe(false);
      expect(existsSync(path.join(live, 'index.html'))).toBe(true);
      expect(hashTree(out)).toEqual(oldTree);
    },
    TEST_TIMEOUT,
  );
});

/** Runs a command, true when it succeeded. */
const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** Mounts a tmpfs on a new folder in `work`; undefined if this machine does not allow it. */
function mountTmpfs(name: string, options: string[] = []): string | undefined {
  const mountPoint = path.join(work, name);
  mkdirSync(mountPoint);
  if (!succeeds('mount', ['-t', 'tmpfs', ...options, 'tmpfs', mountPoint])) return undefined;
  cleanups.push(() => spawnSync('umount', ['-l', mountPoint]));
  return mountPoint;
}

/** A folder on another filesystem than .build, or why there is none. */
function otherFilesystem(): { dir: string } | { reason: string } {
  mkdirSync(STAGING_ROOT, { recursive: true });
  const device = statSync(STAGING_ROOT).dev;
  try {
    if (statSync('/dev/shm').isDirectory() && statSync('/dev/shm').dev !== device) {
      const dir = mkdtempSync('/dev/shm/charters-swap-');
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      return { dir };
    }
  } catch {
    // No usable /dev/shm: try mounting a tmpfs.
  }
  const mounted = mountTmpfs('other-fs');
  if (mounted && statSync(mounted).dev !== device) return { dir: mounted };
  return { reason: '/dev/shm is missing or on the same filesystem as .build, and mount -t tmpfs failed (not root, or no CAP_SYS_ADMIN)' };
}

const other = otherFilesystem();
if ('reason' in other) console.log(`Skipping the build onto another filesystem: ${other.reason}.`);

describe('a build onto another filesystem', () => {
  it.skipIf('reason' in other)(
    'copies the new tree beside the output, then swaps it in: complete, with nothing left over',
    async () => {
      if (!('dir' in other)) return;
      const out = path.join(other.dir, 'site');
      previousOutput(out);
      const run = await build(out);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('it is on another filesystem');
      expect(hashTree(out)).toEqual(newTree);
      expect(siblingsOf(out)).toEqual([]);
      expect(existsSync(path.join(STAGING_ROOT, `staging-${run.pid}`))).toBe(false);
    },
    TEST_TIMEOUT,
  );
});

// The full disk is a tmpfs sized in the test, once the earlier build exists; here we only
// find out whether this machine lets us mount one.
const canMount = mountTmpfs('mount-probe', ['-o', 'size=64k']) !== undefined;
if (!canMount) console.log('Skipping the full-disk build: mount -t tmpfs failed (not root, or no CAP_SYS_ADMIN).');

describe('a build onto a filesystem that fills up', () => {
  it.skipIf(!canMount)(
    'fails with one message naming ENOSPC and the fix, and leaves the previous output byte-identical',
    async () => {
      // Room for the previous output and about half of the new one.
      const size = Math.ceil((treeBytes(base) * 1.5) / 4096) * 4096;
      const fullDisk = mountTmpfs('full-disk', ['-o', `size=${size}`]);
      expect(fullDisk, 'mount -t tmpfs worked a moment ago').toBeDefined();
      if (!fullDisk) return;
      const out = path.join(fullDisk, 'site');
      const oldTree = previousOutput(out);
      const run = await build(out);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/Could not copy the new build to .*\.site\.new-\d+ .*: ENOSPC \(no space left on the device\)/);
      expect(run.stderr).toMatch(/\nFix: Free space on the filesystem of /);
      expect(run.stderr).toContain(`The previous output, ${shown(out)}, was left as it was.`);
      expectNoStackTrace(run.stderr);
      expect(hashTree(out)).toEqual(oldTree);
      expect(siblingsOf(out)).toEqual([]);
      expect(existsSync(path.join(STAGING_ROOT, `staging-${run.pid}`))).toBe(false);
    },
    TEST_TIMEOUT,
  );
});

/** A folder where `chattr +i` works (ext4 /tmp, or tmpfs /dev/shm on newer kernels), or why there is none. */
function immutableCapable(): { dir: string } | { reason: string } {
  const tried: string[] = [];
  for (const candidate of [work, '/dev/shm']) {
    try {
      const dir = mkdtempSync(path.join(candidate, 'charters-immutable-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const probe = path.join(dir, 'probe');
      writeFileSync(probe, '');
      const set = succeeds('chattr', ['+i', probe]);
      spawnSync('chattr', ['-i', probe]);
      if (set) return { dir };
      tried.push(`chattr +i failed in ${candidate}`);
    } catch (error) {
      tried.push(`${candidate}: ${(error as Error).message}`);
    }
  }
  return { reason: tried.join('; ') };
}

const immutable = immutableCapable();
if ('reason' in immutable) console.log(`Skipping the immutable-file build: ${immutable.reason}.`);

describe('an immutable file in the previous output', () => {
  it.skipIf('reason' in immutable)(
    'puts the new site in place, exits 0 and warns, naming the leftover folder and how to remove it',
    async () => {
      if (!('dir' in immutable)) return;
      const out = path.join(immutable.dir, 'site');
      previousOutput(out);
      const locked = path.join(out, 'robots.txt');
      expect(succeeds('chattr', ['+i', locked])).toBe(true);
      // Wherever the file goes, unlock it before the folders are removed.
      cleanups.push(() => {
        for (const entry of readdirSync(immutable.dir)) spawnSync('chattr', ['-R', '-i', path.join(immutable.dir, entry)]);
      });

      const run = await build(out);
      expect(run.status, run.stderr).toBe(0);
      expect(hashTree(out)).toEqual(newTree);
      const { trash } = outputSiblings(out, run.pid);
      expect(siblingsOf(out)).toEqual([path.basename(trash)]);
      expect(lstatSync(path.join(trash, 'robots.txt')).isFile()).toBe(true);
      expect(run.stderr).toContain(`Warning: Could not remove ${shown(trash)} (the previous output): EPERM`);
      expect(run.stderr).toContain(`chattr -R -i ${shown(trash)} && rm -rf ${shown(trash)}`);
      expect(run.stderr).toContain('The new output is in place all the same.');
      expectNoStackTrace(run.stderr);

      // Later builds warn again, and are not stopped by it.
      const again = await build(out, { content: badContent });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain(`Warning: Could not remove ${shown(trash)} (left by a stopped build): EPERM`);
      expect(hashTree(out)).toEqual(newTree);
    },
    TEST_TIMEOUT,
  );
});

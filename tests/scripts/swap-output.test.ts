/**
 * scripts/lib/swap-output.ts on small folders, with filesystem operations made to fail on cue
 * (a second rename that fails, a copy that fills the disk half-way, a delete refused): the
 * previous output is byte-identical afterwards, or the new one is complete in its place, and
 * every failure is one message with the fix. tests/scripts/build-swap.test.ts does the same
 * with real builds, real kills, another filesystem and an immutable file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  OutputError,
  isLiveBuild,
  outputSiblings,
  pauseIfAsked,
  placeBesideOutput,
  realFs,
  recoverInterruptedBuilds,
  swapInto,
  type FsOps,
} from '../../scripts/lib/swap-output.ts';
import { hashTree } from '../helpers/files.ts';

const work = mkdtempSync(path.join(tmpdir(), 'charters-swap-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let root: string;
let outDir: string;
let stagingRoot: string;
let counter = 0;
beforeEach(() => {
  counter += 1;
  root = path.join(work, String(counter));
  outDir = path.join(root, 'site', 'dist');
  stagingRoot = path.join(root, '.build');
  mkdirSync(path.dirname(outDir), { recursive: true });
  mkdirSync(stagingRoot);
});

const OLD = { 'index.html': 'old home', 'charters/a/index.html': 'old a', 'robots.txt': 'old robots' };
const NEW = { 'index.html': 'new home', 'charters/a/index.html': 'new a', 'charters/b/index.html': 'new b' };

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

/** sha256 of every file, by relative path. */
const hashesOf = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([name, text]) => [path.normalize(name), createHash('sha256').update(text).digest('hex')]));

/** The `.dist.*` folders beside the output. */
const siblings = () => readdirSync(path.dirname(outDir)).filter((name) => name.startsWith('.dist.'));

function systemError(code: string, at?: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code, ...(at ? { path: at } : {}) });
}

/** realFs, with the n-th rename (1-based) failing with `code`. */
function failingRename(failOn: number[], code: string): FsOps {
  let calls = 0;
  return {
    ...realFs,
    renameSync: (from, to) => {
      calls += 1;
      if (failOn.includes(calls)) throw systemError(code, from);
      realFs.renameSync(from, to);
    },
  };
}

function caught(run: () => unknown): OutputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OutputError);
    return error as OutputError;
  }
  throw new Error('expected an OutputError');
}

/** A message for a person: what failed, a fix, what became of the output, no stack trace. */
function expectOneClearMessage(error: OutputError, code: string): void {
  expect(error.message).toMatch(/^Could not /);
  expect(error.message).toContain(code);
  expect(error.message).toMatch(/\nFix: /);
  expect(error.message).not.toMatch(/^\s+at /m);
}

/** A process id that is certainly not running: a child that has exited and been reaped. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  expect(child.pid).toBeGreaterThan(0);
  return child.pid;
}

describe('outputSiblings', () => {
  it('names the folders beside the output after the process id', () => {
    expect(outputSiblings('/srv/www/dist', 42)).toEqual({
      parent: '/srv/www',
      name: 'dist',
      next: '/srv/www/.dist.new-42',
      previous: '/srv/www/.dist.old-42',
      trash: '/srv/www/.dist.trash-42',
    });
  });
});

describe('isLiveBuild', () => {
  it('tells running processes from dead ones, and counts this process as dead (an earlier process had its id)', () => {
    expect(isLiveBuild(process.ppid)).toBe(true);
    expect(isLiveBuild(deadPid())).toBe(false);
    expect(isLiveBuild(process.pid)).toBe(false);
  });
});

describe('pauseIfAsked', () => {
  it('returns at once unless CHARTERS_BUILD_PAUSE_AT names the step', () => {
    pauseIfAsked('staged', {});
    pauseIfAsked('staged', { CHARTERS_BUILD_PAUSE_AT: 'new-moved-in' });
  });
});

describe('placeBesideOutput', () => {
  it('renames the staging tree beside the output on one filesystem', () => {
    const staging = path.join(stagingRoot, 'staging-7');
    writeTree(staging, NEW);
    const placed = placeBesideOutput(staging, outDir, 7);
    expect(placed).toEqual({ next: outputSiblings(outDir, 7).next, copied: false, warnings: [] });
    expect(hashTree(placed.next)).toEqual(hashesOf(NEW));
    expect(existsSync(staging)).toBe(false);
  });

  it('copies it when the rename fails with EXDEV (another filesystem), then removes the staging copy', () => {
    const staging = path.join(stagingRoot, 'staging-7');
    writeTree(staging, NEW);
    const placed = placeBesideOutput(staging, outDir, 7, failingRename([1], 'EXDEV'));
    expect(placed.copied).toBe(true);
    expect(hashTree(placed.next)).toEqual(hashesOf(NEW));
    expect(existsSync(staging)).toBe(false);
  });

  it('leaves nothing beside the output and the output untouched when the copy fills the disk', () => {
    writeTree(outDir, OLD);
    const staging = path.join(stagingRoot, 'staging-7');
    writeTree(staging, NEW);
    const ops: FsOps = {
      ...failingRename([1], 'EXDEV'),
      copyTree: (_from, to) => {
        writeTree(to, { 'index.html': 'half' });
        throw Object.assign(systemError('ENOSPC'), { syscall: 'copyfile', dest: path.join(to, 'charters/a/index.html') });
      },
    };
    const error = caught(() => placeBesideOutput(staging, outDir, 7, ops));
    expectOneClearMessage(error, 'ENOSPC');
    expect(error.message).toContain('no space left');
    expect(error.message).toContain('.dist.new-7/charters/a/index.html');
    expect(error.message).toContain('was left as it was');
    expect(hashTree(outDir)).toEqual(hashesOf(OLD));
    expect(siblings()).toEqual([]);
  });

  it('reports any other rename failure without copying', () => {
    writeTree(outDir, OLD);
    const staging = path.join(stagingRoot, 'staging-7');
    writeTree(staging, NEW);
    const error = caught(() => placeBesideOutput(staging, outDir, 7, failingRename([1], 'EACCES')));
    expectOneClearMessage(error, 'EACCES');
    expect(error.message).toContain('chattr -i');
    expect(hashTree(outDir)).toEqual(hashesOf(OLD));
    expect(siblings()).toEqual([]);
  });
});

describe('swapInto', () => {
  function placed(pid = 7): string {
    const next = outputSiblings(outDir, pid).next;
    writeTree(next, NEW);
    return next;
  }

  it('replaces the output and removes the previous one', () => {
    writeTree(outDir, OLD);
    expect(swapInto(placed(), outDir, 7)).toEqual({});
    expect(hashTree(outDir)).toEqual(hashesOf(NEW));
    expect(siblings()).toEqual([]);
  });

  it('puts the output in place when there was none', () => {
    expect(swapInto(placed(), outDir, 7)).toEqual({});
    expect(hashTree(outDir)).toEqual(hashesOf(NEW));
    expect(siblings()).toEqual([]);
  });

  it('pauses at each step in order', () => {
    writeTree(outDir, OLD);
    const steps: string[] = [];
    swapInto(placed(), outDir, 7, {
      pause: (step) => {
        steps.push(step);
        if (step === 'old-moved-aside') expect(existsSync(outDir)).toBe(false);
        if (step === 'new-moved-in') expect(hashTree(outputSiblings(outDir, 7).previous)).toEqual(hashesOf(OLD));
      },
    });
    expect(steps).toEqual(['old-moved-aside', 'new-moved-in']);
  });

  it('leaves the output untouched when moving it aside fails', () => {
    writeTree(outDir, OLD);
    const error = caught(() => swapInto(placed(), outDir, 7, { ops: failingRename([1], 'EBUSY') }));
    expectOneClearMessage(error, 'EBUSY');
    expect(error.message).toContain('mount point');
    expect(error.message).toContain('was left as it was');
    expect(hashTree(outDir)).toEqual(hashesOf(OLD));
    expect(siblings()).toEqual([]);
  });

  it('moves the previous output back when moving the new one in fails', () => {
    writeTree(outDir, OLD);
    const error = caught(() => swapInto(placed(), outDir, 7, { ops: failingRename([2], 'EXDEV') }));
    expectOneClearMessage(error, 'EXDEV');
    expect(error.message).toContain('is intact');
    expect(hashTree(outDir)).toEqual(hashesOf(OLD));
    expect(siblings()).toEqual([]);
  });

  it('says where the previous output is if it cannot be moved back either, and the next build restores it', () => {
    writeTree(outDir, OLD);
    const error = caught(() => swapInto(placed(), outDir, 7, { ops: failingRename([2, 3], 'EIO') }));
    expectOneClearMessage(error, 'EIO');
    expect(error.message).toContain('intact in');
    expect(error.message).toContain('.dist.old-7');
    expect(existsSync(outDir)).toBe(false);
    const report = recoverInterruptedBuilds(outDir, stagingRoot, { isLive: () => false });
    expect(report.notes[0]).toMatch(/^Restored .*dist from .*\.dist\.old-7/);
    expect(hashTree(outDir)).toEqual(hashesOf(OLD));
    expect(siblings()).toEqual([]);
  });

  it('keeps the new output and warns, naming the folder and the fix, when the previous one cannot be deleted', () => {
    writeTree(outDir, OLD);
    const trash = outputSiblings(outDir, 7).trash;
    const ops: FsOps = {
      ...realFs,
      removeTree: (target) => {
        if (target === trash) throw systemError('EPERM', path.join(trash, 'robots.txt'));
        realFs.removeTree(target);
      },
    };
    const result = swapInto(placed(), outDir, 7, { ops });
    expect(result.warning).toContain(trash);
    expect(result.warning).toContain(`chattr -R -i ${trash} && rm -rf ${trash}`);
    expect(hashTree(outDir)).toEqual(hashesOf(NEW));
    expect(siblings()).toEqual(['.dist.trash-7']);
  });
});

describe('recoverInterruptedBuilds', () => {
  it('restores the output a dead build left aside, and removes what dead builds left', () => {
    const dead = deadPid();
    const { previous, next, trash } = outputSiblings(outDir, dead);
    writeTree(previous, OLD);
    writeTree(next, NEW);
    writeTree(trash, { 'x.html': 'partial' });
    writeTree(path.join(stagingRoot, `staging-${dead}`), NEW);
    writeTree(path.join(stagingRoot, 'cache-abc'), { 'data.json': '{}' });
    const report = recoverInterruptedBuilds(outDir, stagingRoot);
    expect(report.notes[0]).toContain(`the build with process id ${dead} was stopped`);
    expect(report.notes[1]).toMatch(/^Removed 3 folder\(s\) left by stopped builds/);
    expect(report.warnings).toEqual([]);
    expect(hashTree(outDir)).toEqual(hashesOf(OLD));
    expect(siblings()).toEqual([]);
    expect(readdirSync(stagingRoot)).toEqual(['cache-abc']);
  });

  it('removes the step handoff files of a dead build, never a live build’s', () => {
    const dead = deadPid();
    const live = process.ppid;
    mkdirSync(stagingRoot, { recursive: true });
    for (const pid of [dead, live]) writeFileSync(path.join(stagingRoot, `step-files-${pid}.json`), '{}');
    writeFileSync(path.join(stagingRoot, `step-check-${dead}.json`), '{}');
    recoverInterruptedBuilds(outDir, stagingRoot);
    expect(readdirSync(stagingRoot)).toEqual([`step-files-${live}.json`]);
  });

  it('never touches the folders of a live build', () => {
    const live = process.ppid;
    const { previous, next } = outputSiblings(outDir, live);
    writeTree(previous, OLD);
    writeTree(next, NEW);
    writeTree(path.join(stagingRoot, `staging-${live}`), NEW);
    expect(recoverInterruptedBuilds(outDir, stagingRoot)).toEqual({ notes: [], warnings: [] });
    expect(existsSync(outDir)).toBe(false);
    expect(siblings().sort()).toEqual([`.dist.new-${live}`, `.dist.old-${live}`]);
    expect(readdirSync(stagingRoot)).toEqual([`staging-${live}`]);
  });

  it('never restores a .trash- folder (it may be half deleted)', () => {
    const dead = deadPid();
    writeTree(outputSiblings(outDir, dead).trash, { 'index.html': 'half' });
    recoverInterruptedBuilds(outDir, stagingRoot);
    expect(existsSync(outDir)).toBe(false);
    expect(siblings()).toEqual([]);
  });

  it('removes a dead build’s previous output when the output is in place', () => {
    const dead = deadPid();
    writeTree(outDir, NEW);
    writeTree(outputSiblings(outDir, dead).previous, OLD);
    recoverInterruptedBuilds(outDir, stagingRoot);
    expect(hashTree(outDir)).toEqual(hashesOf(NEW));
    expect(siblings()).toEqual([]);
  });

  it('warns, and carries on, when a leftover cannot be removed', () => {
    const dead = deadPid();
    writeTree(outDir, NEW);
    const staging = path.join(stagingRoot, `staging-${dead}`);
    writeTree(staging, NEW);
    const ops: FsOps = {
      ...realFs,
      removeTree: () => {
        throw systemError('EPERM');
      },
    };
    const report = recoverInterruptedBuilds(outDir, stagingRoot, { ops });
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toContain(staging);
    expect(report.warnings[0]).toContain('chattr -R -i');
  });

  it('reports one clear message when the previous output cannot be moved back', () => {
    const dead = deadPid();
    writeTree(outputSiblings(outDir, dead).previous, OLD);
    const error = caught(() => recoverInterruptedBuilds(outDir, stagingRoot, { ops: failingRename([1], 'EACCES') }));
    expectOneClearMessage(error, 'EACCES');
    expect(error.message).toContain(`.dist.old-${dead}`);
    expect(error.message).toContain('intact');
    expect(hashTree(outputSiblings(outDir, dead).previous)).toEqual(hashesOf(OLD));
  });
});

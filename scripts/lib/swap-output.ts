/**
 * Puts a finished build in place of the previous output so that the previous output survives
 * every failure: another filesystem, a file that cannot be deleted, a full disk, a kill at any
 * moment. scripts/build.ts uses it; tests/scripts/swap-output.test.ts and build-swap.test.ts
 * prove it.
 *
 * The folders beside the output `<parent>/<name>` (all named after the build's process id, so
 * a later build can tell a live build's folders from a dead one's):
 *
 * - `.<name>.new-<pid>`: the new tree, complete, waiting to be renamed in.
 * - `.<name>.old-<pid>`: the previous output, moved aside whole. Only ever a complete tree, so
 *   a later build may rename it back if the output is missing.
 * - `.<name>.trash-<pid>`: the previous output once the new one is in, being deleted. May be
 *   partial, so it is never restored.
 *
 * The output itself only ever changes by `rename(2)` within one folder, which is atomic: at any
 * moment it is the old tree or the new tree, except between the two renames of {@link swapInto}
 * (a few microseconds), and a kill there is repaired by {@link recoverInterruptedBuilds} at the
 * start of the next build.
 */
import {
  constants,
  copyFileSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/** The filesystem operations the swap uses; tests replace one to make it fail on cue. */
export interface FsOps {
  renameSync: (from: string, to: string) => void;
  /** Copies a folder tree to a path that must not exist yet. */
  copyTree: (from: string, to: string) => void;
  /** Removes a file or folder tree; no error if it is not there. */
  removeTree: (target: string) => void;
}

/**
 * Copies a tree file by file. Not fs.cpSync: in Node 24 its native copy reports a full disk as
 * EIO, and the person needs to read ENOSPC. Never merges into anything already there.
 */
function copyTree(from: string, to: string): void {
  const stat = lstatSync(from);
  if (stat.isDirectory()) {
    mkdirSync(to, { mode: stat.mode & 0o7777 });
    for (const entry of readdirSync(from)) copyTree(path.join(from, entry), path.join(to, entry));
  } else if (stat.isSymbolicLink()) {
    symlinkSync(readlinkSync(from), to);
  } else {
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  }
}

export const realFs: FsOps = {
  renameSync: (from, to) => renameSync(from, to),
  copyTree,
  removeTree: (target) => rmSync(target, { recursive: true, force: true }),
};

/** Build steps where the test-only failpoint ({@link pauseIfAsked}) can stop a build. */
export const PAUSE_STEPS = ['staged', 'old-moved-aside', 'new-moved-in'] as const;
export type PauseStep = (typeof PAUSE_STEPS)[number];

/**
 * TEST-ONLY failpoint. When the environment variable `CHARTERS_BUILD_PAUSE_AT` names `step`,
 * prints `paused at <step>` on stdout and blocks for ever, so a test can kill the build at
 * exactly that point (tests/scripts/build-swap.test.ts). Never set it outside tests.
 */
export function pauseIfAsked(step: PauseStep, env: NodeJS.ProcessEnv = process.env): void {
  if (env['CHARTERS_BUILD_PAUSE_AT'] !== step) return;
  // writeSync, not console.log: the line must be out before this thread blocks.
  writeSync(1, `paused at ${step}\n`);
  // Blocks this thread, and so every later step, until the process is killed.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

/** The folders beside the output that belong to the build with process id `pid`. */
export interface OutputSiblings {
  parent: string;
  name: string;
  next: string;
  previous: string;
  trash: string;
}

export function outputSiblings(outDir: string, pid: number): OutputSiblings {
  const parent = path.dirname(outDir);
  const name = path.basename(outDir);
  const sibling = (kind: string) => path.join(parent, `.${name}.${kind}-${pid}`);
  return { parent, name, next: sibling('new'), previous: sibling('old'), trash: sibling('trash') };
}

/**
 * Whether the process that named a folder is still running (so its folders must be left
 * alone). A folder named after this very process was left by an earlier process that had the
 * same id, so it counts as dead. `kill(pid, 0)` sends nothing: ESRCH means no such process,
 * EPERM means it exists but belongs to another user.
 */
export function isLiveBuild(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** A filesystem failure explained for the person running the build; its message is the whole report. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** The `code` of a Node.js system error (EXDEV, EPERM…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const MEANINGS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EXDEV: 'the folders are on different filesystems',
  EROFS: 'read-only filesystem',
  EBUSY: 'the folder is in use or is a mount point',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way',
  EEXIST: 'it already exists',
  ENOTEMPTY: 'a folder is already there',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links',
};

/** Shows a path relative to the working folder when it is inside it, else absolute. */
export function show(target: string): string {
  const relative = path.relative(process.cwd(), target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target;
}

/** Quotes a path for a shell command in a fix. */
function quote(target: string): string {
  return /^[\w./-]+$/.test(target) ? target : `'${target.replaceAll("'", `'\\''`)}'`;
}

/** What the person can do about error `code` on `folder`. */
export function fixFor(code: string | undefined, folder: string): string {
  const q = quote(show(folder));
  switch (code) {
    case 'EPERM':
    case 'EACCES':
      return `Check that you may write to ${q} and its parent (ls -ld), and that nothing there is immutable (lsattr -d; remove the flag with chattr -i).`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `Free space on the filesystem of ${q} (df -h ${q}) and build again.`;
    case 'EROFS':
      return `${q} is on a read-only filesystem: build with --out on a writable one.`;
    case 'EBUSY':
      return `Stop whatever uses ${q}; if it is a mount point, build with --out a folder inside it.`;
    case 'EEXIST':
    case 'ENOTEMPTY':
      return `Remove ${q} (rm -rf ${q}) and build again.`;
    case 'ENOTDIR':
    case 'EISDIR':
      return `Build with --out a path whose parents are all folders.`;
    case 'EMFILE':
    case 'ENFILE':
      return 'Close other programs (or raise ulimit -n) and build again.';
    default:
      return `Check ${q} and build again.`;
  }
}

/**
 * The one message for a failure the build reports without a stack trace: an OutputError, or
 * a filesystem error (an E… code) put in words; undefined for anything else (a bug: throw it).
 */
export function failureMessage(error: unknown, folder: string, outDir: string): string | undefined {
  if (error instanceof OutputError) return error.message;
  if (!/^E[A-Z0-9]+$/.test(errorCode(error) ?? '')) return undefined;
  const at = (error as { path?: unknown }).path;
  const action = `build (${String((error as { syscall?: unknown }).syscall ?? 'filesystem')})`;
  return fsFailure(action, typeof at === 'string' ? at : folder, error, untouched(outDir)).message;
}

/** One message for a failed filesystem step: what failed, where, the fix, and what became of the output. */
export function fsFailure(action: string, folder: string, error: unknown, outcome: string): OutputError {
  const code = errorCode(error);
  const what = code ? `${code} (${MEANINGS[code] ?? (error as Error).message})` : String((error as Error)?.message ?? error);
  const where = failedAt(error, folder);
  return new OutputError(`Could not ${action}: ${what}${where}.\nFix: ${fixFor(code, folder)}\n${outcome}`);
}

/** ` at <file>` when the error names a file other than `folder` (for a copy, the file being written). */
function failedAt(error: unknown, folder: string): string {
  const { path: from, dest, syscall } = (error ?? {}) as { path?: unknown; dest?: unknown; syscall?: unknown };
  const at = syscall === 'copyfile' && typeof dest === 'string' ? dest : from;
  return typeof at === 'string' && path.resolve(at) !== path.resolve(folder) ? ` at ${show(at)}` : '';
}

/** The sentence saying the previous output was not touched. */
export function untouched(outDir: string): string {
  return exists(outDir) ? `The previous output, ${show(outDir)}, was left as it was.` : `Nothing was written to ${show(outDir)}.`;
}

/** Whether anything (even a dangling symbolic link) is at `target`. */
function exists(target: string): boolean {
  try {
    lstatSync(target);
    return true;
  } catch {
    return false;
  }
}

/** A folder that could not be removed, with the words to tell the person. */
function leftoverWarning(folder: string, error: unknown, why: string): string {
  const code = errorCode(error);
  const q = quote(show(folder));
  const fix =
    code === 'EPERM' || code === 'EACCES'
      ? `a file in it is probably immutable (lsattr -R ${q}); remove it with: chattr -R -i ${q} && rm -rf ${q}`
      : `remove it with: rm -rf ${q}`;
  const where = failedAt(error, folder);
  return `Could not remove ${show(folder)} (${why}): ${code ? `${code} (${MEANINGS[code] ?? 'error'})` : (error as Error)?.message}${where}; ${fix}.`;
}

export interface RecoveryReport {
  /** What was repaired, for the build to print. */
  notes: string[];
  /** Folders that could not be removed, with how to remove them; never a failed build. */
  warnings: string[];
}

interface Leftover {
  kind: 'new' | 'old' | 'trash' | 'staging';
  pid: number;
  path: string;
}

/**
 * The `.<name>.(new|old|trash)-<pid>` folders beside the output, and in the staging folder
 * `staging-<pid>` and the build steps' handoff files `step-<step>-<pid>.json` (build-step.ts).
 */
function listLeftovers(outDir: string, stagingRoot: string): Leftover[] {
  const { parent, name } = outputSiblings(outDir, 0);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A handoff file goes as a staging folder does: it has no kind of its own.
  const patterns: [string, RegExp][] = [
    [parent, new RegExp(`^\\.${escaped}\\.(?<kind>new|old|trash)-(?<pid>\\d+)$`)],
    [stagingRoot, /^(?<kind>staging)-(?<pid>\d+)$/],
    [stagingRoot, /^step-(?:check|files)-(?<pid>\d+)\.json$/],
  ];
  const found: Leftover[] = [];
  for (const [folder, pattern] of patterns) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue; // No such folder yet: nothing left over there.
    }
    for (const entry of names) {
      const groups = pattern.exec(entry)?.groups;
      const pid = Number(groups?.['pid']);
      if (groups && Number.isSafeInteger(pid) && pid > 0)
        found.push({ kind: (groups['kind'] ?? 'staging') as Leftover['kind'], pid, path: path.join(folder, entry) });
    }
  }
  return found;
}

/**
 * Run at the start of every build, before anything else. If the output is missing and a dead
 * build left its previous output aside (`.<name>.old-<pid>`: it was killed between its two
 * renames), renames it back. Then removes every folder left by dead builds: staging folders,
 * `.new-`, `.old-` and `.trash-` siblings. Folders of live builds are never touched.
 *
 * @throws OutputError only if the output is missing and moving the previous one back failed.
 */
export function recoverInterruptedBuilds(
  outDir: string,
  stagingRoot: string,
  { isLive = isLiveBuild, ops = realFs }: { isLive?: (pid: number) => boolean; ops?: FsOps } = {},
): RecoveryReport {
  const notes: string[] = [];
  const warnings: string[] = [];
  const all = listLeftovers(outDir, stagingRoot);
  const dead = all.filter((leftover) => !isLive(leftover.pid));
  // A live build that has moved the output aside is in the middle of its swap: leave it be.
  const liveSwap = all.some((leftover) => leftover.kind === 'old' && isLive(leftover.pid));

  if (!exists(outDir) && !liveSwap) {
    // Several would mean several killed builds; the one moved aside last is the latest output.
    const candidates = dead
      .filter((leftover) => leftover.kind === 'old')
      .sort((a, b) => lstatSync(b.path).ctimeMs - lstatSync(a.path).ctimeMs);
    const latest = candidates[0];
    if (latest) {
      try {
        ops.renameSync(latest.path, outDir);
      } catch (error) {
        throw fsFailure(
          `move the previous output back from ${show(latest.path)} to ${show(outDir)} (a build was killed while replacing it)`,
          path.dirname(outDir),
          error,
          `The previous output is intact in ${show(latest.path)}; once the problem is fixed, the next build moves it back (or: mv ${quote(show(latest.path))} ${quote(show(outDir))}).`,
        );
      }
      notes.push(
        `Restored ${show(outDir)} from ${show(latest.path)}: the build with process id ${latest.pid} was stopped while it replaced ${show(outDir)}.`,
      );
      dead.splice(dead.indexOf(latest), 1);
    }
  }

  const removed: string[] = [];
  const outputThere = exists(outDir);
  for (const leftover of dead) {
    let target = leftover.path;
    if (leftover.kind === 'old') {
      // With no output in place (a live build is between its renames), a previous output is
      // never deleted.
      if (!outputThere) continue;
      // Delete it under .trash-, so that a kill half-way never leaves a partial .old- that a
      // later build could mistake for a whole previous output and restore.
      const trash = outputSiblings(outDir, leftover.pid).trash;
      try {
        ops.renameSync(target, trash);
        target = trash;
      } catch (error) {
        warnings.push(leftoverWarning(target, error, 'the previous output of a stopped build'));
        continue;
      }
    }
    try {
      ops.removeTree(target);
      removed.push(show(leftover.path));
    } catch (error) {
      warnings.push(
        leftoverWarning(target, error, leftover.kind === 'staging' ? 'the staging folder of a stopped build' : 'left by a stopped build'),
      );
    }
  }
  if (removed.length > 0) notes.push(`Removed ${removed.length} folder(s) left by stopped builds: ${removed.join(', ')}.`);
  return { notes, warnings };
}

export interface Placed {
  /** The new tree, now at `.<name>.new-<pid>` beside the output. */
  next: string;
  /** Whether it had to be copied (the staging folder is on another filesystem). */
  copied: boolean;
  warnings: string[];
}

/**
 * Moves the finished staging tree beside the output (`.<name>.new-<pid>`), so that the swap is
 * a rename within one folder, which is atomic and never fails with EXDEV. If the output is on
 * another filesystem (rename fails with EXDEV; also catches bind mounts of one device), copies
 * it there and removes the staging copy. On failure nothing beside the output is left and the
 * output is untouched.
 */
export function placeBesideOutput(staging: string, outDir: string, pid: number, ops: FsOps = realFs): Placed {
  const { parent, next } = outputSiblings(outDir, pid);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (error) {
    throw fsFailure(`create the folder ${show(parent)} for the output`, parent, error, untouched(outDir));
  }
  try {
    ops.renameSync(staging, next);
    return { next, copied: false, warnings: [] };
  } catch (error) {
    if (errorCode(error) !== 'EXDEV')
      throw fsFailure(`move the new build from ${show(staging)} to ${show(next)}`, parent, error, untouched(outDir));
  }
  try {
    ops.copyTree(staging, next);
  } catch (error) {
    // A partial copy (full disk) must not stay beside the output.
    try {
      ops.removeTree(next);
    } catch {
      // It is named after this process, so the next build removes it.
    }
    throw fsFailure(
      `copy the new build to ${show(next)} (it is on another filesystem than ${show(staging)})`,
      parent,
      error,
      untouched(outDir),
    );
  }
  const warnings: string[] = [];
  try {
    ops.removeTree(staging);
  } catch (error) {
    warnings.push(leftoverWarning(staging, error, 'the staging copy'));
  }
  return { next, copied: true, warnings };
}

export interface Swapped {
  /** Set when the previous output could not be deleted: the new output is in place all the same. */
  warning?: string;
}

/**
 * Replaces `outDir` with `next` (a sibling from {@link placeBesideOutput}): renames the previous
 * output aside, renames the new one in, then deletes the previous one. If the second rename
 * fails, the previous output is renamed back. Only failing to delete the previous output
 * happens after the new one is in place; that is a warning, not a failure.
 *
 * @throws OutputError saying what failed and that the previous output is intact (and where).
 */
export function swapInto(
  next: string,
  outDir: string,
  pid: number,
  { ops = realFs, pause = () => {} }: { ops?: FsOps; pause?: (step: PauseStep) => void } = {},
): Swapped {
  const { parent, previous, trash } = outputSiblings(outDir, pid);
  const discardNext = () => {
    try {
      ops.removeTree(next);
    } catch {
      // Named after this process: the next build removes it.
    }
  };
  const hadPrevious = exists(outDir);
  if (hadPrevious) {
    try {
      ops.renameSync(outDir, previous);
    } catch (error) {
      discardNext();
      throw fsFailure(`move the previous output ${show(outDir)} aside to ${show(previous)}`, outDir, error, untouched(outDir));
    }
    pause('old-moved-aside');
  }
  try {
    ops.renameSync(next, outDir);
  } catch (error) {
    if (hadPrevious) {
      try {
        ops.renameSync(previous, outDir);
      } catch (backError) {
        throw fsFailure(
          `move the new build into ${show(outDir)} (${errorCode(error) ?? (error as Error).message}), nor the previous output back`,
          parent,
          backError,
          `The previous output is intact in ${show(previous)}; the next build moves it back (or: mv ${quote(show(previous))} ${quote(show(outDir))}).`,
        );
      }
    }
    discardNext();
    throw fsFailure(
      `move the new build into ${show(outDir)}`,
      parent,
      error,
      hadPrevious ? `The previous output, ${show(outDir)}, is intact.` : `Nothing was written to ${show(outDir)}.`,
    );
  }
  pause('new-moved-in');
  if (!hadPrevious) return {};
  // The new output is in: from here on the previous one is only deleted. Rename it to .trash-
  // first, so a kill during the deletion never leaves a partial .old- for a later build to restore.
  try {
    ops.renameSync(previous, trash);
  } catch (error) {
    return { warning: leftoverWarning(previous, error, 'the previous output') };
  }
  try {
    ops.removeTree(trash);
  } catch (error) {
    return { warning: leftoverWarning(trash, error, 'the previous output') };
  }
  return {};
}

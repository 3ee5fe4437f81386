// Proves a refactor: builds a git revision (default HEAD) and the working tree, and compares
// the sha256 of every output file. `npm run compare-builds -- [<rev>] [--allow <file>…]`.
// Exit 0 when every file is byte-identical (or differs only in an --allow'ed file).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { allow: { type: 'string', multiple: true, default: [] } } });
const revision = positionals[0] ?? 'HEAD';
const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'compare-builds-'));

function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return hashes;
}

function build(cwd: string, out: string): void {
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CHARTERS_DIR: path.join(root, 'content/charters') },
  });
  if (run.status !== 0) throw new Error(`The build in ${cwd} failed.`);
}

const tree = path.join(work, 'tree');
execFileSync('git', ['worktree', 'add', '--detach', tree, revision], { stdio: 'ignore' });
try {
  // The revision's own dependencies are assumed to be those installed here.
  if (!existsSync(path.join(tree, 'node_modules'))) symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
  console.log(`Building ${revision} and the working tree…`);
  build(tree, path.join(work, 'before'));
  build(root, path.join(work, 'after'));
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' });
}

const before = hashTree(path.join(work, 'before'));
const after = hashTree(path.join(work, 'after'));
const allowed = new Set(values.allow);
const names = [...new Set([...before.keys(), ...after.keys()])].sort();
const changed = names.filter((name) => before.get(name) !== after.get(name));
for (const name of changed) {
  const state = !before.has(name) ? 'added' : !after.has(name) ? 'removed' : 'changed';
  console.log(`${allowed.has(name) ? 'allowed' : 'DIFFERS'} ${state}: ${name}`);
}
const unexpected = changed.filter((name) => !allowed.has(name));
console.log(
  `${names.length} files compared: ${names.length - changed.length} byte-identical, ${changed.length} different (${unexpected.length} not allowed).`,
);
console.log(`Outputs kept in ${work}.`);
process.exit(unexpected.length > 0 ? 1 : 0);

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one command cost: wall time, CPU time of it and every child it waited for, and peak memory of its whole process tree. */
export interface CommandCost {
  wallSeconds: number;
  cpuSeconds: number;
  /** The most memory the command and all its descendants held at once (sampled every 100 ms), in MB. */
  peakTreeRssMb: number;
  status: number | null;
  output: string;
}

/** Every process's parent and resident memory, from /proc (Linux). */
function processTable(): Map<number, { parent: number; rssKb: number }> {
  const table = new Map<number, { parent: number; rssKb: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(name), { parent, rssKb });
    } catch {
      // The process ended while we read the table.
    }
  }
  return table;
}

/** Resident memory of a process and all its descendants, in kB. */
function treeRssKb(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += table.get(pid)?.rssKb ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command under GNU time (CPU of the command and its reaped children) while sampling
 * its process tree's memory: Astro's build and our worker threads or processes all count.
 */
export function measureCommand(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandCost> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '__time %U %S', command, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakKb = 0;
    const sample = setInterval(() => {
      if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sample);
      const times = /__time ([\d.]+) ([\d.]+)/.exec(output);
      resolve({
        wallSeconds: (performance.now() - started) / 1000,
        cpuSeconds: times ? Number(times[1]) + Number(times[2]) : Number.NaN,
        peakTreeRssMb: peakKb / 1024,
        status,
        output,
      });
    });
  });
}

/**
 * Starts a long-running server process (astro dev) for a test and waits until it is ready,
 * robust to a busy machine without hiding a real failure:
 *
 * - ready when it prints its ready line, or when its port accepts a connection (a TCP connect,
 *   which costs the server nothing, unlike an HTTP request that makes Vite compile a page);
 * - fails at once, with the captured output, if the process exits or prints an error line;
 * - fails with the captured output at a generous deadline;
 * - runs in its own process group, so stop() ends it and every process it started.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { connect, createServer } from 'node:net';

export interface ServerProcess {
  /** The address the server said it listens on (or the one it was given). */
  url: string;
  pid: number;
  /** Everything it printed so far. */
  output: () => string;
  /** Ends the whole process group: SIGTERM, then SIGKILL after a grace period. */
  stop: () => Promise<void>;
}

export interface StartOptions {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The address to use if the ready line names none; its port is also probed. */
  url: string;
  /** Matches the ready line; a first capture group, if any, is the address. */
  ready: RegExp;
  /** Matches an error line printed before the server is ready. */
  error?: RegExp;
  /** How long to wait for readiness, in ms. */
  deadline: number;
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Whether something accepts TCP connections at `url`'s host and port. */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.setTimeout(5_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

// Colour codes, so patterns match what a person reads.
// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

export function startServer(options: StartOptions): Promise<ServerProcess> {
  const spawnOptions: SpawnOptions = { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true };
  const child = spawn(options.command, options.args, spawnOptions);
  let output = '';
  let exited = child.exitCode !== null;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => (exited = true));

  const signalGroup = (signal: NodeJS.Signals) => {
    if (exited || !child.pid) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    signalGroup('SIGTERM');
    const grace = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
    await Promise.race([exitedPromise, grace]);
    signalGroup('SIGKILL');
    // The group may outlive its leader (esbuild, workers): kill it whatever happened.
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // No such group: all gone.
      }
    }
  };
  // If the test process ends without teardown, do not leave the server running.
  const onExit = () => signalGroup('SIGKILL');
  process.once('exit', onExit);

  const tail = () => output.slice(-4_000);
  return new Promise<ServerProcess>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(probe);
      void stop().finally(() => reject(new Error(`${reason}\n--- output ---\n${tail()}`)));
    };
    const succeed = (url: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(probe);
      resolve({
        url,
        pid: child.pid ?? 0,
        output: () => output,
        stop: async () => {
          process.off('exit', onExit);
          await stop();
        },
      });
    };
    const onData = (chunk: Buffer) => {
      output += stripAnsi(chunk.toString());
      if (options.error?.test(output)) return fail(`${options.command} printed an error before it was ready.`);
      const ready = options.ready.exec(output);
      if (ready) succeed(ready[1] ?? options.url);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => fail(`${options.command} could not start: ${error.message}`));
    child.once('exit', (code, signal) => fail(`${options.command} exited (${signal ?? `code ${code}`}) before it was ready.`));
    const timer = setTimeout(() => fail(`${options.command} was not ready within ${options.deadline / 1000} s.`), options.deadline);
    let probing = false;
    const probe = setInterval(() => {
      if (probing) return;
      probing = true;
      void listening(options.url).then((up) => {
        probing = false;
        if (up) succeed(options.url);
      });
    }, 1_000);
  });
}

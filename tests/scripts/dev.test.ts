/**
 * `npm run dev` (the authors' live preview) serves pages and every kind of file the build
 * writes: routes with a file extension in a parameter are 404s in dev, so this guards them.
 *
 * On a busy machine astro dev can take minutes to start and Vite compiles each route on its
 * first request, so the deadlines are generous; a real failure still shows at once, because
 * startServer fails as soon as astro dev exits or prints an error (proven below).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { freePort, startServer, type ServerProcess } from '../helpers/server-process.ts';

/** How long astro dev may take to be ready (load 14 on 2 cores took over a minute). */
const START_DEADLINE = 4 * 60_000;
/** One request; the first to each route compiles it. */
const REQUEST_TIMEOUT = 3 * 60_000;

describe('startServer', () => {
  const node = process.execPath;
  const base = {
    cwd: ROOT,
    env: process.env,
    url: 'http://127.0.0.1:9/',
    ready: /listening on (\S+)/,
    error: /\[ERROR\]/,
    deadline: START_DEADLINE,
  };

  it('fails at once, with the output, when the process exits before it is ready', async () => {
    const started = Date.now();
    await expect(
      startServer({ ...base, command: node, args: ['-e', 'console.error("config is broken"); process.exit(3)'] }),
    ).rejects.toThrow(/exited \(code 3\) before it was ready[\s\S]*config is broken/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('fails at once, and ends the process, when it prints an error', async () => {
    const started = Date.now();
    await expect(
      startServer({ ...base, command: node, args: ['-e', 'console.log("[ERROR] [vite] bad module"); setInterval(() => {}, 1000)'] }),
    ).rejects.toThrow(/printed an error[\s\S]*bad module/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('is ready at its ready line, with the address it printed', async () => {
    const server = await startServer({
      ...base,
      command: node,
      args: ['-e', 'console.log("listening on http://127.0.0.1:1234/"); setInterval(() => {}, 1000)'],
    });
    expect(server.url).toBe('http://127.0.0.1:1234/');
    await server.stop();
    expect(() => process.kill(server.pid, 0)).toThrow();
  });
});

describe('npm run dev', () => {
  let dev: ServerProcess | undefined;

  beforeAll(async () => {
    const port = await freePort();
    const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
    // Vitest's own variables (NODE_ENV=test, VITEST…) would put Vite inside astro dev in test mode.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'),
    );
    dev = await startServer({
      command: process.execPath,
      args: [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)],
      cwd: ROOT,
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      url: `http://127.0.0.1:${port}/`,
      // " Local    http://127.0.0.1:4321/" follows "astro v7… ready in 2143 ms".
      ready: /Local\s+(http:\/\/\S+\/)/,
      error: /\[ERROR\]/,
      deadline: START_DEADLINE,
    });
  }, START_DEADLINE + 60_000);

  afterAll(async () => {
    await dev?.stop();
  }, 60_000);

  it.each([
    ['/', 'text/html'],
    ['/charters/ruils-customer-care/', 'text/html'],
    ['/charters/ruils-customer-care/easy-read/', 'text/html'],
    ['/charters/ruils-customer-care/ruils-customer-care-large-print.pdf', 'application/pdf'],
    ['/charters/ruils-customer-care/ruils-customer-care-card-front.png', 'image/png'],
    ['/fonts/atkinson-hyperlegible-next-400.ttf', 'font/ttf'],
    ['/pictures/telephone.svg', 'image/svg+xml'],
  ])(
    'serves %s',
    async (pathname, type) => {
      if (!dev) throw new Error('astro dev did not start');
      const response = await fetch(new URL(pathname, dev.url), { signal: AbortSignal.timeout(REQUEST_TIMEOUT) });
      expect(response.status, `${pathname}\n--- astro dev output ---\n${dev.output().slice(-2_000)}`).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      await response.arrayBuffer();
    },
    REQUEST_TIMEOUT + 30_000,
  );
});

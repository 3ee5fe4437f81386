/**
 * `npm run dev` (the authors' live preview) serves pages and every kind of file the build
 * writes: routes with a file extension in a parameter are 404s in dev, so this guards them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const port = 4400 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
let dev: ChildProcess;

beforeAll(async () => {
  const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  // Vitest's own variables (NODE_ENV=test, VITEST…) would put Vite inside astro dev in test mode.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  dev = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: ROOT, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not start:\n${output.slice(-2000)}`);
});

afterAll(() => {
  dev?.kill();
});

describe('npm run dev', () => {
  it.each([
    ['/', 'text/html'],
    ['/charters/ruils-customer-care/', 'text/html'],
    ['/charters/ruils-customer-care/easy-read/', 'text/html'],
    ['/charters/ruils-customer-care/ruils-customer-care-large-print.pdf', 'application/pdf'],
    ['/charters/ruils-customer-care/ruils-customer-care-card-front.png', 'image/png'],
    ['/fonts/atkinson-hyperlegible-next-400.ttf', 'font/ttf'],
    ['/pictures/telephone.svg', 'image/svg+xml'],
  ])('serves %s', async (pathname, type) => {
    const response = await fetch(base + pathname);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
  });
});

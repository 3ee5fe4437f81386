import type { APIRoute } from 'astro';
import { checksManifest } from '../outputs/manifest.ts';

/** What every built file should be, for `npm run check` (src/outputs/manifest.ts). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await checksManifest(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });

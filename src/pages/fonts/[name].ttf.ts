import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { FONT_FILES, fontPath, webFontName, type FontWeight } from '../../lib/fonts.ts';

/**
 * Serves the site's font from the npm package, so the build needs no network and no copies in
 * public/. The extension is in the route's file name so `astro dev` serves it too.
 */
export const getStaticPaths = (() =>
  (Object.keys(FONT_FILES).map(Number) as FontWeight[]).map((weight) => ({
    params: { name: webFontName(weight).replace(/\.ttf$/, '') },
    props: { weight },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ weight: FontWeight }> = ({ props }) =>
  new Response(readFileSync(fontPath(props.weight)), { headers: { 'Content-Type': 'font/ttf' } });

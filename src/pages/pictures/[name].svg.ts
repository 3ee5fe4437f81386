import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEditions } from '../../outputs/editions.ts';
import { pictureSvgPath, type PictureRef } from '../../model/pictures.ts';
import { allBlocks } from '../../model/walk.ts';

/** The OpenMoji pictures the easy-read pages use, served from the npm package (no copies in public/). */
export const getStaticPaths = (async () => {
  const pictures = new Map<string, PictureRef>();
  for (const { easyRead } of await loadEditions()) {
    for (const block of allBlocks(easyRead?.blocks ?? [])) if (block.type === 'point') pictures.set(block.picture.name, block.picture);
  }
  return [...pictures.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((picture) => ({ params: { name: picture.name }, props: { picture } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ picture: PictureRef }> = ({ props }) =>
  new Response(readFileSync(pictureSvgPath(props.picture), 'utf8'), { headers: { 'Content-Type': 'image/svg+xml' } });

import { publishContext } from './context.ts';
import { loadEditions } from './editions.ts';
import { editionFiles, type OutputFile } from './publish.ts';
import { renderedIndex } from './rendered-index.ts';

/** The route's props: the file to serve. (A type alias: Astro's props need an index signature.) */
export type OutputRouteProps = { file: OutputFile };

/** The extension an injected route pattern ends in: /charters/[slug]/[file].pdf → pdf. */
export function routeExtension(routePattern: string): string {
  return routePattern.slice(routePattern.lastIndexOf('.') + 1);
}

/**
 * Every file with one extension, of every charter and easy-read edition, for the route
 * /charters/[slug]/[file].<extension>. Nothing is rendered yet.
 */
export async function outputPaths(extension: string): Promise<{ params: { slug: string; file: string }; props: OutputRouteProps }[]> {
  // The build rendered every file before Astro ran and copies them into place itself
  // (scripts/build.ts, render-all.ts): Astro makes no file routes then, only pages.
  if (renderedIndex()) return [];
  const context = publishContext();
  return (await loadEditions()).flatMap(({ charter, easyRead }) =>
    editionFiles([charter, easyRead], context)
      .filter((file) => file.format.extension === extension)
      .map((file) => ({ params: { slug: charter.id, file: file.fileName.slice(0, -(extension.length + 1)) }, props: { file } })),
  );
}

/** The file's bytes, rendered once per build, with its media type. */
export async function outputResponse({ file }: OutputRouteProps): Promise<Response> {
  const { bytes } = await file.render();
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': file.mediaType } });
}

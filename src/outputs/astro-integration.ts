import type { AstroIntegration } from 'astro';

/**
 * Routes every registered format's files: one route per file extension,
 * /charters/[slug]/[file].pdf, .png, …, all served by route-endpoint.ts. The extension is
 * written into each pattern rather than taken as a parameter, because `astro dev` (with
 * trailingSlash "always") serves only routes whose pattern ends in a fixed extension.
 */
export function outputRoutes(): AstroIntegration {
  return {
    name: 'charter-output-routes',
    hooks: {
      'astro:config:setup': async ({ injectRoute }) => {
        const { OUTPUTS } = await import('./registry.ts');
        for (const extension of [...new Set(OUTPUTS.map((format) => format.extension))].sort()) {
          injectRoute({
            pattern: `/charters/[slug]/[file].${extension}`,
            entrypoint: new URL('./route-endpoint.ts', import.meta.url),
            prerender: true,
          });
        }
      },
    },
  };
}

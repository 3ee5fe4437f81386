/** The canonical address a site is built for when SITE_URL does not say (astro.config.mjs uses the same). */
export const DEFAULT_SITE_URL = 'https://charters.example.org';

/**
 * The site's address as the build configures it: SITE_URL, else the default. The content
 * check lays cards out with the charter's page address on the back, before Astro runs, so
 * it reads the address the same way Astro's config does.
 */
export function configuredSiteUrl(): string {
  return process.env['SITE_URL'] ?? DEFAULT_SITE_URL;
}

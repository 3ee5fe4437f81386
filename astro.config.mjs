// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { outputRoutes } from './src/outputs/astro-integration.ts';
import { withTranslationAlternates } from './src/outputs/sitemap.ts';

const site = process.env.SITE_URL ?? 'https://charters.example.org';

export default defineConfig({
  // Canonical address of the deployed site; needed for the sitemap. SITE_URL overrides it.
  site,
  // scripts/build.ts builds into a staging folder and swaps it in only when the whole build
  // succeeded, so a failed build never leaves a half-written dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // Builds of other content folders (test fixtures) keep their own content cache, so they
  // never mix entries with the real site's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Astro 7's default 'jsx' mode deletes the space between inline elements written on
  // separate lines ("About</a>\n<span>us" → "Aboutus" for screen readers). `true` keeps one
  // space. tests/pages/built-html.test.ts asserts no words are glued together.
  compressHTML: true,
  // outputRoutes: a download route for each file extension of the output registry.
  integrations: [mdx(), sitemap({ serialize: withTranslationAlternates(site) }), outputRoutes()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro's MDX entries carry a "use astro:head-inject" directive that the bundler warns
        // about once per file; it is harmless (tooling-pitfalls §5) and drowned real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});

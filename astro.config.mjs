// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  // Where the site is served: set SITE_URL and BASE_PATH when deploying (see README).
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), searchIndex()],
  build: { format: 'directory' },
  // Nothing is fetched at run time from another host: no fonts, no telemetry, no prefetch of other sites.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    // Scripts and styles stay files of their own: cached across pages, and simple for the CSP.
    build: { assetsInlineLimit: 0 },
  },
});

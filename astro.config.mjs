// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';

export default defineConfig({
  // Where the site is served, the one place to set it: SITE_URL (scheme and host) and BASE_PATH
  // (e.g. /timeline/) when deploying; see the README. The default is the local preview server.
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), searchIndex(), sitemap()],
  build: { format: 'directory' },
  // Nothing is fetched at run time from another host: no fonts, no telemetry, no prefetch of other sites.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    // Scripts and styles stay files of their own: cached across pages, and simple for the CSP.
    build: { assetsInlineLimit: 0 },
  },
});

// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { mdxBodyGuard } from './src/node/mdx-body-guard.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { inlineHomeStyles } from './src/integrations/inline-home-styles.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';

// Where the site is served, the one place to set it: SITE_URL (scheme and host) and BASE_PATH
// (e.g. /timeline/) when deploying; see the README. The default is the local preview server.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [
    contentCheck(),
    // Every MDX file is compiled with the entry-body rules inside the compiler (Astro's own parser, Sätteri).
    mdx({ processor: satteri({ mdastPlugins: [mdxBodyGuard(fileURLToPath(new URL('.', import.meta.url)))] }) }),
    searchIndex(),
    sitemap(site, base),
    inlineHomeStyles(),
    securityHeaders(),
  ],
  build: { format: 'directory' },
  // Nothing is fetched at run time from another host: no fonts, no telemetry, no prefetch of other sites.
  prefetch: false,
  devToolbar: { enabled: false },
  // A Content-Security-Policy in every page's <meta>, with hashes of the site's own scripts and
  // styles: nothing inline runs unless Astro hashed it, and nothing loads from another host.
  // 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run; it allows no JavaScript eval.
  // frame-ancestors cannot live in a <meta>: it is in dist/_headers (src/integrations/headers.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    // Scripts and styles stay files of their own, cached across pages (the home pages inline their
    // stylesheet: src/integrations/inline-home-styles.ts); one stylesheet for the whole site, so an
    // event page costs one request that every other page has already made.
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    // The search worker loads Pagefind's own module by import(): a module worker can.
    worker: { format: 'es' },
  },
});

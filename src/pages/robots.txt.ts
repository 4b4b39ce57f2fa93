import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';

/** robots.txt: every page may be crawled; the sitemap (written by @astrojs/sitemap) lists them. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs sets no site: set SITE_URL, the address the site is served from.');
  return new Response(robotsTxt(new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site).href));
};

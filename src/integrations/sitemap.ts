import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { absoluteUrl } from '../lib/site-url.ts';
import { isListedPage, robotsTxt, sitemapXml } from '../lib/sitemap.ts';

/**
 * Writes dist/sitemap.xml from the pages Astro actually built (so no page can be forgotten), and
 * dist/robots.txt pointing at it. Both carry the site URL and base path set in astro.config.mjs.
 */
export function sitemap(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'timeline:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) throw new Error('astro.config.mjs sets no site: set SITE_URL, the address the site is served from.');
        const urls = pages
          .map((page) => page.pathname)
          .filter((pathname) => isListedPage(pathname) && !/\.[a-z]+$/i.test(pathname))
          .map((pathname) => absoluteUrl(site, `${base}${pathname}`));
        const out = fileURLToPath(dir);
        await writeFile(`${out}/sitemap.xml`, sitemapXml(urls));
        await writeFile(`${out}/robots.txt`, robotsTxt(absoluteUrl(site, `${base}sitemap.xml`)));
        logger.info(`sitemap: ${urls.length} pages`);
      },
    },
  };
}

import sitemapIntegration from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/strings.ts';
import { isListedPage } from '../lib/sitemap.ts';

/**
 * The sitemap, by @astrojs/sitemap, from the pages Astro actually built (so no page can be
 * forgotten), each with its other editions as hreflang alternates; robots.txt points at it
 * (src/pages/robots.txt.ts). Both carry the site URL and base path set in astro.config.mjs.
 */
export function sitemap(site: string, base: string): AstroIntegration {
  const root = new URL(base, site).href;
  return sitemapIntegration({
    filter: (url) => url.startsWith(root) && isListedPage(url.slice(root.length)),
    // The same hreflang codes as the pages' own <link rel="alternate"> (BaseLayout.astro).
    i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])) },
  });
}

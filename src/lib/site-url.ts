/**
 * Absolute addresses, for what leaves the site: feeds, the sitemap, canonical links, link previews.
 * `site` is Astro's `site` (SITE_URL); `path` is a path from `createPaths`, base path included.
 */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

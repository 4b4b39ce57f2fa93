import { escapeXml } from './feeds/xml.ts';

/**
 * Which built pages a search engine should list: every page but the 404 page and the embeds
 * (those are for iframes on other sites, and say so with noindex).
 */
export function isListedPage(pathname: string): boolean {
  const path = pathname.replace(/^\/+/, '');
  return !/^(?:[a-z]{2}\/)?(?:404|embed)(?:\/|\.html|$)/.test(path);
}

/** A sitemap (sitemaps.org 0.9) of absolute addresses, sorted so that every build writes the same bytes. */
export function sitemapXml(urls: readonly string[]): string {
  const sorted = [...new Set(urls)].sort();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sorted.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

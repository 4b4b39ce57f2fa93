/**
 * Which built pages a search engine should list: every page of both editions but the 404 page
 * and the embeds (those are for iframes on other sites, and say so with noindex), and not the bare
 * address, a copy of /es/ whose canonical address is /es/.
 * `path`: the page's path below the site's base path, such as "es/about/".
 */
export function isListedPage(path: string): boolean {
  const page = path.replace(/^\/+/, '');
  return page !== '' && !/^(?:[a-z]{2}\/)?(?:404|embed)(?:\/|\.html|$)/.test(page);
}

export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

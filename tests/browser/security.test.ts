import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { SITE_DIST } from '../support/build.ts';
import { serveArticle } from '../support/article-server.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SYNTHETIC_DIST } from '../support/synthetic-site.global.ts';
import { pageTemplates } from '../support/templates.ts';
import { scrollThroughEveryPart } from '../support/timeline-parts.ts';

/** Records what a page asks of the network and what its Content-Security-Policy refuses. */
async function visit(page: Page, url: string) {
  const hosts = new Set<string>();
  const refused: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
    else if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy refused ${event.violatedDirective}: ${event.blockedURI}`));
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  // Let the page's scripts run: the search, the parts loader, the charts.
  await page.waitForTimeout(500);
  return { hosts, refused, errors, response: response! };
}

describe('privacy and security in Chromium', () => {
  let server: StaticServer;
  let synthetic: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(SITE_DIST);
    synthetic = await serveStatic(SYNTHETIC_DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await synthetic?.close();
  });

  it.each(pageTemplates())('$name: asks nothing of any other host, and its CSP refuses nothing', async ({ path }) => {
    const page = await browser.newPage();
    const { hosts, refused, errors, response } = await visit(page, new URL(path, server.url).href);
    expect([...hosts]).toEqual([new URL(server.url).host]);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toContain('unsafe-inline');
    // The host's headers (dist/_headers) where the page exists; the page's own <meta> everywhere.
    if (response.ok()) expect(response.headers()['referrer-policy']).toBe('no-referrer');
    expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
    await page.close();
  });

  it('a long timeline loads its further parts with no CSP refusal and no other host', async () => {
    const page = await browser.newPage();
    const { hosts, refused, errors } = await visit(page, `${synthetic.url}?category=release`);
    // The facets' table and every further part, fetched as the reader scrolls.
    await scrollThroughEveryPart(page);
    expect([...hosts]).toEqual([new URL(synthetic.url).host]);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs a search under the CSP (Pagefind’s WebAssembly included) and finds results', async () => {
    const page = await browser.newPage();
    const { refused } = await visit(page, new URL('en/search/?q=Foro', server.url).href);
    await expect.poll(() => page.locator('site-search li').count()).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    await page.close();
  });

  it('refuses to be framed by another site, except for the embeds', async () => {
    const article = await serveArticle(
      `<iframe id="home" src="${server.url}" title="home"></iframe><iframe id="embed" src="${new URL('es/embed/', server.url).href}" title="embed"></iframe>`,
    );
    const page = await browser.newPage();
    await page.goto(article.url);
    const frame = (id: string) => page.locator(`#${id}`).elementHandle().then((handle) => handle!.contentFrame());
    await expect.poll(async () => (await frame('home'))?.url()).toMatch(/^chrome-error:/);
    await expect.poll(async () => (await frame('embed'))?.locator('article.event-card').count()).toBeGreaterThan(0);
    await page.close();
    await article.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

describe('search', () => {
  let server: StaticServer;
  let site: string;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(SITE_DIST);
    // The English edition: the entries' own words, which these tests read.
    site = new URL('en/', server.url).href;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds an event by a word of its text, links to it, and asks nothing of any other host', async () => {
    const page = await browser.newPage();
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).hostname));
    await page.goto(new URL('search/', site).href);
    await page.getByLabel('Words to find in the events').fill('hunger strike');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=hunger\+strike/);
    const results = page.locator('[data-search-results] li a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hunger = readEntries().filter((entry) => /hunger strike/i.test(`${entry.data.title} ${entry.data.summary}`));
    expect(hunger.length).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    for (const entry of hunger) expect(hrefs).toContain(`/en/events/${entry.slug}/`);
    expect(hrefs.every((href) => href.startsWith("/en/events/"))).toBe(true);
    await results.first().click();
    await page.waitForURL(/\/events\//);
    expect([...hosts]).toEqual(['127.0.0.1']);
    await page.close();
  });

  it('says how to find events when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('search/?q=amnesty', site).href);
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
    await context.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const entries = readEntries();

describe('the site in Chromium', () => {
  let server: StaticServer;
  let site: string;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(SITE_DIST);
    // The English edition: the entries' own words, which these tests read.
    site = new URL('en/', server.url).href;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows every entry on the timeline', async () => {
    await page.goto(site);
    const cards = page.locator('article.event-card');
    await expect.poll(() => cards.count()).toBe(entries.length);
    for (const { data } of entries) {
      await expect.poll(() => page.locator('.timeline').getByRole('link', { name: data.title, exact: true }).isVisible()).toBe(true);
    }
  });

  it('follows an event link to its page, then next, then back to its place on the timeline', async () => {
    await page.goto(site);
    const firstCard = page.locator('article.event-card').first();
    const title = (await firstCard.locator('h4').textContent())!.trim();
    await firstCard.locator('h4 a').click();
    await page.waitForURL(/\/events\/[^/]+\/$/);
    expect(await page.locator('h1').innerText()).toBe(title);

    const nextTitle = await page.locator('a[rel=next] span').last().innerText();
    await page.locator('a[rel=next]').click();
    await page.waitForURL(/\/events\/[^/]+\/$/);
    expect(await page.locator('h1').innerText()).toBe(nextTitle);

    const slug = new URL(page.url()).pathname.split('/').at(-2)!;
    await page.getByRole('link', { name: 'Back to the timeline' }).click();
    await page.waitForURL(new RegExp(`#${slug}$`));
    await expect.poll(() => page.locator(`[id="${slug}"]`).isVisible()).toBe(true);
    const box = await page.locator(`[id="${slug}"]`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(800);
  });

  it('serves the about page and a 404 page for unknown addresses', async () => {
    await page.goto(new URL('about/', site).href);
    expect(await page.locator('h1').innerText()).toBe('How this is made');
    const response = await page.goto(new URL('events/no-such-event/', site).href);
    expect(response?.status()).toBe(404);
    // One 404 page for every edition: Spanish first, then the same in English.
    expect(await page.locator('h1').innerText()).toBe('Página no encontrada');
    expect(await page.locator('[lang="en"] h2').innerText()).toBe('Page not found');
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    for (const path of ['', 'about/', `events/${entries[0]!.slug}/`]) {
      await page.goto(new URL(path, site).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path || 'home').toBeLessThanOrEqual(0);
    }
  });

  it('logged no console errors and made no request to any host but 127.0.0.1', () => {
    expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(new URL(url).hostname, url).toBe('127.0.0.1');
  });
});

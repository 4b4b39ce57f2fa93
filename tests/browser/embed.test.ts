import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { SITE_DIST } from '../support/build.ts';
import { serveArticle } from '../support/article-server.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

/** The snippets exactly as the about page prints them, for the site at `siteUrl`. */
function snippets(siteUrl: string): string[] {
  const about = parse(readFileSync(join(SITE_DIST, 'en/about/index.html'), 'utf8'));
  // The site was built for http://127.0.0.1:4321; the test serves it on another port.
  return about.querySelectorAll('#embed pre').map((pre) => pre.text.replaceAll('http://127.0.0.1:4321/', siteUrl).replaceAll('"http://127.0.0.1:4321"', `"${new URL(siteUrl).origin}"`));
}

describe('embedding in a newsroom’s page', () => {
  let site: StaticServer;
  let browser: Browser;
  const articles: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    site = await serveStatic(SITE_DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    for (const article of articles) await article.close();
  });

  it.each([
    ['the timeline', 0],
    ['the counts chart', 1],
    ['the map', 3],
  ])('sizes the frame of %s to its content with the documented snippet, and makes no other request', async (_, index) => {
    const article = await serveArticle(snippets(site.url)[index]!);
    articles.push(article);
    const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).hostname));
    await page.goto(article.url);
    const frame = page.locator('iframe[data-timeline-embed]');
    await frame.scrollIntoViewIfNeeded();
    const inner = page.frameLocator('iframe[data-timeline-embed]').locator('html');
    await expect.poll(async () => Math.abs(Number(await frame.getAttribute('height')) - (await inner.evaluate((html) => html.getBoundingClientRect().height)))).toBeLessThanOrEqual(1);
    // The frame is as tall as what it shows: nothing scrolls inside it.
    expect(await inner.evaluate((html) => html.scrollHeight <= innerHeight + 1)).toBe(true);
    expect([...hosts]).toEqual(['127.0.0.1']);
    await page.close();
  });

  it('opens links in the newsroom’s window, not inside the frame', async () => {
    const article = await serveArticle(snippets(site.url)[0]!);
    articles.push(article);
    const page = await browser.newPage();
    await page.goto(article.url);
    const link = page.frameLocator('iframe[data-timeline-embed]').locator('article.event-card h4 a').first();
    const href = await link.getAttribute('href');
    await link.click();
    await expect.poll(() => page.url()).toBe(new URL(href!, site.url).href);
    expect(await page.locator('h1').textContent()).not.toBe('An article');
    await page.close();
  });

  it('keeps in-page jumps inside the frame: picking a date for "the gap" stays in the embed', async () => {
    const article = await serveArticle(snippets(site.url)[1]!);
    articles.push(article);
    const page = await browser.newPage();
    await page.goto(article.url);
    const frame = page.frameLocator('iframe[data-timeline-embed]');
    const dates = frame.locator('.gap__dates a');
    await dates.first().click();
    const target = await dates.first().getAttribute('href');
    await expect.poll(() => page.frames()[1]!.url()).toContain(target!);
    expect(page.url()).toBe(article.url);
    await page.close();
  });
});

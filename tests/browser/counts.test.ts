import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { SITE_DIST } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

describe('the counts chart in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(SITE_DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    [1280, '.counts-svg--wide'],
    [360, '.counts-svg--narrow'],
  ])('at %i px shows the rendering that fits, and its tooltip on keyboard focus, not only on hover', async (width, selector) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(server.url);
    const chart = page.locator(selector);
    expect(await chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(width);
    const point = chart.locator('a.point').first();
    const tip = point.locator('.tip');
    expect(await tip.isVisible()).toBe(false);
    await point.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/\d/);
    await page.close();
  });

  it('opens the event that reported a figure when its point is clicked', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    const point = page.locator('.counts-svg--wide a.point').first();
    const href = await point.getAttribute('href');
    await point.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator('article.event-page').getAttribute('data-slug')).toBe(href!.split('/').at(-2));
    await page.close();
  });
});

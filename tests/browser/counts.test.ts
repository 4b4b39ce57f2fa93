import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { useSite } from '../support/site-session.ts';

describe('the counts chart in Chromium', () => {
  // The English edition: the entries' own words, which these tests read.
  const session = useSite(SITE_DIST, 'en/');

  it.each([
    [1280, '.counts-svg--wide'],
    [360, '.counts-svg--narrow'],
  ])('at %i px shows the rendering that fits, and its tooltip on keyboard focus, not only on hover', async (width, selector) => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(session.url);
    const chart = page.locator(selector);
    expect(await chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(width);
    const point = chart.locator('a.point').first();
    const tip = page.locator('.chart--counts .chart-tip');
    expect(await tip.isVisible()).toBe(false);
    await point.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(await point.getAttribute('aria-label'));
    expect(await tip.textContent()).toMatch(/\d.*according to .+, as of /);
    // The tooltip stays inside the chart, where the reader is looking.
    const tipBox = (await tip.boundingBox())!;
    expect(tipBox.x).toBeGreaterThanOrEqual(box!.x - 1);
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(width);
    await point.blur();
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });

  it('opens the event that reported a figure when its point is clicked', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.url);
    const point = page.locator('.counts-svg--wide a.point').first();
    const href = await point.getAttribute('href');
    await point.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator('article.event-page').getAttribute('data-slug')).toBe(href!.split('/').at(-2));
    await page.close();
  });

  it('shows the gap on the latest date, and on an earlier date when the reader picks it, without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(session.url);
    const shown = page.locator('.gap:visible');
    await expect.poll(() => shown.count()).toBe(1);
    const dates = await page.locator('.gap').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-date')));
    expect(await shown.getAttribute('data-date')).toBe(dates.at(-1));
    const latestRows = await shown.locator('.gap__row').count();
    await page.locator('.gap__dates a').first().click();
    await expect.poll(() => shown.getAttribute('data-date')).toBe(dates[0]);
    expect(await shown.locator('.gap__row').count()).toBeLessThanOrEqual(latestRows);
    await context.close();
  });
});

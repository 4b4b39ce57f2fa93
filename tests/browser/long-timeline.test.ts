import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { readEntries } from '../support/content.ts';
import { chooseFilter } from '../support/filters.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { LONG_LAYOUT_CONTENT_ROOT, LONG_LAYOUT_COUNT, LONG_LAYOUT_DIST } from '../support/synthetic-site.global.ts';
import { scrollThroughEveryPart } from '../support/timeline-parts.ts';

const entries = readEntries(join(LONG_LAYOUT_CONTENT_ROOT, `content-${LONG_LAYOUT_COUNT}/events`));
const released = new Set(entries.filter((entry) => entry.data.category === 'release').map((entry) => entry.slug));

describe(`a timeline laid out as a long one (${LONG_LAYOUT_COUNT} events), filtered`, () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(LONG_LAYOUT_DIST), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The home page with every part loaded, back at the start of the timeline. */
  async function everyPartLoaded(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL('en/', server.url).href);
    expect(await page.locator('.timeline.timeline--long').count()).toBe(1);
    await scrollThroughEveryPart(page);
    await page.locator('#timeline').evaluate((timeline) => timeline.scrollIntoView());
    return page;
  }

  const shownCards = (page: Page) => page.locator('article.event-card').evaluateAll((cards) => cards.filter((card) => card.checkVisibility()).map((card) => card.id));
  /** Months (or years) that keep a card the filter shows. */
  const keeping = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((sections) => sections.filter((section) => [...section.querySelectorAll('article.event-card')].some((card) => !card.hasAttribute('data-filter-out'))).length);

  it('shows only the events the filter keeps; months and years left empty take no room and are not read out; a clear brings all back', async () => {
    const page = await everyPartLoaded();
    const allIds = await shownCards(page);
    expect(allIds).toHaveLength(LONG_LAYOUT_COUNT);
    await chooseFilter(page, 'category', 'release');
    // Far from the window the cards follow when the browser is idle: all of them, soon.
    await expect.poll(() => shownCards(page)).toEqual(allIds.filter((slug) => released.has(slug)));
    const months = page.locator('section.timeline__month');
    const monthsKept = await keeping(page, 'section.timeline__month');
    expect(monthsKept).toBeGreaterThan(0);
    expect(monthsKept).toBeLessThan(await months.count());
    // Emptied by the filter: no box on the page, no heading for a screen reader.
    const emptied = await months.evaluateAll((all) => all.filter((month) => !month.querySelector('article.event-card:not([data-filter-out])')).map((month) => month.getBoundingClientRect().height));
    expect(emptied.every((height) => height === 0)).toBe(true);
    const timeline = page.locator('.timeline');
    expect(await timeline.getByRole('heading', { level: 3 }).count()).toBe(monthsKept);
    expect(await timeline.getByRole('heading', { level: 2 }).count()).toBe(await keeping(page, 'section.timeline__year'));
    await page.locator('[data-filter-clear]').click();
    await expect.poll(() => shownCards(page)).toEqual(allIds);
    expect(await timeline.getByRole('heading', { level: 3 }).count()).toBe(await months.count());
    await page.close();
  });

  it('after a filter, the months not laid out yet are about as tall as what the filter leaves in them', async () => {
    // The first part alone, as sent: its months away from the window have never been laid out.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL('en/', server.url).href);
    await page.locator('#timeline').evaluate((timeline) => timeline.scrollIntoView());
    await chooseFilter(page, 'category', 'release');
    await expect.poll(() => page.locator('article.event-card:not([data-filter-out])').count()).toBeLessThan(await page.locator('article.event-card').count());
    await page.waitForTimeout(500);
    // The months of the first part but its last one (which a later part may join).
    const firstPart = await page.locator('section.timeline__month').evaluateAll((months) => months.slice(0, -1).map((month) => month.getAttribute('aria-labelledby')!));
    const height = () =>
      page.evaluate((ids) => ids.reduce((total, id) => total + document.getElementById(id)!.closest('section')!.getBoundingClientRect().height, 0), firstPart);
    const estimated = await height();
    // Laid out, every one of them: each card the filter shows brought into the window in turn.
    await page.locator('article.event-card').evaluateAll(async (cards) => {
      for (const card of cards.filter((card) => card.checkVisibility())) {
        card.scrollIntoView();
        await new Promise(requestAnimationFrame);
      }
    });
    const laidOut = await height();
    expect(laidOut).toBeGreaterThan(0);
    expect(estimated / laidOut).toBeGreaterThan(0.5);
    expect(estimated / laidOut).toBeLessThan(2);
    await page.close();
  });

  it('after a jump from the overview to an event parts away, reads that event at once, and no other on the way', async () => {
    // Reduced motion: the jump is instant (a smooth one passes the events between, each read in turn).
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(new URL('en/', server.url).href);
    const column = page.locator('timeline-overview a.overview__bin').nth(-2);
    await expect.poll(() => column.getAttribute('data-slug')).toBeTruthy();
    const slug = (await column.getAttribute('data-slug'))!;
    expect(await page.locator(`[id="${slug}"]`).count()).toBe(0);
    await column.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const read: (string | null)[] = [];
      (window as unknown as { read: typeof read }).read = read;
      document.addEventListener('timeline:reading', (event) => read.push((event as CustomEvent<{ slug: string | null }>).detail.slug));
    });
    await column.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { read: string[] }).read.at(-1))).toBe(slug);
    await page.waitForTimeout(1000);
    // The reading bar and the overview's marker say the event jumped to from the first frame it is
    // in, not first an event of the month above it.
    expect(await page.evaluate(() => (window as unknown as { read: string[] }).read)).toEqual([slug]);
    const top = await page.locator(`[id="${slug}"]`).evaluate((card) => card.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.close();
  });
});

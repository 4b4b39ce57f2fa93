import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PART_SIZE } from '../../src/lib/parts.ts';
import { launchChromium } from '../support/browser.ts';
import { readEntries } from '../support/content.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { scrollThroughEveryPart } from '../support/timeline-parts.ts';
import { SYNTHETIC_CONTENT_ROOT, SYNTHETIC_COUNT, SYNTHETIC_DIST } from '../support/synthetic-site.global.ts';
import { chooseFilter } from '../support/filters.ts';

const cards = (page: Page) => page.locator('article.event-card');
const cardIds = (page: Page) => cards(page).evaluateAll((all) => all.map((card) => card.id));
// The synthetic entries in reading order, as the built home page and its parts list them.
const entries = readEntries(join(SYNTHETIC_CONTENT_ROOT, `content-${SYNTHETIC_COUNT}/events`));

describe(`a long timeline (${SYNTHETIC_COUNT} events) sent in parts of ${PART_SIZE}`, () => {
  let server: StaticServer;
  let site: string;
  let browser: Browser;
  let order: string[];

  beforeAll(async () => {
    server = await serveStatic(SYNTHETIC_DIST);
    site = new URL('en/', server.url).href;
    browser = await launchChromium();
    // The order the timeline reads in: the home page and each further part's page, one after another.
    order = [];
    for (let part = 1; ; part++) {
      const file = join(SYNTHETIC_DIST, 'en', part === 1 ? 'index.html' : `timeline/${part}/index.html`);
      let html: string;
      try {
        html = readFileSync(file, 'utf8');
      } catch {
        break;
      }
      order.push(...[...html.matchAll(/<article class="event-card[^"]*" id="([^"]+)"/g)].map((match) => match[1]!));
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends the first part with the home page, and every event exactly once across the parts', () => {
    expect(order).toHaveLength(SYNTHETIC_COUNT);
    expect(new Set(order)).toEqual(new Set(entries.map((entry) => entry.slug)));
    const partPages = readdirSync(join(SYNTHETIC_DIST, 'en/timeline'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(partPages).toHaveLength(Math.ceil(SYNTHETIC_COUNT / PART_SIZE) - 1);
  });

  it('without JavaScript, links each part to the next, each a page that lists its events', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site);
    expect(await cardIds(page)).toEqual(order.slice(0, PART_SIZE));
    await page.locator('a[rel="next"][data-timeline-next]').click();
    await expect.poll(() => page.url()).toBe(new URL('timeline/2/', site).href);
    expect(await cardIds(page)).toEqual(order.slice(PART_SIZE, 2 * PART_SIZE));
    expect(await page.locator('h1').textContent()).toContain(`events ${PART_SIZE + 1}–${2 * PART_SIZE} of ${SYNTHETIC_COUNT}`);
    await context.close();
  });

  it('adds the next part below as the reader nears the end, in order, months merged, and says so', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site);
    expect(await cards(page).count()).toBe(PART_SIZE);
    await page.locator('timeline-parts').scrollIntoViewIfNeeded();
    await expect.poll(() => cards(page).count()).toBeGreaterThanOrEqual(2 * PART_SIZE);
    expect((await cardIds(page)).slice(0, 2 * PART_SIZE)).toEqual(order.slice(0, 2 * PART_SIZE));
    expect(await page.locator('[data-parts-status]').textContent()).toContain(`events ${PART_SIZE + 1}–${2 * PART_SIZE}`);
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return ids.filter((id, index) => ids.indexOf(id) !== index);
    });
    expect(duplicates).toEqual([]);
    await page.close();
  });

  it('leaves the later parts alone while the reader is at the charts after the timeline', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site}#counts-caption`);
    await page.waitForTimeout(2500);
    // The charts stay where the reader went, and the timeline above them does not grow part after part.
    expect(await cards(page).count()).toBeLessThan(SYNTHETIC_COUNT);
    const top = await page.locator('#counts-caption').evaluate((caption) => caption.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    await page.close();
  });

  it('applies a filter at once to the part on the page, and to each later part as the reader scrolls to it, with the count of the whole timeline', async () => {
    const expected = entries.filter((entry) => entry.data.category === 'release').map((entry) => entry.slug);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site}?category=release`);
    const shown = () => page.locator('article.event-card:visible').evaluateAll((all) => all.map((card) => card.id));
    // The count speaks of the whole timeline, though only its first part is on the page.
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toContain(`${expected.length} of ${SYNTHETIC_COUNT}`);
    expect(await cards(page).count()).toBe(PART_SIZE);
    expect(await shown()).toEqual(order.slice(0, PART_SIZE).filter((slug) => expected.includes(slug)));
    await scrollThroughEveryPart(page);
    expect(await cards(page).count()).toBe(SYNTHETIC_COUNT);
    expect(await shown()).toEqual(order.filter((slug) => expected.includes(slug)));
    // Months left with no event shown go, heading and all.
    const emptyMonths = await page
      .locator('section.timeline__month:visible')
      .evaluateAll((months) => months.filter((month) => ![...month.querySelectorAll('article.event-card')].some((card) => card.checkVisibility())).length);
    expect(emptyMonths).toBe(0);
    // Nor are they read out: a screen reader finds the heading of each month that keeps an event, and no other.
    const monthsKept = await page
      .locator('section.timeline__month')
      .evaluateAll((months) => months.filter((month) => [...month.querySelectorAll('article.event-card')].some((card) => !card.hasAttribute('data-filter-out'))).length);
    expect(monthsKept).toBeLessThan(await page.locator('section.timeline__month').count());
    expect(await page.locator('.timeline').getByRole('heading', { level: 3 }).count()).toBe(monthsKept);
    await page.close();
  });

  it('with every part loaded, a filter shows at once what is near the window, and each month far from it before the reader gets there, even when the browser is never idle', async () => {
    const expected = new Set(entries.filter((entry) => entry.data.category === 'release').map((entry) => entry.slug));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A browser that never has idle time: the months far from the window wait for the reader.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.goto(site);
    await scrollThroughEveryPart(page);
    await page.locator('#timeline').evaluate((timeline) => timeline.scrollIntoView());
    await chooseFilter(page, 'category', 'release');
    /** The cards in the window that are shown, and whether each is one the filter keeps. */
    const inWindow = () =>
      page.locator('article.event-card').evaluateAll((all) =>
        all.filter((card) => card.checkVisibility() && card.getBoundingClientRect().bottom > 0 && card.getBoundingClientRect().top < innerHeight).map((card) => card.id),
      );
    await expect.poll(async () => (await inWindow()).length).toBeGreaterThan(0);
    expect((await inWindow()).every((slug) => expected.has(slug))).toBe(true);
    // Far below, cards the filter leaves out are not marked yet…
    const unmarkedFarBelow = await page.evaluate((keep) => {
      const kept = new Set(keep);
      return [...document.querySelectorAll('article.event-card')].filter((card) => !kept.has(card.id) && !card.hasAttribute('data-filter-out') && card.getBoundingClientRect().top > 5 * innerHeight).length;
    }, [...expected]);
    expect(unmarkedFarBelow).toBeGreaterThan(0);
    // …and are, as the reader comes near them: every card then in the window is one the filter keeps.
    for (let step = 0; step < 40; step++) {
      await page.mouse.wheel(0, 1200);
      await page.waitForTimeout(50);
    }
    await page.locator(`[id="${order.findLast((slug) => expected.has(slug))}"]`).scrollIntoViewIfNeeded();
    await expect.poll(async () => (await inWindow()).every((slug) => expected.has(slug))).toBe(true);
    expect((await inWindow()).length).toBeGreaterThan(0);
    await page.close();
  });

  it('after a filter, brings in the next part at once only if the end of the timeline is in sight, else as the reader scrolls on', async () => {
    // The category that keeps fewest of the first part's events: the end of the part comes close.
    const firstPart = new Set(order.slice(0, PART_SIZE));
    const inFirstPart = (category: string) => entries.filter((entry) => firstPart.has(entry.slug) && entry.data.category === category).length;
    const sparsest = [...new Set(entries.map((entry) => entry.data.category as string))].sort((a, b) => inFirstPart(a) - inFirstPart(b))[0]!;
    const endTop = (page: Page) => page.locator('timeline-parts').evaluate((loader) => loader.getBoundingClientRect().top);
    // Out of sight, though within the 1,500 px the loader reaches ahead (timeline-parts.ts): it waits for the reader.
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(site);
    await page.locator('#timeline').evaluate((timeline) => timeline.scrollIntoView());
    await chooseFilter(page, 'category', sparsest);
    await page.waitForTimeout(1000);
    const top = await endTop(page);
    expect(top).toBeGreaterThan(1000);
    expect(top).toBeLessThan(1000 + 1500);
    expect(await cards(page).count()).toBe(PART_SIZE);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => cards(page).count()).toBeGreaterThan(PART_SIZE);
    await page.close();
    // In sight (a window tall enough to show them all): the next part comes at once, with no scroll.
    const tall = await browser.newPage({ viewport: { width: 1280, height: 3600 } });
    await tall.goto(site);
    await chooseFilter(tall, 'category', sparsest);
    await expect.poll(() => cards(tall).count()).toBeGreaterThan(PART_SIZE);
    expect(await tall.evaluate(() => scrollY)).toBe(0);
    await tall.close();
  });

  it('without the table of facets (a failed request), the filter controls stay links to the static pages', async () => {
    const page = await browser.newPage();
    await page.route('**/timeline/facets.json', (route) => route.abort());
    await page.goto(site);
    await chooseFilter(page, 'category', 'release');
    await page.waitForURL(/\/en\/categories\/release\/$/);
    await page.close();
  });

  it('lands on an event of a later part from a link to it on the home page', async () => {
    const slug = order[2 * PART_SIZE + 5]!;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site}#${slug}`);
    const card = page.locator(`[id="${slug}"]`);
    await expect.poll(() => card.count()).toBe(1);
    await expect.poll(async () => {
      const top = await card.evaluate((element) => element.getBoundingClientRect().top);
      return top >= 0 && top < 450;
    }).toBe(true);
    await page.close();
  });

  /** The number of the last part. */
  const last = Math.ceil(SYNTHETIC_COUNT / PART_SIZE);

  /** Opens the home page (reduced motion) and clicks the overview's last column; resolves once its event's card is on the page. */
  async function jumpToLastColumn(): Promise<{ page: Page; slug: string }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(site);
    const bin = page.locator('timeline-overview a.overview__bin').last();
    await expect.poll(() => bin.getAttribute('data-slug')).toBeTruthy();
    const slug = (await bin.getAttribute('data-slug'))!;
    await bin.click();
    await expect.poll(() => page.locator(`[id="${slug}"]`).count()).toBe(1);
    return { page, slug };
  }

  it('jumps from the overview to an event parts away loading its part alone, and fills the gap as the reader scrolls back to it, the view held still', async () => {
    const { page, slug } = await jumpToLastColumn();
    // The overview's last column leads to an event deep in the last part: far from that part's start.
    expect(order.indexOf(slug)).toBeGreaterThan((last - 1) * PART_SIZE + 20);
    await page.waitForTimeout(1000);
    // The first part and the last, nothing between, in reading order.
    expect(await cardIds(page)).toEqual([...order.slice(0, PART_SIZE), ...order.slice((last - 1) * PART_SIZE)]);
    expect(await page.locator('timeline-parts').getAttribute('data-missing')).toBe(String(last - 2));
    // The reader scrolls back up to the start of the part they jumped into: the parts between come in above, in order.
    const near = order[(last - 1) * PART_SIZE + 2]!;
    await page.mouse.wheel(0, -100);
    await page.locator(`[id="${near}"]`).evaluate((card) => card.scrollIntoView({ block: 'start' }));
    await page.mouse.wheel(0, -100);
    await expect.poll(() => cards(page).count()).toBe(SYNTHETIC_COUNT);
    expect(await cardIds(page)).toEqual(order);
    expect(await page.locator('timeline-parts').getAttribute('data-missing')).toBeNull();
    // What the reader was looking at stays where it was (the parts came in above it).
    const top = await page.locator(`[id="${near}"]`).evaluate((card) => card.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(-300);
    expect(top).toBeLessThan(900);
    await page.close();
  });

  it('after a jump parts away, returns from an event page to the same place, with the same parts loaded and the gap still to fill', async () => {
    const { page, slug } = await jumpToLastColumn();
    await page.waitForTimeout(500);
    const loaded = await cardIds(page);
    const before = await page.locator(`[id="${slug}"]`).evaluate((card) => card.getBoundingClientRect().top);
    await page.locator(`[id="${slug}"] h4 a`).click();
    await page.waitForURL(/\/events\//);
    await page.goBack();
    await expect.poll(async () => Math.abs((await page.locator(`[id="${slug}"]`).evaluate((card) => card.getBoundingClientRect().top)) - before)).toBeLessThan(2);
    expect(await cardIds(page)).toEqual(loaded);
    expect(await page.locator('timeline-parts').getAttribute('data-missing')).toBe(String(last - 2));
    await page.close();
  });

  it('moves on with the keyboard from the last card of a part to the first of the next', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site);
    await page.locator(`[id="${order[PART_SIZE - 1]}"] h4 a`).focus();
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('article')?.id)).toBe(order[PART_SIZE]);
    await page.close();
  });

  it('sends an event page’s "back to the timeline" to the part its event is in', async () => {
    const slug = order[2 * PART_SIZE + 1]!;
    const page = await browser.newPage();
    await page.goto(new URL(`events/${slug}/`, site).href);
    expect(await page.locator('a.event-nav__back').getAttribute('href')).toBe(`/en/timeline/3/#${slug}`);
    await page.locator('a.event-nav__back').click();
    await expect.poll(() => page.locator(`[id="${slug}"]`).isVisible()).toBe(true);
    await page.close();
  });

  it('returns to the same place, later parts loaded, after going to an event page and back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site);
    await page.locator('timeline-parts').scrollIntoViewIfNeeded();
    await expect.poll(() => cards(page).count()).toBeGreaterThanOrEqual(2 * PART_SIZE);
    const slug = order[PART_SIZE + 30]!;
    await page.locator(`[id="${slug}"]`).scrollIntoViewIfNeeded();
    const before = await page.locator(`[id="${slug}"]`).evaluate((card) => card.getBoundingClientRect().top);
    await page.locator(`[id="${slug}"] h4 a`).click();
    await page.waitForURL(/\/events\//);
    await page.goBack();
    await expect.poll(async () => Math.abs((await page.locator(`[id="${slug}"]`).evaluate((card) => card.getBoundingClientRect().top)) - before)).toBeLessThan(2);
    await page.close();
  });
});

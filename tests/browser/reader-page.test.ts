import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { useSite } from '../support/site-session.ts';

// The home page as a reader meets it: the story on the first screen, the timeline right after,
// a compact bar on phones and a sticky side panel from 1100 px.
const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
];
const EDITIONS = ['es/', 'en/'];
const cases = EDITIONS.flatMap((edition) => PHONES.map((viewport) => ({ edition, ...viewport })));

const cardIds = (page: Page) => page.locator('article.event-card').evaluateAll((cards) => cards.map((card) => card.id));
/** Scrolls the card's top to the middle of the window, where an event is read. */
const readAt = (page: Page, id: string) =>
  page.locator(`[id="${id}"]`).evaluate((card) => scrollTo(0, scrollY + card.getBoundingClientRect().top - innerHeight / 2 + 10));

describe('the reader’s page in Chromium', () => {
  const session = useSite(SITE_DIST);
  const open = async (edition: string, viewport: { width: number; height: number }, options: { reducedMotion?: 'reduce' } = {}) => {
    const context = await session.browser.newContext({ viewport, reducedMotion: options.reducedMotion ?? 'reduce' });
    const page = await context.newPage();
    await page.goto(new URL(edition, session.url).href);
    return page;
  };

  it.each(cases)('$edition at $width × $height: the first event’s heading starts within 1.5 screens', async ({ edition, width, height }) => {
    const page = await open(edition, { width, height });
    const top = await page.locator('article.event-card h4').first().evaluate((heading) => heading.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThanOrEqual(1.5 * height);
    await page.context().close();
  });

  it.each(EDITIONS)('%s at 360 × 640: the first screen holds the headline and both numbers, each with who, what and as of when, and the way to the timeline', async (edition) => {
    const page = await open(edition, { width: 360, height: 640 });
    const figures = page.locator('.lead__figure');
    expect(await figures.count()).toBe(2);
    for (const figure of await figures.all()) {
      const box = (await figure.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(640);
      expect(await figure.locator('.lead__value').textContent()).toMatch(/^\d{1,3}([.,]\d{3})*$/);
      expect((await figure.locator('.lead__what').textContent())!.trim().length).toBeGreaterThan(3);
      expect(await figure.locator('.lead__who').textContent()).toMatch(/(according to|según) .+, (as of|al) \d+ \S+/);
      expect(await figure.locator('a').getAttribute('href')).toBe('#counts-gaps');
    }
    for (const selector of ['h1', '.lead__go']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.y + box.height, selector).toBeLessThanOrEqual(640);
    }
    await page.context().close();
  });

  it.each(cases)('$edition at $width × $height: the sticky bar takes at most a tenth of the screen, wherever the reader is', async ({ edition, width, height }) => {
    const page = await open(edition, { width, height });
    const ids = await cardIds(page);
    const bar = page.locator('.reading-bar');
    // Past the first events, where the bar has reached the top of the window and stays there.
    for (const id of [ids[2]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!]) {
      await readAt(page, id);
      await expect.poll(() => page.locator('[data-reading-date]').first().textContent()).toBe(await page.locator(`[id="${id}"] time`).first().textContent());
      const box = (await bar.boundingBox())!;
      expect(box.y, id).toBeLessThanOrEqual(1);
      expect(box.height, id).toBeLessThanOrEqual(0.1 * height);
    }
    // At the last event both sides have a figure: both values are in the bar, neither cut off.
    const counts = (await bar.locator('.reading-bar__counts').boundingBox())!;
    for (const side of ['government', 'ngo']) {
      const value = (await bar.locator(`[data-running="${side}"] [data-reading-value]`).boundingBox())!;
      expect(value.width, side).toBeGreaterThan(0);
      expect(value.x + value.width, side).toBeLessThanOrEqual(counts.x + counts.width + 0.5);
    }
    await page.context().close();
  });

  it('from 1100 px, the side panel stays in view beside the events and follows the one being read', async () => {
    const page = await open('en/', { width: 1280, height: 800 });
    expect(await page.locator('.reading-bar').isVisible()).toBe(false);
    const panel = page.locator('.story__panel');
    expect(await panel.evaluate((element) => getComputedStyle(element).position)).toBe('sticky');
    const ids = await cardIds(page);
    const timeline = (await page.locator('.story__events').boundingBox())!;
    const marker = page.locator('[data-counts-here]');
    let lastX = -Infinity;
    for (const id of [ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-2)!, ids.at(-1)!]) {
      await readAt(page, id);
      const date = await page.locator(`[id="${id}"] time`).first().textContent();
      await expect.poll(() => page.locator('.reading-panel [data-reading-date]').textContent()).toBe(date);
      // Beside the events, and, once the reader is past the first ones, wholly in view.
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(timeline.x + timeline.width);
      if (id !== ids[0]) {
        expect(box.y, id).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, id).toBeLessThanOrEqual(800);
      }
      // The overview marks this event, and only this one.
      // (Polled: two events of the same day have the same date in the panel, so the date alone does not say the panel has moved on.)
      await expect.poll(() => page.locator('timeline-overview [aria-current]').getAttribute('href')).toBe(`#${id}`);
      expect(await page.locator('timeline-overview [aria-current]').count()).toBe(1);
      expect(await page.locator('timeline-overview [data-overview-here]').getAttribute('class')).toContain('is-active');
      // The counts chart marks the date once it has one, further right for a later event.
      if (id === ids[0]) {
        expect(await marker.getAttribute('class')).not.toContain('is-active');
        expect(await page.locator('.reading-panel [data-reading-none]').isVisible()).toBe(true);
      } else if (id.startsWith('2026-02-2')) {
        expect(await marker.getAttribute('class')).toContain('is-active');
        const x = Number((await marker.evaluate((node) => (node as SVGGElement).style.transform)).match(/[\d.]+/)![0]);
        expect(x).toBeGreaterThanOrEqual(lastX);
        lastX = x;
      }
    }
    // At the last event, both sides have a figure, with what it counts.
    for (const side of ['government', 'ngo']) {
      expect(await page.locator(`.reading-panel [data-running="${side}"] [data-reading-value]`).textContent()).toMatch(/\d/);
      expect(await page.locator(`.reading-panel [data-running="${side}"] [data-reading-detail]`).textContent()).toMatch(/[a-z]/);
    }
    await page.context().close();
  });

  it('without JavaScript, the panel’s running counts stay hidden and every event is on the page', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL('en/', session.url).href);
    expect(await page.locator('.reading-panel').isVisible()).toBe(false);
    expect(await page.locator('.reading-bar').isVisible()).toBe(false);
    expect(await page.locator('article.event-card:visible').count()).toBe(await page.locator('article.event-card').count());
    expect(await page.locator('figure.chart--overview').isVisible()).toBe(true);
    await context.close();
  });
});

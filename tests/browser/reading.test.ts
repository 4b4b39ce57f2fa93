import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { READING_LINE } from '../../src/lib/reading.ts';
import { SITE_DIST } from '../support/build.ts';
import { chooseFilter } from '../support/filters.ts';
import { useSite } from '../support/site-session.ts';

const cardIds = (page: Page) => page.locator('article.event-card').evaluateAll((cards) => cards.map((card) => card.id));
const barBottom = (page: Page) => page.locator('.reading-bar').evaluate((bar) => bar.getBoundingClientRect().bottom);
const topOf = (page: Page, id: string) => page.locator(`[id="${id}"]`).evaluate((card) => card.getBoundingClientRect().top);

describe('reading the timeline', () => {
  // The English edition: the entries' own words, which these tests read.
  const session = useSite(SITE_DIST, 'en/');

  // The bar below 1100 px, the side panel from 1100 px: the same running counts.
  it.each([
    ['the sticky bar', { width: 390, height: 844 }, '.reading-bar'],
    ['the side panel', { width: 1280, height: 800 }, '.reading-panel'],
  ])('%s shows the date being read and the running counts, changing as entries pass', async (_, viewport, where) => {
    const page = await session.browser.newPage({ viewport });
    await page.goto(session.url);
    const ids = await cardIds(page);
    await page.locator(`[id="${ids[0]}"]`).scrollIntoViewIfNeeded();
    const date = page.locator(`${where} [data-reading-date]`);
    const government = page.locator(`${where} [data-running="government"]`);
    expect(await page.locator(where).isVisible()).toBe(true);
    await expect.poll(() => date.textContent()).toBe(await page.locator(`[id="${ids[0]}"] time`).first().textContent());
    const early = await government.textContent();

    const last = ids.at(-1)!;
    await page.locator(`[id="${last}"]`).evaluate((card) => card.scrollIntoView());
    await expect.poll(() => date.textContent()).toBe(await page.locator(`[id="${last}"] time`).first().textContent());
    expect(await government.textContent()).not.toBe(early);
    expect(await government.locator('[data-reading-value]').textContent()).toMatch(/\d/);
    expect(await page.locator(`${where} [data-running="ngo"] [data-reading-value]`).textContent()).toMatch(/\d/);
    await page.close();
  });

  it('past the end of the timeline, at the charts after it, the side panel stays on the last event', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.url);
    const last = (await cardIds(page)).at(-1)!;
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    // No card is in the window any more: the whole timeline is above the reading line.
    expect(await topOf(page, last)).toBeLessThan(0);
    const date = page.locator('.reading-panel [data-reading-date]');
    await expect.poll(() => date.textContent()).toBe(await page.locator(`[id="${last}"] time`).first().textContent());
    await page.close();
  });

  it('above the timeline, says where what the filter shows starts, and where the whole timeline starts once cleared', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.url);
    const date = page.locator('.reading-panel [data-reading-date]');
    const firstShown = () => page.locator('article.event-card').evaluateAll((cards) => cards.find((card) => card.checkVisibility())!.querySelector('time')!.textContent);
    await expect.poll(() => date.textContent()).toBe(await firstShown());
    const before = await date.textContent();
    // The category whose first event is not the timeline's first: the panel must change to say so.
    await chooseFilter(page, 'category', 'release');
    // Still above the timeline: no card has passed the reading line.
    expect(await page.locator('.timeline').evaluate((timeline) => timeline.getBoundingClientRect().top)).toBeGreaterThan(800 * READING_LINE);
    await expect.poll(() => firstShown()).not.toBe(before);
    await expect.poll(() => date.textContent()).toBe(await firstShown());
    await page.locator('[data-filter-clear]').click();
    await expect.poll(() => date.textContent()).toBe(before);
    await page.close();
  });

  it('moves through three events with the keyboard, and back, with focus on each title, never under the bar', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(session.url);
    const ids = await cardIds(page);
    await page.locator(`[id="${ids[0]}"] h4 a`).focus();
    for (const step of [1, 2, 3]) {
      await page.keyboard.press('j');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('article')?.id)).toBe(ids[step]);
      await expect.poll(async () => (await topOf(page, ids[step]!)) >= (await barBottom(page)) - 1).toBe(true);
    }
    await page.keyboard.press('k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('article')?.id)).toBe(ids[2]);
    // Clicked where it is on screen: locator.click() would first scroll the sticky bar "into view",
    // which Chromium does by scrolling to the bar's place in the flow, at the top of the page.
    const next = (await page.locator('.reading-bar [data-reading-next]').boundingBox())!;
    await page.mouse.click(next.x + next.width / 2, next.y + next.height / 2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('article')?.id)).toBe(ids[3]);
    await page.close();
  });

  it('a deep link lands on its event, clear of the sticky bar', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(session.url);
    const target = (await cardIds(page)).at(-3)!;
    await page.goto(`${session.url}#${target}`);
    await expect.poll(async () => (await topOf(page, target)) >= (await barBottom(page)) - 1).toBe(true);
    expect(await topOf(page, target)).toBeLessThan(400);
    await page.close();
  });

  it('going back from an event page returns to the same place on the timeline', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.url);
    const target = (await cardIds(page)).at(-5)!;
    await page.locator(`[id="${target}"]`).evaluate((card) => card.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(200);
    const before = await page.evaluate(() => scrollY);
    await page.locator(`[id="${target}"] h4 a`).click();
    await page.waitForURL(/\/events\//);
    await page.goBack();
    await expect.poll(() => page.evaluate((y) => Math.abs(scrollY - y) < 5, before), { timeout: 5000 }).toBe(true);
    await page.close();
  });
});

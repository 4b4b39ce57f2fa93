import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';
import { useSite } from '../support/site-session.ts';
import { pageTemplates } from '../support/templates.ts';

// Every page kind of the Spanish edition, and the English home and an event page: longer words
// in one language, longer numbers in the other.
const entries = readEntries();
const PAGES = [...pageTemplates(['es']).map((template) => `../${template.path}`), '', `events/${entries[0]!.slug}/`];

describe('reading comfort', () => {
  // The English edition: the entries' own words, which these tests read.
  const session = useSite(SITE_DIST, 'en/');

  it.each([
    ['a 320 px phone', { width: 320, height: 640 }, 1],
    ['200 % zoom on a 1280 px screen', { width: 640, height: 450 }, 2],
  ])('reflows on %s: no page scrolls sideways', async (_, viewport, deviceScaleFactor) => {
    const page = await session.browser.newPage({ viewport, deviceScaleFactor });
    for (const path of PAGES) {
      await page.goto(new URL(path, session.url).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path || 'home').toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('follows the reader’s dark colour scheme', async () => {
    const page = await session.browser.newPage({ colorScheme: 'dark' });
    await page.goto(session.url);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(100);
    await page.close();
  });

  it('prints the whole timeline, even a filtered one, with its sources and without the controls', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}?category=release`);
    await expect.poll(() => page.locator('article.event-card:visible').count()).toBeLessThan(entries.length);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('article.event-card:visible').count()).toBe(entries.length);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    for (const reading of ['.reading-bar', '.reading-panel']) expect(await page.locator(reading).isVisible(), reading).toBe(false);
    for (const sources of await page.locator('article.event-card .event-card__sources').all()) expect(await sources.isVisible()).toBe(true);
    expect(await page.locator('article.event-card .event-card__sources').count()).toBe(entries.length);
    await page.close();
  });
});

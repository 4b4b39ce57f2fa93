/**
 * Photos and locator maps as a reader meets them in Chromium: pages with the fixture photos
 * (tests/fixtures/pictures/) pass axe in both colour schemes, load their photos from the site only,
 * the cards' photos only when scrolled near and without moving the page; the photo and the map
 * print, fit a 320 px phone, and follow the dark scheme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PICTURE_DIST } from '../support/picture-site.ts';
import { useSite } from '../support/site-session.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BESIDE = '2026-02-25-test-photo-beside';
const SHARED = '2026-02-26-test-photo-shared';

describe('pages with photos and locator maps, in Chromium', () => {
  const session = useSite(PICTURE_DIST);

  /** A page in a context of its own, with every request it makes. */
  const open = async (path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; requests: string[] }> => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(new URL(path, session.server.url).href, { waitUntil: 'load' });
    return { page, requests };
  };

  it.each([
    [`es/events/${BESIDE}/`, 'light'],
    [`es/events/${BESIDE}/`, 'dark'],
    [`en/events/${SHARED}/`, 'light'],
    ['en/', 'light'],
    ['es/embed/', 'dark'],
  ] as const)('%s, %s: axe finds no violation', async (path, scheme) => {
    const { page } = await open(path, { colorScheme: scheme });
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
    await page.context().close();
  });

  it('shows the event page’s photo from the site itself, in AVIF, asking no other host', async () => {
    const { page, requests } = await open(`en/events/${BESIDE}/`);
    const photo = await page.locator('figure.event-photo img').evaluate((img: HTMLImageElement) => ({ complete: img.complete, width: img.naturalWidth, src: img.currentSrc }));
    expect(photo.complete).toBe(true);
    expect(photo.width).toBeGreaterThan(0);
    expect(photo.src).toMatch(/\.avif$/);
    const origin = new URL(session.server.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    await page.context().close();
  });

  it('loads a card’s photo only when the reader scrolls near it, in a box already of its size', async () => {
    const { page, requests } = await open('en/');
    const card = page.locator(`article[id="${BESIDE}"] figure.card-photo img`);
    const photoRequests = () => requests.filter((url) => url.includes(`/_astro/${BESIDE}`));
    expect(photoRequests()).toEqual([]);
    const before = await card.boundingBox();
    // The box keeps the photo's shape (1600 × 1000) before a byte of it has arrived: nothing moves when it does.
    expect(before!.height).toBeCloseTo((before!.width * 1000) / 1600, 0);
    await card.scrollIntoViewIfNeeded();
    await expect.poll(photoRequests).not.toEqual([]);
    await card.evaluate((img: HTMLImageElement) => img.decode());
    expect(await card.boundingBox()).toMatchObject({ width: before!.width, height: before!.height });
    await page.context().close();
  });

  it('prints the photo with its credit, and the map with its places', async () => {
    const { page } = await open(`en/events/${BESIDE}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['figure.event-photo img', '.event-photo__credit', 'svg.locator-map__svg', '.locator-map__caption']) {
      const box = await page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.height, selector).toBeGreaterThan(5);
    }
    await page.context().close();
  });

  it('fits the photo and the map in a 320 px phone, without scrolling sideways', async () => {
    const { page } = await open(`es/events/${SHARED}/`, { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    for (const selector of ['figure.event-photo img', 'svg.locator-map__svg']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(320);
    }
    await page.context().close();
  });

  it('draws the map in the page’s colours: dark sea and land in the dark scheme', async () => {
    const fills = async (scheme: 'light' | 'dark') => {
      const { page } = await open(`en/events/${BESIDE}/`, { colorScheme: scheme });
      const colours = await page.evaluate(() => ['.locator-map__sea', '.locator-map__country', '.locator-map__place text'].map((selector) => getComputedStyle(document.querySelector(selector)!).fill));
      await page.context().close();
      return colours;
    };
    const brightness = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).reduce((sum, value) => sum + Number(value), 0);
    const [light, dark] = [await fills('light'), await fills('dark')];
    expect(brightness(dark[0]!)).toBeLessThan(brightness(light[0]!));
    expect(brightness(dark[1]!)).toBeLessThan(brightness(light[1]!));
    // Labels turn light on the dark map.
    expect(brightness(dark[2]!)).toBeGreaterThan(brightness(light[2]!));
  });
});

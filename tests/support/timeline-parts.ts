import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Scrolls a long timeline as a reader would, to the end of what is loaded, again and again, until
 * every part is on the page. Fails if a scroll to the end brings in nothing more.
 */
export async function scrollThroughEveryPart(page: Page): Promise<void> {
  const nextPart = page.locator('timeline-parts a[data-timeline-next]');
  const cards = page.locator('article.event-card');
  for (let part = 0; part < 1000 && (await nextPart.count()) > 0; part++) {
    const before = await cards.count();
    await page.locator('timeline-parts').evaluate((loader) => loader.scrollIntoView({ block: 'end' }));
    await expect.poll(async () => (await cards.count()) > before || (await nextPart.count()) === 0).toBe(true);
  }
  expect(await nextPart.count()).toBe(0);
}

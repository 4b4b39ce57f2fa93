import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { useSite } from '../support/site-session.ts';

const SLUG = '2026-02-el-rodeo-hunger-strike';

describe('the two editions in Chromium', () => {
  const session = useSite(SITE_DIST);

  it('opens in Spanish at the bare address, and the switcher leads to the English home', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.locator('.language-switcher a', { hasText: 'English' }).click();
    await expect.poll(() => page.url()).toBe(new URL('en/', session.server.url).href);
    expect(await page.locator('h1').textContent()).toBe('Venezuela’s Amnesty Law: how many have been freed depends on who is counting');
    await page.close();
  });

  it('keeps the reader on the same event when switching language, both ways', async () => {
    const page = await session.browser.newPage();
    await page.goto(new URL(`es/events/${SLUG}/`, session.server.url).href);
    const spanishTitle = await page.locator('h1').textContent();
    await page.locator('.language-switcher a[hreflang="en"]').click();
    await expect.poll(() => page.url()).toBe(new URL(`en/events/${SLUG}/`, session.server.url).href);
    expect(await page.locator('h1').textContent()).toBe('Political prisoners on hunger strike at El Rodeo');
    await page.locator('.language-switcher a[hreflang="es"]').click();
    await expect.poll(() => page.url()).toBe(new URL(`es/events/${SLUG}/`, session.server.url).href);
    expect(await page.locator('h1').textContent()).toBe(spanishTitle);
    await page.close();
  });

  it.each([
    ['Spanish', 'es', 'huelga'],
    ['English', 'en', 'hunger'],
  ])('finds %s words in that edition’s search, with results only in that edition', async (_language, lang, word) => {
    const page = await session.browser.newPage();
    await page.goto(new URL(`${lang}/search/?q=${word}`, session.server.url).href);
    const results = page.locator('site-search li a');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain(`/${lang}/events/${SLUG}/`);
    expect(hrefs.every((href) => href?.startsWith(`/${lang}/`))).toBe(true);
    await page.close();
  });
});

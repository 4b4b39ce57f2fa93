import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';
import { useSite } from '../support/site-session.ts';

describe('search', () => {
  // The English edition: the entries' own words, which these tests read.
  const session = useSite(SITE_DIST, 'en/');

  it('finds an event by a word of its text, links to it, and asks nothing of any other host', async () => {
    const page = await session.browser.newPage();
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).hostname));
    await page.goto(new URL('search/', session.url).href);
    await page.getByLabel('Words to find in the events').fill('hunger strike');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=hunger\+strike/);
    const results = page.locator('[data-search-results] li a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hunger = readEntries().filter((entry) => /hunger strike/i.test(`${entry.data.title} ${entry.data.summary}`));
    expect(hunger.length).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    for (const entry of hunger) expect(hrefs).toContain(`/en/events/${entry.slug}/`);
    expect(hrefs.every((href) => href.startsWith("/en/events/"))).toBe(true);
    // Each excerpt is the event's words: not its date badge, category or "Added …" stamp.
    const excerpts = await page.locator('[data-search-results] li p').allTextContents();
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Inferred date|Added \d|^(January|February|March) 20\d\d/);
    await results.first().click();
    await page.waitForURL(/\/events\//);
    expect([...hosts]).toEqual(['127.0.0.1']);
    await page.close();
  });

  it('shows results as the words are typed, on the same page, and keeps the query in the address', async () => {
    const page = await session.browser.newPage();
    await page.goto(new URL('search/', session.url).href);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    const input = page.getByLabel('Words to find in the events');
    await input.pressSequentially('hunger');
    const results = page.locator('[data-search-results] li a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // One event or several, said as such.
    const found = await results.count();
    expect(await page.locator('[data-search-status]').textContent()).toBe(found === 1 ? '1 event found for “hunger”' : `${found} events found for “hunger”`);
    await expect.poll(() => new URL(page.url()).search).toBe('?q=hunger');
    // The word found is marked in each excerpt, as text among the event's words.
    const marked = await page.locator('[data-search-results] li p').evaluateAll((excerpts) => excerpts.map((excerpt) => [...excerpt.querySelectorAll('mark')].map((mark) => mark.textContent)));
    expect(marked.length).toBeGreaterThan(0);
    for (const words of marked) expect(words.length > 0 && words.every((word) => /^hunger$/i.test(word ?? ''))).toBe(true);
    // Words that match nothing say so, and leave no stale results behind.
    await input.fill('zzqqxx');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe('No events found. Try fewer or other words.');
    expect(await results.count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.close();
  });

  it('lists ten results at a time, says how many there are, and shows the next ones on asking', async () => {
    const page = await session.browser.newPage();
    await page.goto(new URL('search/?q=amnesty', session.url).href);
    const results = page.locator('[data-search-results] li');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(10);
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    const total = Number(/^(\d+) events found for “amnesty”$/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(10);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.click();
    await expect.poll(() => results.count()).toBe(Math.min(20, total));
    // The keyboard goes on from the first result added.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] li')[10])).toBe(true);
    expect(await more.isVisible()).toBe(total > 20);
    await page.close();
  });

  it('searches in one worker of its own, and still finds events where that worker cannot load', async () => {
    for (const workerLoads of [true, false]) {
      const page = await session.browser.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
      // A browser without module workers fails to load the page's own worker, as a missing file does.
      if (!workerLoads) await page.route('**/_astro/search-worker-*.js', (route) => route.fulfill({ status: 404, body: '' }));
      await page.goto(new URL('search/?q=hunger', session.url).href);
      const results = page.locator('[data-search-results] li a');
      await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await results.first().getAttribute('href')).toMatch(/^\/en\/events\//);
      // Pagefind's own worker would hand the page every result found, thousands on a large timeline.
      expect(scripts.some((path) => path.endsWith('/pagefind-worker.js'))).toBe(!workerLoads);
      expect(scripts.some((path) => /\/_astro\/search-worker-/.test(path))).toBe(true);
      await page.close();
    }
  });

  it('says how to find events when JavaScript is off', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('search/?q=amnesty', session.url).href);
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
    await context.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SYNTHETIC_COUNT as COUNT, SYNTHETIC_DIST } from '../support/synthetic-site.global.ts';
import { scrollThroughEveryPart } from '../support/timeline-parts.ts';
import { chooseFilter } from '../support/filters.ts';

// The shared synthetic site (tests/support/synthetic-site.global.ts): too many events for a mark
// each, so the overview counts them. Its English edition, whose words these tests read.
const BINS = 'timeline-overview a.overview__bin';
const TIP = 'timeline-overview [data-overview-tip]';

describe(`the overview of ${COUNT} events in Chromium`, () => {
  let server: StaticServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(SYNTHETIC_DIST), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(options: { width?: number; reducedMotion?: 'reduce' | 'no-preference' } = {}) {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 800 }, reducedMotion: options.reducedMotion ?? 'reduce' });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(new URL('en/', server.url).href);
    return page;
  }

  const inView = (page: Page, slug: string) =>
    page.locator(`article.event-card[id="${slug}"]`).evaluate((card) => {
      const box = card.getBoundingClientRect();
      return box.top >= -2 && box.top < innerHeight;
    });

  /** Resolves once the page has stopped scrolling (a smooth scroll, then its exact landing). */
  const settled = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<void>((done) => {
          let last = Number.NaN;
          const check = () => (scrollY === last ? done() : ((last = scrollY), setTimeout(check, 200)));
          check();
        }),
    );

  /** A bin's count, read from its accessible name ("March 2026: 41 events"). */
  const countOf = (name: string | null) => Number(/: ([\d,]+) events?\b/.exec(name ?? '')?.[1]?.replace(/,/g, '') ?? NaN);

  it('draws bins, not a mark per event: a short drawing, each bin a link named by its period and count, the counts adding up', async () => {
    const page = await open();
    expect(await page.locator('timeline-overview a.overview__mark').count()).toBe(0);
    const bins = await page.locator(BINS).evaluateAll((nodes) =>
      nodes.map((node) => {
        const hit = node.querySelector('.overview__hit')!.getBoundingClientRect();
        return { name: node.getAttribute('aria-label'), slug: node.getAttribute('data-slug'), href: node.getAttribute('href'), hit: [hit.width, hit.height] };
      }),
    );
    expect(bins.length).toBeGreaterThan(10);
    expect(bins.length).toBeLessThanOrEqual(120);
    for (const bin of bins) {
      expect(bin.name).toMatch(/^.+ \d{4}: [\d,]+ events?\b/);
      // The first event's card: on this page (#slug), or on the page of the part it is in until loaded.
      expect(bin.href).toMatch(new RegExp(`^(/en/timeline/\\d+/)?#${bin.slug}$`));
      expect(bin.hit[1]).toBeGreaterThanOrEqual(24);
    }
    expect(bins.reduce((total, bin) => total + countOf(bin.name), 0)).toBe(COUNT);
    const svg = await page.locator('timeline-overview svg').boundingBox();
    expect(svg!.height).toBeLessThanOrEqual(400);
    // No table of 400 rows: the open data and the timeline instead, and the chart's own counts as a
    // table whose links make the same jumps as the columns, as full-size targets.
    expect(await page.locator('.overview__data-link a[href="/en/data/events.json"]').count()).toBe(1);
    await page.locator('.overview__data summary').click();
    const rows = await page.locator('.overview__counts tbody tr').evaluateAll((nodes) =>
      nodes.map((row) => {
        const link = row.querySelector('a')!;
        const box = link.getBoundingClientRect();
        return { href: link.getAttribute('href'), text: row.textContent, size: [box.width, box.height] };
      }),
    );
    expect(rows.map((row) => row.href)).toEqual(bins.map((bin) => bin.href));
    for (const row of rows) expect(Math.min(...row.size)).toBeGreaterThanOrEqual(24);
    await page.close();
  });

  it('shows the detail box on keyboard focus, and moves between bins with the arrow keys, Home and End', async () => {
    const page = await open();
    const bins = page.locator(BINS);
    const count = await bins.count();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.locator('figure.chart--overview').evaluate((figure) => {
      figure.setAttribute('tabindex', '-1');
      (figure as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    const first = await bins.first().getAttribute('aria-label');
    expect(await focused()).toBe(first);
    const tip = page.locator(TIP);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(await bins.first().getAttribute('data-tip-title'));
    expect(await tip.textContent()).toContain(`${countOf(first).toLocaleString('en-GB')} event`);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(await bins.nth(1).getAttribute('aria-label'));
    await expect.poll(() => tip.textContent()).toContain(await bins.nth(1).getAttribute('data-tip-title'));
    await page.keyboard.press('End');
    expect(await focused()).toBe(await bins.nth(count - 1).getAttribute('aria-label'));
    await page.keyboard.press('Home');
    expect(await focused()).toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await bins.nth(count - 2).hover();
    await expect.poll(() => tip.textContent()).toContain(await bins.nth(count - 2).getAttribute('data-tip-title'));
    await page.close();
  });

  it('lands on the first event of a bin when it is clicked, and marks the bin as the place being read', async () => {
    const page = await open({ reducedMotion: 'no-preference' });
    const bins = page.locator(BINS);
    const bin = bins.nth(Math.floor((await bins.count()) * 0.6));
    const slug = (await bin.getAttribute('data-slug'))!;
    await bin.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${slug}`);
    // A smooth scroll down a long page, then the exact landing once it ends.
    await settled(page);
    expect(await inView(page, slug)).toBe(true);
    await expect.poll(() => bin.getAttribute('aria-current')).toBe('location');
    expect(await page.locator(`${BINS}.is-current`).count()).toBe(1);
    // Scrolling on to a card further down moves "you are here" to that card's bin.
    const later = (await bins.nth(Math.floor((await bins.count()) * 0.8)).getAttribute('data-slug'))!;
    // Read where an event is read: across the middle of the window.
    await page.locator(`article.event-card[id="${later}"]`).evaluate((card) => card.scrollIntoView({ block: 'center' }));
    await expect.poll(() => page.locator(`${BINS}[data-slug="${later}"]`).getAttribute('aria-current')).toBe('location');
    const here = page.locator('timeline-overview [data-overview-here]');
    expect(await here.evaluate((node) => (node as SVGGElement).style.transform)).toBe(
      `translateX(${await page.locator(`${BINS}[data-slug="${later}"]`).getAttribute('data-x')}px)`,
    );
    await page.close();
  });

  it('brings in a card not loaded yet (a timeline sent in parts), whatever form the link takes, and follows cards added later', async () => {
    const page = await open();
    const bins = page.locator(BINS);
    const last = bins.last();
    const slug = (await last.getAttribute('data-slug'))!;
    // The last bin's first event is in a later part: not on the page until the parts loader brings it.
    expect(await page.locator(`article.event-card[id="${slug}"]`).count()).toBe(0);
    expect(await last.getAttribute('href')).toMatch(new RegExp(`^/en/timeline/\\d+/#${slug}$`));
    await last.click();
    // A part fetched, parsed and merged: on a machine busy with the rest of the suite, longer than the poll's 1 s default.
    await expect.poll(() => page.locator(`article.event-card[id="${slug}"]`).count(), { timeout: 5000 }).toBe(1);
    // The reader stays on the home page: the script loaded the part instead of following the link.
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`/en/#${slug}`);
    await expect.poll(() => inView(page, slug), { timeout: 5000 }).toBe(true);
    await settled(page);
    expect(await inView(page, slug)).toBe(true);
    // Focus stays where the reader put it, on the bin.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-slug'))).toBe(slug);
    // The cards added later are followed as the reader scrolls.
    await expect.poll(() => last.getAttribute('aria-current')).toBe('location');
    await page.close();
  });

  it('follows the filter: bins keep the count of what is left, and a bin with nothing left drops out', async () => {
    const page = await open();
    await chooseFilter(page, 'category', 'release');
    await expect.poll(() => page.locator('svg.overview__svg.is-filtered').count()).toBe(1);
    // The reader scrolls through the timeline: every part is loaded, and filtered, on the way.
    await scrollThroughEveryPart(page);
    await page.evaluate(() => scrollTo(0, 0));
    const shown = await page.locator('article.event-card:visible').count();
    const bins = await page.locator(BINS).evaluateAll((nodes) =>
      nodes.map((node) => ({ name: node.getAttribute('aria-label')!, out: node.classList.contains('overview__out'), slug: node.getAttribute('data-slug')! })),
    );
    let left = 0;
    for (const bin of bins) {
      const match = /: ([\d,]+) of ([\d,]+) events? shown$/.exec(bin.name);
      expect(match, bin.name).not.toBeNull();
      left += Number(match![1]!.replace(/,/g, ''));
      expect(bin.out).toBe(match![1] === '0');
      if (!bin.out) expect(await page.locator(`article.event-card[id="${bin.slug}"]`).isVisible(), bin.slug).toBe(true);
    }
    expect(left).toBe(shown);
    expect(bins.some((bin) => bin.out)).toBe(true);
    // The release column is redrawn from what is left; the others are empty.
    const drawn = await page.locator('.overview__stacks path').evaluateAll((paths) => paths.map((path) => [path.getAttribute('data-category'), path.getAttribute('d')]));
    for (const [category, d] of drawn) expect(Boolean(d), category!).toBe(category === 'release');
    await page.locator('[data-filter-clear]').click();
    await expect.poll(() => page.locator(`${BINS}.overview__out`).count()).toBe(0);
    expect(await page.locator(BINS).first().getAttribute('aria-label')).toMatch(/: [\d,]+ events?\b/);
    await page.close();
  });

  it('logged no console errors', () => {
    expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
  });
});

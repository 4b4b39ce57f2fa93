import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';
import { useSite } from '../support/site-session.ts';
import { chooseFilter } from '../support/filters.ts';

const entries = readEntries();
const placesOf = (data: Record<string, any>): string[] => data.places ?? [];
const namedPlaces = [...new Set(entries.flatMap((entry) => placesOf(entry.data)))].sort();
/** The places that the events naming `id` name: what the map keeps as it is under ?place=id. */
const placesAlongside = (id: string) => [...new Set(entries.filter((entry) => placesOf(entry.data).includes(id)).flatMap((entry) => placesOf(entry.data)))].sort();

/** The markers the reader sees (one layer of labels shows at a time), as place ids. */
const shownMarkers = (page: Page) =>
  page.locator('.places-map a.places-map__place:visible').evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.place!));
const dimmedMarkers = (page: Page) =>
  page.locator('.places-map a.places-map__place.place--out:visible').evaluateAll((links) => [...new Set(links.map((link) => (link as HTMLElement).dataset.place!))].sort());
const dimmedPoints = (page: Page) => page.locator('.counts-svg--wide a.point.point--out').count();
/** The reader goes to a part of the page: a chart follows the filter once it is near the window. */
const scrollTo = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.scrollIntoView({ block: 'center' }));

describe('the places map in Chromium', () => {
  // The English edition: the entries' own words, which these tests read.
  const session = useSite(SITE_DIST, 'en/');

  it.each([1280, 360])('at %i px draws an SVG map with one marker per place the events name, each linked to its entry in the list', async (width) => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(session.url);
    expect(await page.locator('.places-map svg.places-map__svg').count()).toBeGreaterThan(0);
    const markers = await shownMarkers(page);
    expect([...markers].sort()).toEqual(namedPlaces);
    for (const id of markers) {
      const link = page.locator(`.places-map a.places-map__place[data-place="${id}"]:visible`);
      expect(await link.getAttribute('href')).toBe(`#place-${id}`);
      expect(await page.locator(`li.places-map__entry#place-${id}`).count()).toBe(1);
    }
    // Selecting a marker brings its entry into view.
    const first = markers.at(-1)!;
    await page.locator(`.places-map a.places-map__place[data-place="${first}"]:visible`).click();
    await page.waitForURL((url) => url.hash === `#place-${first}`);
    expect(await page.locator(`#place-${first}`).evaluate((entry) => entry.matches(':target'))).toBe(true);
    expect(await page.locator(`#place-${first}`).isVisible()).toBe(true);
    await page.close();
  });

  it('lists under each place the events that name it, each linking to its page', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.url);
    for (const id of namedPlaces) {
      const expected = entries.filter((entry) => placesOf(entry.data).includes(id)).map((entry) => `/en/events/${entry.slug}/`);
      const hrefs = await page.locator(`#place-${id} .places-map__events a`).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      // The real story is short: every event is listed, and no "all events" link is needed.
      expect([...hrefs].sort()).toEqual([...expected].sort());
      expect(await page.locator(`#place-${id} .places-map__all`).count()).toBe(0);
    }
    const link = page.locator('#place-venezuela .places-map__events a').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator('article.event-page').getAttribute('data-slug')).toBe(href.split('/').at(-2));
    await page.close();
  });

  it('is reached with Tab, marker by marker, with a visible focus ring', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.url);
    // Start just before the map, as a reader tabbing down the page would arrive.
    await page.locator('.places-map__summary').evaluate((summary) => {
      summary.setAttribute('tabindex', '-1');
      (summary as HTMLElement).focus();
    });
    const reached: string[] = [];
    for (let step = 0; step < namedPlaces.length; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active?.matches('a.places-map__place')) return null;
        const ring = getComputedStyle(active.querySelector('rect')!);
        return { id: active.dataset.place!, visible: active.matches(':focus-visible'), stroke: ring.stroke, width: parseFloat(ring.strokeWidth) };
      });
      expect(focused, `Tab ${step + 1} lands on a marker`).not.toBeNull();
      expect(focused!.visible).toBe(true);
      expect(focused!.stroke).not.toBe('none');
      expect(focused!.width).toBeGreaterThan(1);
      reached.push(focused!.id);
    }
    expect(reached.sort()).toEqual(namedPlaces);
    await page.close();
  });

  it('follows a filter from the URL: the map dims the other places, the counts chart the figures of hidden events, and both say so', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.url}?place=barinas`);
    const kept = placesAlongside('barinas');
    expect(kept).toContain('barinas');
    const dimmed = namedPlaces.filter((id) => !kept.includes(id));
    expect(dimmed.length).toBeGreaterThan(0);
    // The status line says it at once, wherever the reader is; the markers follow as the map comes near.
    const mapStatus = page.locator('places-map-filter');
    await expect.poll(() => mapStatus.textContent()).toBe(`The events shown name ${kept.length} of the ${namedPlaces.length} places; the others are dimmed.`);
    await scrollTo(page, '.places-map');
    await expect.poll(() => dimmedMarkers(page)).toEqual(dimmed);
    // Still a link, and its state is in its name, not only in its colour.
    const out = page.locator(`.places-map a.places-map__place[data-place="${dimmed[0]}"]:visible`);
    expect(await out.getAttribute('aria-hidden')).toBeNull();
    expect(await out.getAttribute('aria-label')).toMatch(/none of them shown by the filter$/);
    expect(await page.locator(`#place-${dimmed[0]} .places-map__out`).textContent()).toBe('None of the events shown names this place.');
    expect(await page.locator(`.places-map a.places-map__place[data-place="barinas"]:visible`).getAttribute('aria-label')).not.toMatch(/filter/);
    expect(await mapStatus.getAttribute('role')).toBe('status');

    // The counts chart: a point is dimmed exactly when the timeline hides its event.
    const visible = new Set(await page.locator('article.event-card:visible').evaluateAll((cards) => cards.map((card) => card.id)));
    await scrollTo(page, '.counts-svg--wide');
    await expect.poll(() => dimmedPoints(page)).toBeGreaterThan(0);
    const points = await page.locator('.counts-svg--wide a.point').evaluateAll((links) =>
      links.map((link) => ({ slug: link.getAttribute('href')!.split('/').at(-2)!, out: link.classList.contains('point--out'), label: link.getAttribute('aria-label')! })),
    );
    for (const point of points) {
      expect(point.out).toBe(!visible.has(point.slug));
      expect(point.label.endsWith('(its event is hidden by the filter)')).toBe(point.out);
    }
    const shown = points.filter((point) => !point.out).length;
    expect(await page.locator('counts-filter').textContent()).toMatch(
      shown === 0 ? `Showing none of the ${points.length} figures` : new RegExp(`^Showing ${shown} of ${points.length} figures`),
    );
    await page.close();
  });

  it('follows the filter bar as the reader changes it, and clearing it restores the map and the chart', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.url);
    expect(await dimmedMarkers(page)).toEqual([]);
    expect(await page.locator('counts-filter').textContent()).toBe('');
    await chooseFilter(page, 'category', 'release');
    const kept = [...new Set(entries.filter((entry) => entry.data.category === 'release').flatMap((entry) => placesOf(entry.data)))];
    const status = page.locator('counts-filter');
    // The charts follow once the filtered cards are painted.
    await expect.poll(() => status.textContent()).toMatch(/^Showing \d+ of \d+ figures: the filter hides the rest \(dimmed\)\.$/);
    await scrollTo(page, '.places-map');
    await expect.poll(() => dimmedMarkers(page)).toEqual(namedPlaces.filter((id) => !kept.includes(id)));
    await scrollTo(page, '.counts-svg--wide');
    await expect.poll(() => dimmedPoints(page)).toBeGreaterThan(0);
    // The gap's rows follow too, with words on each row whose event is hidden.
    const shownCards = new Set(await page.locator('article.event-card:visible').evaluateAll((cards) => cards.map((card) => card.id)));
    const rowsOut = (await page.locator('.gap__row .gap__who a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').at(-2)!))).filter(
      (slug) => !shownCards.has(slug),
    ).length;
    await scrollTo(page, '.gaps');
    await expect.poll(() => page.locator('.gap__row--out').count()).toBe(rowsOut);
    for (const row of await page.locator('.gap__row--out').all()) expect(await row.locator('.gap__out').isVisible() || !(await row.isVisible())).toBe(true);

    // Cleared with the chart in view: it follows at once; the map, away from the window, once the reader gets there.
    await page.locator('[data-filter-clear]').evaluate((button) => (button as HTMLElement).click());
    await expect.poll(() => dimmedPoints(page)).toBe(0);
    await expect.poll(() => page.locator('.gap__row--out').count()).toBe(0);
    await scrollTo(page, '.places-map');
    await expect.poll(() => dimmedMarkers(page)).toEqual([]);
    expect(await page.locator('.places-map__out:visible').count()).toBe(0);
    expect(await page.locator('places-map-filter').textContent()).toBe('');
    expect(await status.textContent()).toBe('');
    expect(await page.locator('.places-map a.places-map__place:visible').first().getAttribute('aria-label')).not.toMatch(/filter/);
    await page.close();
  });

  it('without JavaScript a filtered address changes nothing on the map or the chart', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.url}?place=barinas`);
    expect(await page.locator('.overview__out, .series--out, .gap__row--out, .places-map__entry--out, .point--out, .place--out').count()).toBe(0);
    expect(await page.locator('places-map-filter').isVisible()).toBe(false);
    expect(await page.locator('counts-filter').isVisible()).toBe(false);
    expect([...(await shownMarkers(page))].sort()).toEqual(namedPlaces);
    await context.close();
  });

  it('dims without a transition when the reader asks for less motion', async () => {
    const durations = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await session.browser.newContext({ reducedMotion, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${session.url}?place=barinas`);
      const found = await page.evaluate(() =>
        ['.places-map a.places-map__place path', 'li.places-map__entry', '.counts-svg .series__label'].map((selector) => getComputedStyle(document.querySelector(selector)!).transitionDuration),
      );
      await context.close();
      return found;
    };
    expect((await durations('reduce')).every((duration) => duration.split(',').every((one) => parseFloat(one) === 0))).toBe(true);
    expect((await durations('no-preference')).every((duration) => parseFloat(duration) > 0)).toBe(true);
  });
});

/**
 * What is new since the reader's last visit, in Chromium: a last visit stored in localStorage
 * before the page loads (as a returning reader's browser would have it), before and after given
 * entries of the developing-story build (tests/support/developing-site.global.ts), in both
 * editions; a first visit, the next visit, "mark all as read", a filter, and the later parts of
 * a long timeline (the synthetic site).
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../support/content.ts';
import { DEVELOPING_CONTENT, DEVELOPING_DIST } from '../support/developing-site.global.ts';
import { chooseFilter } from '../support/filters.ts';
import { useSite } from '../support/site-session.ts';
import { SYNTHETIC_CONTENT_ROOT, SYNTHETIC_COUNT, SYNTHETIC_DIST } from '../support/synthetic-site.global.ts';
import { scrollThroughEveryPart } from '../support/timeline-parts.ts';

const LAST_VISIT = 'timeline:last-visit';
const ADDED_LAST = '2026-02-26-test-entry-added-last';
const OLD_EVENT = '2025-03-test-old-event-added-late';
const BATCH = ['2026-02-24-test-batch-later-event', '2026-02-23-test-batch-earlier-event'];
const CORRECTED_SINCE = '2026-02-21-test-entry-corrected-since';

const entries = readEntries(join(DEVELOPING_CONTENT, 'events'));
/** Every entry added after `since`, by the times in the files. */
const addedAfter = (list: typeof entries, since: string) => list.filter((entry) => Date.parse(entry.data.added) > Date.parse(since)).map((entry) => entry.slug).sort();

const marked = (page: Page, attribute: 'data-new' | 'data-corrected') =>
  page.locator(`article.event-card[${attribute}]`).evaluateAll((cards) => cards.map((card) => card.id).sort());
const notice = (page: Page) => page.locator('since-last-visit [data-since-text]');
/** The mark's visible word, without the words for screen readers after it. */
const visibleWords = (page: Page, slug: string) =>
  page.locator(`[id="${slug}"] .since-mark`).evaluate((mark) => [...mark.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(''));

/** A page whose browser remembers a last visit at `lastVisit`, set before any script of the site runs (once per tab). */
async function returning(context: BrowserContext, lastVisit: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(
    ([key, value]) => {
      try {
        if (location.protocol === 'http:' && !sessionStorage.getItem('test:seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('test:seeded', '1');
        }
      } catch {
        // about:blank has no storage.
      }
    },
    [LAST_VISIT, lastVisit],
  );
  return page;
}

describe('what is new since the last visit', () => {
  const session = useSite(DEVELOPING_DIST);
  const url = (path: string) => new URL(path, session.url).href;

  describe.each([
    {
      edition: 'en',
      newLabel: 'New',
      correctedLabel: 'Corrected',
      twoAndOne: '2 new entries and 1 entry corrected since your last visit on 29 November.',
      fourAndOne: '4 new entries and 1 entry corrected since your last visit on 27 November.',
    },
    {
      edition: 'es',
      newLabel: 'Nueva',
      correctedLabel: 'Corregida',
      twoAndOne: '2 entradas nuevas y 1 entrada corregida desde su última visita, el 29 de noviembre.',
      fourAndOne: '4 entradas nuevas y 1 entrada corregida desde su última visita, el 27 de noviembre.',
    },
  ])('in the $edition edition', ({ edition, newLabel, correctedLabel, twoAndOne, fourAndOne }) => {
    it('marks the entries added, and the one corrected, after a visit between them, and says how many', async () => {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await returning(context, '2026-11-29T12:00:00-04:00');
      await page.goto(url(`${edition}/latest/`));
      await expect.poll(() => notice(page).textContent()).toBe(twoAndOne);
      expect(addedAfter(entries, '2026-11-29T12:00:00-04:00')).toEqual([OLD_EVENT, ADDED_LAST].sort());
      expect(await marked(page, 'data-new')).toEqual([OLD_EVENT, ADDED_LAST].sort());
      expect(await marked(page, 'data-corrected')).toEqual([CORRECTED_SINCE]);
      // A visible word on each, not a colour alone.
      await expect.poll(() => visibleWords(page, ADDED_LAST)).toBe(newLabel);
      expect(await visibleWords(page, CORRECTED_SINCE)).toBe(correctedLabel);
      expect(await page.locator('.since-mark').count()).toBe(3);
      // On the latest page the first of them is the newest, at the top.
      expect(await page.locator('[data-since-first]').getAttribute('href')).toBe(`#${ADDED_LAST}`);
      await context.close();
    });

    it('marks the batch too after a visit before it, and on the timeline points at the first new entry in its order', async () => {
      const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await returning(context, '2026-11-27T00:00:00-04:00');
      await page.goto(url(`${edition}/`));
      await expect.poll(() => notice(page).textContent()).toBe(fourAndOne);
      expect(await marked(page, 'data-new')).toEqual([ADDED_LAST, OLD_EVENT, ...BATCH].sort());
      // The timeline reads by date: the event of March 2025 comes first.
      expect(await page.locator('[data-since-first]').getAttribute('href')).toBe(`#${OLD_EVENT}`);
      await page.locator('[data-since-first]').click();
      await expect.poll(() => page.locator(`[id="${OLD_EVENT}"]`).evaluate((card) => card.getBoundingClientRect().top < innerHeight)).toBe(true);
      await context.close();
    });

    it('marks nothing, and says nothing, after a visit later than every entry', async () => {
      const context = await session.browser.newContext();
      const page = await returning(context, '2026-12-01T08:00:00-04:00');
      await page.goto(url(`${edition}/latest/`));
      await page.waitForLoadState('load');
      await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), LAST_VISIT)).not.toBe('2026-12-01T08:00:00-04:00');
      expect(await page.locator('since-last-visit').isVisible()).toBe(false);
      expect(await page.locator('[data-new], [data-corrected]').count()).toBe(0);
      await context.close();
    });
  });

  it('marks nothing on a first visit, and keeps its time in localStorage as an ISO string, no cookie', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const before = Date.now();
    await page.goto(url('es/'));
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), LAST_VISIT)).not.toBeNull();
    const stored = await page.evaluate((key) => localStorage.getItem(key)!, LAST_VISIT);
    expect(stored).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(stored)).toBeGreaterThanOrEqual(before - 1000);
    expect(await page.locator('[data-new], [data-corrected], .since-mark').count()).toBe(0);
    expect(await page.locator('since-last-visit').isVisible()).toBe(false);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('keeps the marks for the rest of the visit, and the next visit marks nothing new', async () => {
    const context = await session.browser.newContext();
    const page = await returning(context, '2026-11-29T12:00:00-04:00');
    await page.goto(url('en/'));
    await expect.poll(() => marked(page, 'data-new')).toEqual([OLD_EVENT, ADDED_LAST].sort());
    // To an entry's page and back, in the same tab: still marked.
    await page.locator(`[id="${ADDED_LAST}"] h4 a`).click();
    await page.waitForURL(/\/events\//);
    await page.goBack();
    await expect.poll(() => marked(page, 'data-new')).toEqual([OLD_EVENT, ADDED_LAST].sort());
    await page.close();

    // The next visit: a new tab, whose browser remembers the visit just made.
    const next = await context.newPage();
    await next.goto(url('en/latest/'));
    await next.waitForLoadState('load');
    await expect.poll(() => next.evaluate(() => sessionStorage.getItem('timeline:visit-baseline'))).not.toBeNull();
    expect(await next.locator('[data-new], [data-corrected], .since-mark').count()).toBe(0);
    expect(await next.locator('since-last-visit').isVisible()).toBe(false);
    await context.close();
  });

  it('"mark all as read" takes the marks away, says so where the focus is, and they do not come back', async () => {
    const context = await session.browser.newContext();
    const page = await returning(context, '2026-11-27T00:00:00-04:00');
    await page.goto(url('es/'));
    await expect.poll(() => page.locator('.since-mark').count()).toBe(5);
    const before = Date.now();
    await page.getByRole('button', { name: 'Marcar todo como leído' }).click();
    expect(await page.locator('[data-new], [data-corrected], .since-mark').count()).toBe(0);
    expect(await page.locator('[data-since-notice]').isVisible()).toBe(false);
    const done = page.locator('[data-since-done]');
    expect(await done.textContent()).toContain('Marcado como leído');
    expect(await done.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(Date.parse(await page.evaluate((key) => localStorage.getItem(key)!, LAST_VISIT))).toBeGreaterThanOrEqual(before - 1000);
    await page.reload();
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('since-last-visit').isVisible()).toBe(false);
    expect(await page.locator('.since-mark').count()).toBe(0);
    await context.close();
  });

  it('points "go to the first" at the first marked entry the filter shows', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await returning(context, '2026-11-27T00:00:00-04:00');
    await page.goto(url('en/'));
    await expect.poll(() => page.locator('[data-since-first]').getAttribute('href')).toBe(`#${OLD_EVENT}`);
    // The old event is a report: the statements leave it out, and the first marked statement is the one corrected in November.
    await chooseFilter(page, 'category', 'statement');
    await expect.poll(() => page.locator('[data-since-first]').getAttribute('href')).toBe(`#${CORRECTED_SINCE}`);
    // With only the reports, the old event again.
    await chooseFilter(page, 'category', 'statement');
    await chooseFilter(page, 'category', 'report');
    await expect.poll(() => page.locator('[data-since-first]').getAttribute('href')).toBe(`#${OLD_EVENT}`);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe with the notice and the marks showing, in %s', async (scheme) => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    const page = await returning(context, '2026-11-27T00:00:00-04:00');
    await page.goto(url('es/latest/'));
    await expect.poll(() => page.locator('.since-mark').count()).toBe(5);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    await context.close();
  });
});

describe(`what is new since the last visit, on a long timeline (${SYNTHETIC_COUNT} events) sent in parts`, () => {
  const session = useSite(SYNTHETIC_DIST);

  const synthetic = readEntries(join(SYNTHETIC_CONTENT_ROOT, `content-${SYNTHETIC_COUNT}/events`));
  const newest = [...synthetic].sort((a, b) => Date.parse(b.data.added) - Date.parse(a.data.added));

  it('marks the cards of later parts as they arrive, and counts every new entry from the first', async () => {
    // A last visit just before the third newest entry went up: three new, wherever they are on the timeline.
    const lastVisit = new Date(Date.parse(newest[2]!.data.added) - 1000).toISOString();
    const expected = addedAfter(synthetic, lastVisit);
    expect(expected).toHaveLength(3);
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await returning(context, lastVisit);
    await page.goto(new URL('en/', session.url).href);
    await expect.poll(() => notice(page).textContent()).toMatch(/^3 new entries since your last visit on \d+ \w+( \d{4})?\.$/);
    await scrollThroughEveryPart(page);
    await expect.poll(() => marked(page, 'data-new')).toEqual(expected);
    expect(await page.locator('.since-mark').count()).toBe(3);
    const first = await page.locator('article.event-card[data-new]').first().getAttribute('id');
    expect(await page.locator('[data-since-first]').getAttribute('href')).toBe(`#${first}`);
    await context.close();
  });

  it('lists them first on the latest page, whose first part carries the newest 100 in that order', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('es/latest/', session.url).href);
    const ids = await page.locator('article.event-card').evaluateAll((cards) => cards.map((card) => card.id));
    expect(ids).toHaveLength(100);
    const times = await page.locator('article.event-card').evaluateAll((cards) => cards.map((card) => Date.parse(card.getAttribute('data-added')!)));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(ids.slice(0, 3)).toEqual(newest.slice(0, 3).map((entry) => entry.slug));
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/\/es\/latest\/2\/$/);
    expect(await page.locator('h1').textContent()).toContain('hechos 101 a 200');
    await context.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';
import { openFilters } from '../support/filters.ts';
import { useSite } from '../support/site-session.ts';

const entries = readEntries();
const slugsWhere = (test: (data: Record<string, any>) => boolean) => entries.filter((entry) => test(entry.data)).map((entry) => entry.slug).sort();
const visibleCards = (page: Page) => page.locator('article.event-card:visible').evaluateAll((cards) => cards.map((card) => card.id).sort());

describe('filters', () => {
  // The English edition: the entries' own words, which these tests read.
  const session = useSite(SITE_DIST, 'en/');

  it('narrows the timeline through the controls, keeps the state in the URL, and shows all again', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.url);
    const release = page.locator('a[data-filter-kind=category][data-filter-id=release]');
    expect(await release.isVisible()).toBe(false);
    await openFilters(page);
    await release.click();
    await expect.poll(() => visibleCards(page)).toEqual(slugsWhere((data) => data.category === 'release'));
    await expect.poll(() => new URL(page.url()).search).toBe('?category=release');
    expect(await release.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toMatch(/^Showing \d+ of \d+ events$/);

    await page.locator('[data-filter-clear]').click();
    await expect.poll(() => page.locator('article.event-card:visible').count()).toBe(entries.length);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('applies a shared filter from the URL: a category AND an actor, with the counts that follow', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${session.url}?category=report&actor=foro-penal`);
    const expected = slugsWhere((data) => data.category === 'report' && (data.actors ?? []).includes('foro-penal'));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => visibleCards(page)).toEqual(expected);
    // The count beside another category tells how many events choosing it would show, given the actor.
    const statements = slugsWhere((data) => data.category === 'statement' && (data.actors ?? []).includes('foro-penal'));
    expect(await page.locator('a[data-filter-id=statement] .filters__count').textContent()).toBe(String(statements.length));
    // The overview follows a filter from the address too, though its script runs after the filter bar's.
    const kept = await page.locator('a.overview__mark:not(.overview__out)').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-slug')));
    expect(kept.sort()).toEqual([...expected].sort());
    await page.close();
  });

  it('without JavaScript, the controls are links to the static facet pages', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.url);
    await openFilters(page);
    await page.locator('a[data-filter-kind=category][data-filter-id=release]').click();
    await page.waitForURL(/\/en\/categories\/release\/$/);
    const ids = await page.locator('article.event-card').evaluateAll((cards) => cards.map((card) => card.id).sort());
    expect(ids).toEqual(slugsWhere((data) => data.category === 'release'));
    await context.close();
  });
});

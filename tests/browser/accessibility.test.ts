import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';
import { useSite } from '../support/site-session.ts';
import { pageTemplates } from '../support/templates.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const entries = readEntries();

/** Every page kind in both colour schemes for the Spanish edition, and in light for the English one. */
const RUNS = [
  ...pageTemplates(['es']).flatMap((template) => (['light', 'dark'] as const).map((scheme) => ({ ...template, scheme }))),
  ...pageTemplates(['en']).filter((template) => template.path.startsWith('en/')).map((template) => ({ ...template, scheme: 'light' as const })),
];

describe('accessibility (WCAG 2.2 AA) in Chromium', () => {
  const session = useSite(SITE_DIST);

  const open = async (path: string, options: Parameters<Browser['newContext']>[0] = {}) => {
    // A page of its own context: axe runs in every frame of it.
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    await page.goto(new URL(path, session.server.url).href, { waitUntil: 'load' });
    return page;
  };

  it.each(RUNS)('$name, $scheme: axe finds no violation', async ({ path, scheme }) => {
    const page = await open(path, { colorScheme: scheme });
    // Let the scripts settle (the search runs, the charts follow the page).
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const violations = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it.each(pageTemplates(['es']))('$name: every control that is not a link in running text is at least 24 × 24 px', async ({ path }) => {
    const page = await open(path, { viewport: { width: 320, height: 800 } });
    const small = await page.evaluate(() => {
      // Map markers and the overview's columns are small by nature; each has an equivalent control of
      // full size on the page (the list of places, the table of counts), which the next test checks.
      const equivalent = '.places-map__place, .overview__bin';
      const controls = [...document.querySelectorAll<HTMLElement | SVGElement>('button, input, select, summary, [role="button"], svg a, nav a, .filters a')];
      return controls
        .filter((control) => !control.matches(equivalent))
        .filter((control) => {
          const box = control.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) return false; // not shown
          // A control drawn in an SVG answers over its hit area (a transparent shape around the mark).
          const hit = control.querySelector('.overview__hit, .point__target')?.getBoundingClientRect() ?? box;
          return Math.max(hit.width, box.width) < 23.5 || Math.max(hit.height, box.height) < 23.5;
        })
        .map((control) => `${control.tagName.toLowerCase()}.${control.getAttribute('class') ?? ''} "${(control.textContent ?? '').trim().slice(0, 30)}"`);
    });
    expect(small).toEqual([]);
    await page.context().close();
  });

  it('gives each map marker an entry in the list of places, whose links are full-size targets', async () => {
    const page = await open('es/', { viewport: { width: 320, height: 800 } });
    const markers = await page.locator('a.places-map__place').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(markers.length).toBeGreaterThan(3);
    for (const href of markers) {
      const entry = page.locator(`[id="${href.slice(1)}"]`);
      expect(await entry.count(), href).toBe(1);
      const links = await entry.locator('a').evaluateAll((all) => all.map((link) => link.getBoundingClientRect().height));
      expect(links.length, href).toBeGreaterThan(0);
      for (const height of links) expect(height, href).toBeGreaterThanOrEqual(23.5);
    }
    await page.context().close();
  });

  // Below 1100 px the bar sticks above the events; from 1100 px the panel sticks beside them.
  it.each([
    ['a phone', { width: 390, height: 844 }],
    ['a laptop', { width: 1280, height: 800 }],
  ])('on %s, reaches every control and every event with the keyboard alone, focus always visible and never under what sticks', async (_, viewport) => {
    const page = await open('es/', { viewport, reducedMotion: 'reduce' });
    const seen: string[] = [];
    for (let step = 0; step < 800; step++) {
      await page.keyboard.press('Tab');
      // The filter is one control, closed: a keyboard user opens it with Enter, then tabs through it.
      if (await page.evaluate(() => document.activeElement?.matches('.filters__summary:not([data-walked])'))) await page.keyboard.press('Enter');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        // Back at an element already visited: the walk has gone round the whole page.
        if (element.dataset.walked) return { again: true } as const;
        element.dataset.walked = '1';
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        // Under the bar (across the top) or the panel (beside the events): what sticks, shown, and not around the focus.
        const sticking = [...document.querySelectorAll<HTMLElement>('.reading-bar, .story__panel')].filter(
          (sticky) => !sticky.contains(element) && sticky.offsetParent && getComputedStyle(sticky).position === 'sticky',
        );
        const underBar = sticking.some((sticky) => {
          const over = sticky.getBoundingClientRect();
          return box.left < over.right && box.right > over.left && box.bottom <= over.bottom + 1 && (over.top <= 1 || box.top >= over.top - 1);
        });
        // A focus ring (outline or shadow), or, on a chart's SVG link, a shape of it drawn in the focus colour.
        const probe = document.createElement('span');
        probe.style.color = 'var(--focus)';
        document.body.append(probe);
        const focusColour = getComputedStyle(probe).color;
        probe.remove();
        const ringed = [...element.querySelectorAll('*')].some((child) => getComputedStyle(child).stroke === focusColour);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none' || ringed;
        return { again: false, key: `${element.tagName}|${element.getAttribute('href') ?? element.id ?? ''}|${(element.textContent ?? '').trim().slice(0, 20)}`, card: element.closest('article.event-card')?.id ?? null, visible, underBar };
      });
      if (!focus) continue;
      if (focus.again) break;
      seen.push(focus.key);
      expect(focus.visible, `focus visible on ${focus.key}`).toBe(true);
      expect(focus.underBar, `${focus.key} hidden under what sticks`).toBe(false);
    }
    // Every event's title link, every filter control, the overview and the reading bar's buttons.
    for (const { slug } of entries) expect(seen.some((key) => key.includes(`/es/events/${slug}/`)), slug).toBe(true);
    expect(seen.some((key) => key.startsWith('BUTTON|') && key.includes('‹'))).toBe(true);
    expect(seen.some((key) => key.includes('?category=') || key.includes('/categories/'))).toBe(true);
    expect(seen.some((key) => key.startsWith('A|#main') || key.includes('Saltar'))).toBe(true);
    await page.context().close();
  });

  it.each(['es/', 'es/about/', `es/events/${entries[0]!.slug}/`, 'es/data/', 'es/embed/counts/'])('%s: nothing moves under prefers-reduced-motion', async (path) => {
    const page = await open(path, { reducedMotion: 'reduce' });
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => {
          const style = getComputedStyle(element);
          const durations = `${style.transitionDuration},${style.animationDuration}`.split(',').map((value) => parseFloat(value) || 0);
          return Math.max(...durations) > 0 && style.animationName !== 'none' ? true : parseFloat(style.transitionDuration) > 0;
        })
        .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`),
    );
    expect(moving).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).not.toBe('smooth');
    await page.context().close();
  });
});

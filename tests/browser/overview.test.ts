import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { useSite } from '../support/site-session.ts';

/** The overview sits on the home page, beside the timeline it summarises (below it on a narrow screen). */
const PAGE = '';
const MARKS = 'timeline-overview a.overview__mark';

describe('the overview in Chromium', () => {
  // The English edition: the entries' own words, which these tests read.
  const session = useSite(SITE_DIST, 'en/');
  const problems: string[] = [];

  async function open(options: { width?: number; reducedMotion?: 'reduce' | 'no-preference'; javaScript?: boolean } = {}) {
    const context = await session.browser.newContext({
      viewport: { width: options.width ?? 1280, height: 800 },
      reducedMotion: options.reducedMotion ?? 'no-preference',
      javaScriptEnabled: options.javaScript ?? true,
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(new URL(PAGE, session.url).href);
    return page;
  }

  /** Whether the element's box is at least partly inside the window. */
  const inView = (page: Page, selector: string) =>
    page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });

  it('draws one mark per event, each a link to its card named by title and date', async () => {
    const page = await open();
    const cards = await page.locator('article.event-card').evaluateAll((nodes) => nodes.map((node) => node.id));
    const marks = await page.locator(MARKS).evaluateAll((nodes) =>
      nodes.map((node) => ({ href: node.getAttribute('href'), name: node.getAttribute('aria-label') })),
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(marks.map((mark) => mark.href)).toEqual(cards.map((id) => `#${id}`));
    for (const [index, id] of cards.entries()) {
      const title = (await page.locator(`[id="${id}"] h4`).innerText()).trim();
      const date = (await page.locator(`[id="${id}"] .event-date time`).innerText()).trim();
      expect(marks[index]!.name).toContain(title);
      expect(marks[index]!.name).toContain(date);
    }
    expect(await page.locator('figure.chart--overview figcaption').isVisible()).toBe(true);
    await page.context().close();
  });

  it('jumps to the right event when a mark is clicked', async () => {
    const page = await open();
    const marks = page.locator(MARKS);
    const mark = marks.nth(Math.floor((await marks.count()) * 0.6));
    const slug = (await mark.getAttribute('href'))!.slice(1);
    await mark.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${slug}`);
    await expect.poll(() => inView(page, `article.event-card[id="${slug}"]`)).toBe(true);
    await expect.poll(() => mark.getAttribute('aria-current')).toBe('location');
    // The last event too, though the page cannot scroll it to the top.
    const last = marks.last();
    await last.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(await last.getAttribute('href'));
    await page.waitForTimeout(1000);
    expect(await last.getAttribute('aria-current')).toBe('location');
    await page.context().close();
  });

  it('shows the detail box when a mark gets keyboard focus, and moves between marks with the arrow keys, Home and End', async () => {
    const page = await open();
    const marks = page.locator(MARKS);
    const count = await marks.count();
    const hrefs = await marks.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName);
    // Tab into the overview from its caption: the whole drawing is one tab stop, its first mark.
    await page.locator('figure.chart--overview').evaluate((figure) => {
      figure.setAttribute('tabindex', '-1');
      (figure as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('timeline-overview'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(hrefs[0]);
    const tip = page.locator('timeline-overview [data-overview-tip]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const firstTitle = await marks.first().getAttribute('data-tip-title');
    expect(await tip.textContent()).toContain(firstTitle);
    expect(await tip.textContent()).toContain(await marks.first().getAttribute('data-tip-category'));

    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(hrefs[1]);
    await expect.poll(() => tip.textContent()).toContain(await marks.nth(1).getAttribute('data-tip-title'));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('End');
    expect(await focused()).toBe(hrefs[count - 1]);
    await page.keyboard.press('Home');
    expect(await focused()).toBe(hrefs[0]);

    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    // Enter follows the link, as without JavaScript.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe(hrefs[1]);
    await page.context().close();
  });

  it('shows the detail box on hover too', async () => {
    // Reduced motion: the drawing may scroll sideways to keep the event being read in sight, and a
    // smooth scroll would move another mark under the pointer while it hovers.
    const page = await open({ reducedMotion: 'reduce' });
    const mark = page.locator(MARKS).last();
    await mark.hover();
    const tip = page.locator('timeline-overview [data-overview-tip]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    // The box speaks of the mark under the pointer. Hovering scrolls the page, and the marker of the
    // event being read may move the drawing under the pointer: the box follows once the pointer's
    // mark is settled (the browser updates the hover a moment after a scroll).
    const hoveredTitles = () => page.evaluate((marks) => [...document.querySelectorAll<HTMLElement>(`${marks}:hover`)].map((one) => one.dataset.tipTitle), MARKS);
    await expect
      .poll(async () => {
        const hovered = await hoveredTitles();
        return hovered.length === 1 && (await tip.textContent())!.includes(hovered[0]!);
      })
      .toBe(true);
    await page.context().close();
  });

  it('highlights the mark of the event scrolled to, and moves the "you are here" marker to it', async () => {
    const page = await open({ reducedMotion: 'reduce' });
    const cards = page.locator('article.event-card');
    const index = Math.floor((await cards.count()) / 2);
    const slug = await cards.nth(index).getAttribute('id');
    // Read where an event is read: across the middle of the window.
    await cards.nth(index).evaluate((card) => card.scrollIntoView({ block: 'center' }));
    const mark = page.locator(`${MARKS}[href="#${slug}"]`);
    await expect.poll(() => mark.getAttribute('aria-current')).toBe('location');
    expect(await page.locator(`${MARKS}.is-current`).count()).toBe(1);
    const here = page.locator('timeline-overview [data-overview-here]');
    expect(await here.getAttribute('class')).toContain('is-active');
    expect(await here.evaluate((node) => (node as SVGGElement).style.transform)).toBe(`translateX(${await mark.getAttribute('data-x')}px)`);
    await page.context().close();
  });

  it('scrolls smoothly to an event only when the reader has not asked for reduced motion', async () => {
    for (const [reducedMotion, expected] of [['no-preference', 'smooth'], ['reduce', '']] as const) {
      const page = await open({ reducedMotion });
      await page.locator(MARKS).last().dispatchEvent('click');
      expect(await page.evaluate(() => document.documentElement.style.scrollBehavior), reducedMotion).toBe(expected);
      await page.context().close();
    }
  });

  it('fits a 320 px phone: the drawing scrolls inside its own box, the page does not, and it opens on the busiest stretch', async () => {
    const page = await open({ width: 320 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const scroller = page.locator('timeline-overview [data-overview-scroller]');
    expect(await scroller.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
    const last = await page.locator(MARKS).last().boundingBox();
    const box = await scroller.boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
    expect(last!.x).toBeGreaterThanOrEqual(box!.x);
    await page.context().close();
  });

  it('works without JavaScript: marks are plain links to the events', async () => {
    const page = await open({ javaScript: false });
    const mark = page.locator(MARKS).nth(2);
    const href = await mark.getAttribute('href');
    await mark.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(href);
    await expect.poll(() => inView(page, `article.event-card[id="${href!.slice(1)}"]`)).toBe(true);
    expect(await page.locator('timeline-overview [data-overview-hint]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('logged no console errors', () => {
    expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
  });
});

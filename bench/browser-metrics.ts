import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

export interface BrowserMetrics {
  /** Median time from a filter click to the next painted frame, ms. */
  filterMs: number;
  /** Same, for clearing the filter (every card shown again). */
  clearMs: number;
  /** Frame intervals while scrolling the timeline: 95th percentile, ms. */
  scrollP95Ms: number;
  /** Share of frames slower than 1/30 s while scrolling. */
  slowFrames: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Drives Debian's Chromium over a built site: how fast a filter applies, how smooth scrolling is. */
export async function measureInBrowser(dist: string): Promise<BrowserMetrics> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url, { waitUntil: 'load' });
    const timeClick = (selector: string) =>
      page.evaluate(
        (target) =>
          new Promise<number>((done) => {
            const start = performance.now();
            (document.querySelector(target) as HTMLElement).click();
            requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
          }),
        selector,
      );
    const filters: number[] = [];
    const clears: number[] = [];
    for (let i = 0; i < 5; i++) {
      filters.push(await timeClick('a[data-filter-kind=category]'));
      clears.push(await timeClick('[data-filter-clear]'));
    }
    const frames = await page.evaluate(
      () =>
        new Promise<number[]>((done) => {
          const intervals: number[] = [];
          let last = performance.now();
          const end = last + 2500;
          const step = (now: number) => {
            intervals.push(now - last);
            last = now;
            window.scrollBy(0, 120);
            if (now < end) requestAnimationFrame(step);
            else done(intervals.slice(1));
          };
          document.querySelector('.timeline')?.scrollIntoView();
          requestAnimationFrame(step);
        }),
    );
    const sorted = [...frames].sort((a, b) => a - b);
    return {
      filterMs: median(filters),
      clearMs: median(clears),
      scrollP95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      slowFrames: frames.filter((interval) => interval > 1000 / 30).length / Math.max(1, frames.length),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

/**
 * Robust to either shape of the home page: the whole timeline in the page, or only its first part
 * with a `<timeline-parts>` element that fetches and appends the rest (dispatching `timeline:cards`
 * on document) as the reader scrolls. Each action is timed to the first frame painted after the
 * page has gone quiet: no DOM change, no `timeline:*` event and no request in flight for QUIET_MS.
 * So a filter that goes on to load parts is timed until the last of them is in and shown. Each
 * control is clicked where a reader clicks it: in view (the page scrolled to the filter bar).
 * Filters are timed twice: on the page as it loads (its first part), and once the reader has
 * scrolled to the end and every card is on the page, the heaviest case.
 */
export interface ScrollMetrics {
  /** Frame intervals while scrolling: 95th percentile, ms. */
  p95Ms: number;
  /** Share of frames slower than 1/30 s. */
  slowFrames: number;
  frames: number;
  /** Cards on the page before and after the scroll (they differ when parts load as you go). */
  cardsBefore: number;
  cardsAfter: number;
}

export interface BrowserMetrics {
  /** Whether the page has a `<timeline-parts>` loader. */
  partsLoader: boolean;
  /** Cards in the page once it has loaded and settled. */
  cardsAtLoad: number;
  /** From navigation to the page settled (load event, then quiet), ms: median of the loads. */
  settledMs: number;
  /** Scrolling the freshly loaded page (further parts, if any, load while scrolling). */
  freshScroll: ScrollMetrics;
  /** The first filter applied, on the page as loaded: median over `loads` fresh page loads, ms to the next painted frame. */
  firstFilterMs: Timed;
  cardsAfterFirstFilter: number;
  firstClearMs: Timed;
  loads: number;
  /** Median of the repeated filter / clear that follow, ms to the next painted frame. */
  filterMs: Timed;
  clearMs: Timed;
  repeats: number;
  /** Cards on the page once the reader has scrolled to the end of the timeline. */
  cardsAtEnd: number;
  /** The same, with every card on the page: median of the repeats, ms to the next painted frame. */
  loadedFilterMs: Timed;
  loadedClearMs: Timed;
  /** Scrolling once every card is on the page (after the filters). */
  loadedScroll: ScrollMetrics;
  /** The reading panel's next and previous event buttons, on the page as loaded (reduced motion: no smooth scroll to time): medians, ms. */
  nextMs: number;
  previousMs: number;
  /** A click on the overview at `overviewClicks` places along it, each bringing in its event's card (a part loaded if need be): median, ms. */
  overviewMs: number;
  overviewClicks: number;
  /** The search page: from a word entered to its results painted (results follow the typing): median over `searches` words, ms. */
  searchMs: number;
  searches: number;
  /** Actions that never went quiet within the time limit (timed at the limit). */
  unsettled: string[];
}

const QUIET_MS = 300;
const LIMIT_MS = 30_000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** A filter's time to the frame that shows it, and to the page quiet (work left for idle time done). */
export interface Timed {
  shown: number;
  quiet: number;
}
const medians = (values: Timed[]): Timed => ({ shown: median(values.map((value) => value.shown)), quiet: median(values.map((value) => value.quiet)) });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Recorder {
  last: number;
  /** The animation frame (its time) whose callbacks made the last change; null when a task between frames did. */
  lastFrame: number | null;
  frames: number[];
  /** When each of those frames' callbacks ran: a frame's own time is when it was due, and a long task may hold it back. */
  ran: number[];
  looping: boolean;
}
declare global {
  interface Window {
    __bench?: Recorder;
    /** The time of the animation frame whose callbacks are running, if any (see `noteAnimationFrames`). */
    __benchFrame?: number;
  }
}

/**
 * Before the page's scripts run: every animation frame callback notes its frame while it runs.
 * A change the page makes in a frame's callback (the reading bar does, as it measures the cards
 * in view) is painted with that very frame; a change made in a task between frames, with the next.
 */
function noteAnimationFrames() {
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    request((time) => {
      window.__benchFrame = time;
      try {
        callback(time);
      } finally {
        // Queued after the MutationObserver's own callback (queued by the callback's first change),
        // so that one still sees the frame.
        queueMicrotask(() => (window.__benchFrame = undefined));
      }
    });
}

/** In the page: note the time of every DOM change and `timeline:*` event; frames are noted while an action is timed. */
function installRecorder(page: Page) {
  return page.evaluate(() => {
    const bench: Recorder = { last: performance.now(), lastFrame: null, frames: [], ran: [], looping: false };
    window.__bench = bench;
    const touch = () => {
      bench.last = performance.now();
      bench.lastFrame = window.__benchFrame ?? null;
    };
    new MutationObserver(touch).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    for (const name of ['timeline:cards', 'timeline:filter']) document.addEventListener(name, touch);
  });
}

const cardCount = (page: Page) => page.evaluate(() => document.querySelectorAll('article.event-card').length);

/**
 * Drives Debian's Chromium over a built site: how fast a filter applies, how smooth scrolling is.
 * `cpuSlowdown` slows the page's CPU as Chromium's DevTools do (Lighthouse's mobile run slows it
 * 4×): how the same clicks feel on a phone.
 */
export async function measureInBrowser(dist: string, cpuSlowdown = 1): Promise<BrowserMetrics> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const unsettled: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(noteAnimationFrames);
    if (cpuSlowdown > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    let inFlight = 0;
    page.on('request', () => inFlight++);
    page.on('requestfinished', () => inFlight--);
    page.on('requestfailed', () => inFlight--);

    /** Waits until nothing has happened for QUIET_MS; returns the page time of the last activity. */
    const settle = async (what: string, since: number): Promise<number> => {
      for (;;) {
        const state = await page.evaluate(() => ({ last: window.__bench!.last, now: performance.now() }));
        if (inFlight <= 0 && state.now - state.last >= QUIET_MS) return state.last;
        if (state.now - since > LIMIT_MS) {
          unsettled.push(what);
          return state.now;
        }
        await sleep(50);
      }
    };

    /**
     * Brings the control into view, as the reader must to click it, and lets the page settle (not
     * timed); then clicks it (or enters words in it, as a paste or the last key of a word: one input
     * event), waits for the page to go quiet, and returns the ms from the click to the frame painted
     * after the last change, and to the frame that shows what the click changed at once.
     */
    const timeAction = async (selector: string, what: string, action: 'click' | { type: string }): Promise<{ quiet: number; shown: number }> => {
      await page.evaluate((target) => document.querySelector(target)!.scrollIntoView({ block: 'center' }), selector);
      await settle(`${what}: bringing the control into view`, await page.evaluate(() => performance.now()));
      const start = await page.evaluate(({ target, action }) => {
        const bench = window.__bench!;
        bench.frames = [];
        bench.ran = [];
        bench.looping = true;
        const loop = (now: number) => {
          bench.frames.push(now);
          bench.ran.push(performance.now());
          if (bench.looping) requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
        const start = performance.now();
        bench.last = start;
        const control = document.querySelector(target)!;
        if (action !== 'click') {
          (control as HTMLInputElement).value = action.type;
          control.dispatchEvent(new Event('input', { bubbles: true }));
        } else if (control instanceof HTMLElement) control.click();
        // An overview mark is an SVG link, which has no click(): it gets the event a click sends.
        else control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
        return start;
      }, { target: selector, action });
      const last = await settle(what, start);
      return page.evaluate(
        ({ start, last }) => {
          const bench = window.__bench!;
          bench.looping = false;
          // The frame begun once the one carrying the last change has been painted. That one is the
          // frame whose callback made the change, or, for a change made between frames, the first
          // frame begun after it.
          const after = bench.frames.filter((time) => time > (bench.lastFrame ?? last));
          const painted = bench.lastFrame === null ? after[1] : after[0];
          // What the click changed at once (a filter's marks, in its own task) is painted in the
          // first frame that runs after it, and shown once the next one runs.
          const shown = bench.ran.filter((time) => time > start)[1];
          return { quiet: (painted ?? after[0] ?? performance.now()) - start, shown: (shown ?? performance.now()) - start };
        },
        { start, last },
      );
    };
    const timeClick = async (selector: string, what: string) => (await timeAction(selector, what, 'click')).quiet;
    /** A filter or a clear: ms to the frame that shows it, and to the frame painted once the page is quiet. */
    const timeFilter = (selector: string, what: string) => timeAction(selector, what, 'click');

    const scroll = async (what: string): Promise<ScrollMetrics> => {
      const cardsBefore = await cardCount(page);
      const frames = await page.evaluate(
        () =>
          new Promise<number[]>((done) => {
            const intervals: number[] = [];
            document.querySelector('.timeline')?.scrollIntoView();
            let last = performance.now();
            const end = last + 2500;
            const step = (now: number) => {
              intervals.push(now - last);
              last = now;
              window.scrollBy(0, 120);
              if (now < end) requestAnimationFrame(step);
              else done(intervals.slice(1));
            };
            requestAnimationFrame(step);
          }),
      );
      const now = await page.evaluate(() => performance.now());
      await settle(`${what}: loading after the scroll`, now);
      const cardsAfter = await cardCount(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle(`${what}: back to the top`, await page.evaluate(() => performance.now()));
      const sorted = [...frames].sort((a, b) => a - b);
      return {
        p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
        slowFrames: frames.filter((interval) => interval > 1000 / 30).length / Math.max(1, frames.length),
        frames: frames.length,
        cardsBefore,
        cardsAfter,
      };
    };

    /** The filter is one control, closed: the reader opens it before choosing (not timed). */
    const openControls = async (what: string) => {
      await page.evaluate(() => document.querySelector('details.filters__panel')?.setAttribute('open', ''));
      await settle(`${what}: opening the filter`, await page.evaluate(() => performance.now()));
    };
    const filter = 'a[data-filter-kind=category]';
    const clear = '[data-filter-clear]';
    // The first filter and clear on a fresh page, which pay for first runs: one sample per page
    // load, so the median of several loads (each varies by tens of ms on a shared machine).
    const loads = 5;
    const settled: number[] = [];
    const firstFilters: Timed[] = [];
    const firstClears: Timed[] = [];
    let cardsAtLoad = 0;
    let cardsAfterFirstFilter = 0;
    /** Loads the home page afresh and waits for it to settle. */
    const freshPage = async (what: string) => {
      await page.goto(server.url, { waitUntil: 'load' });
      await installRecorder(page);
      await settle(`${what}: page load`, await page.evaluate(() => performance.now()));
    };
    for (let load = 0; load < loads; load++) {
      const navigated = Date.now();
      await freshPage(`first filter, load ${load + 1}`);
      settled.push(Date.now() - navigated);
      await openControls('first filter');
      cardsAtLoad = await cardCount(page);
      firstFilters.push(await timeFilter(filter, `first filter, load ${load + 1}`));
      cardsAfterFirstFilter = await cardCount(page);
      firstClears.push(await timeFilter(clear, `first clear, load ${load + 1}`));
    }
    const settledMs = median(settled);
    const firstFilterMs = medians(firstFilters);
    const firstClearMs = medians(firstClears);
    // A fresh page again, for the scroll and the repeated filters.
    await freshPage('repeated filters');
    await openControls('repeated filters');
    const partsLoader = await page.evaluate(() => document.querySelector('timeline-parts') !== null);

    const freshScroll = await scroll('scroll of the fresh page');
    // Enough repeats for a steady median on a shared machine, where one run varies by ±15 ms.
    const repeats = 9;
    /** Medians of `repeats` filters and clears, each control clicked in view. */
    const repeated = async (what: string) => {
      const filters: Timed[] = [];
      const clears: Timed[] = [];
      for (let i = 0; i < repeats; i++) {
        filters.push(await timeFilter(filter, `${what} filter ${i + 1}`));
        clears.push(await timeFilter(clear, `${what} clear ${i + 1}`));
      }
      return { filterMs: medians(filters), clearMs: medians(clears) };
    };
    const asLoaded = await repeated('page as loaded:');

    // Next and previous event, and the overview's links, with reduced motion: the smooth scroll a
    // reader otherwise sees lasts as long as the browser animates it, which is not the page's work.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const steps = { next: [] as number[], previous: [] as number[] };
    for (let i = 0; i < repeats; i++) steps.next.push(await timeClick('.reading-panel [data-reading-next]', `next event ${i + 1}`));
    for (let i = 0; i < repeats; i++) steps.previous.push(await timeClick('.reading-panel [data-reading-previous]', `previous event ${i + 1}`));
    const overviewClicks = 5;
    const overview: number[] = [];
    for (let i = 0; i < overviewClicks; i++) {
      await page.evaluate((at) => {
        document.querySelector('[data-bench-target]')?.removeAttribute('data-bench-target');
        const items = [...document.querySelectorAll('a.overview__bin, a.overview__mark')];
        items[Math.floor((items.length - 1) * at)]?.setAttribute('data-bench-target', '');
      }, (i + 1) / (overviewClicks + 1));
      overview.push(await timeClick('[data-bench-target]', `overview click ${i + 1}`));
    }
    await page.emulateMedia({ reducedMotion: 'no-preference' });

    // On a fresh page (the overview's jumps left gaps: parts loaded alone), the reader goes to the
    // end of the timeline (not of the page: the map comes after it), and every part loads on the way.
    await freshPage('before scrolling to the end');
    await openControls('before scrolling to the end');
    const partsLeft = () => page.evaluate(() => document.querySelector('timeline-parts[data-missing]') !== null);
    for (let step = 0; step < 200 && (await partsLeft()); step++) {
      await page.evaluate(() => document.querySelector('timeline-parts')?.scrollIntoView({ block: 'end' }));
      await settle('scrolling to the end', await page.evaluate(() => performance.now()));
    }
    const cardsAtEnd = await cardCount(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle('back to the top', await page.evaluate(() => performance.now()));
    const everyCard = await repeated('every card loaded:');

    const loadedScroll = await scroll('scroll with every card loaded');

    // Search, in the English edition (the synthetic entries' words are English): results follow the
    // words typed, so each query is timed from the word entered to its results painted.
    await page.goto(new URL('en/search/', server.url).href, { waitUntil: 'load' });
    await installRecorder(page);
    await settle('search page load', await page.evaluate(() => performance.now()));
    const queries = ['amnesty', 'vigil', 'decree', 'families', 'transfer'];
    const searchTimes: number[] = [];
    for (const query of queries) searchTimes.push((await timeAction('input[name=q]', `search ${query}`, { type: query })).quiet);
    return {
      partsLoader,
      cardsAtLoad,
      settledMs,
      freshScroll,
      firstFilterMs,
      cardsAfterFirstFilter,
      firstClearMs,
      loads,
      ...asLoaded,
      repeats,
      cardsAtEnd,
      loadedFilterMs: everyCard.filterMs,
      loadedClearMs: everyCard.clearMs,
      loadedScroll,
      nextMs: median(steps.next),
      previousMs: median(steps.previous),
      overviewMs: median(overview),
      overviewClicks,
      searchMs: median(searchTimes),
      searches: queries.length,
      unsettled,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

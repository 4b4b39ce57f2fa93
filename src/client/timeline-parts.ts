import { fill } from '../lib/i18n/fill.ts';
import { CARDS_EVENT, FILTER_EVENT, type CardsEventDetail } from '../lib/timeline-events.ts';

/** What the reader had loaded and where they were, kept for the way back to this page. */
interface Saved {
  parts: number;
  scrollY: number;
}

const STORAGE_KEY = `timeline-parts:${location.pathname}`;
/** How far below the window the next part starts loading, px. */
const REACH = 1500;

/**
 * Loads the further parts of a long timeline into this page: the next one when the reader nears
 * the end of what is loaded (however few cards a filter leaves shown), or up to a given event
 * (a link to it, the overview, next/previous). Each part is the static page the "Next" link leads
 * to; its cards are moved into this page's timeline, into the month they belong to.
 */
class TimelineParts extends HTMLElement {
  private loading: Promise<boolean> | undefined;
  private loadedParts = 1;
  /** Since the last filter the reader has not scrolled: a part out of sight waits for them to. */
  private waitingForScroll = false;

  connectedCallback() {
    const next = this.nextLink();
    if (!next) return;
    estimateMonths(document.querySelectorAll('.timeline__month'));
    // Start on the next part well before the reader reaches the end; right after a filter, only
    // once the reader scrolls on, unless the end is in the window (see below).
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      if (this.waitingForScroll) this.fillWindow(0);
      else void this.loadNext();
    }, { rootMargin: `0px 0px ${REACH}px 0px` });
    observer.observe(this);
    // A filter may leave a part with few cards shown, or none: the end stays within reach, and the
    // observer, which speaks only when that changes, stays quiet. Keep loading until it is not:
    // at once if the end is in the window (the reader would see the timeline stop short), else as
    // soon as the reader scrolls, so that a filter does not wait for a part loaded out of sight.
    document.addEventListener(FILTER_EVENT, () => {
      if (!this.waitingForScroll && this.nextLink()) {
        this.waitingForScroll = true;
        const onScroll = () => {
          this.waitingForScroll = false;
          this.fillWindow();
        };
        addEventListener('scroll', onScroll, { once: true, passive: true });
      }
      this.fillWindow(0);
    });
    addEventListener('pagehide', () => this.save());
    void this.restore();
  }

  async loadUntil(slug: string): Promise<HTMLElement | null> {
    while (!document.getElementById(slug) && (await this.loadNext()));
    return document.getElementById(slug);
  }

  private nextLink() {
    return this.querySelector<HTMLAnchorElement>('a[data-timeline-next]');
  }

  /** Loads the next part; false when there is none (or it could not be had: the link still works). */
  private loadNext(): Promise<boolean> {
    this.loading ??= this.fetchNext().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async fetchNext(): Promise<boolean> {
    const link = this.nextLink();
    if (!link) return false;
    const status = this.querySelector<HTMLElement>('[data-parts-status]');
    if (status) status.textContent = status.dataset.loading ?? '';
    try {
      const response = await fetch(link.href);
      if (!response.ok) return false;
      const part = new DOMParser().parseFromString(withoutStyles(await response.text()), 'text/html');
      const cards = this.merge(part.querySelector('.timeline'));
      const following = part.querySelector<HTMLAnchorElement>('a[data-timeline-next]');
      if (following) {
        link.href = following.href;
        link.textContent = following.textContent;
      } else {
        link.remove();
      }
      this.loadedParts++;
      if (status) status.textContent = fill(this.dataset.loadedTemplate ?? '', { range: part.querySelector<HTMLElement>('[data-part-range]')?.dataset.partRange ?? '' });
      document.dispatchEvent(new CustomEvent<CardsEventDetail>(CARDS_EVENT, { detail: { cards } }));
      this.fillWindow(this.waitingForScroll ? 0 : REACH);
      return true;
    } catch {
      if (status) status.textContent = '';
      return false;
    }
  }

  /**
   * Moves a fetched part's years, months and cards into this page's timeline. A part may begin in
   * the middle of a month already shown: its cards join that month, under the heading already there.
   */
  private merge(source: Element | null): HTMLElement[] {
    const timeline = document.querySelector('.timeline');
    if (!source || !timeline) return [];
    const cards = [...source.querySelectorAll<HTMLElement>('article.event-card')];
    const months = new Set<Element>();
    for (const year of [...source.querySelectorAll(':scope > .timeline__year')]) {
      const shownYear = sectionOf(year);
      if (!shownYear) {
        for (const month of year.querySelectorAll('.timeline__month')) months.add(month);
        timeline.append(document.adoptNode(year));
        continue;
      }
      for (const month of [...year.querySelectorAll(':scope > .timeline__month')]) {
        const shownMonth = sectionOf(month);
        if (shownMonth) shownMonth.append(...[...month.querySelectorAll('article.event-card')].map((card) => document.adoptNode(card)));
        else shownYear.append(document.adoptNode(month));
        months.add(shownMonth ?? month);
      }
    }
    estimateMonths(months);
    return cards;
  }

  /**
   * Loads the next part, in the next frame, if the end of what is loaded is in the window or below
   * it within `reach`. Not once the reader is past it (at the charts after the timeline): a part
   * added above them would push them down, the browser would keep them in view, and every part
   * would follow, one after another.
   */
  private fillWindow(reach = REACH) {
    requestAnimationFrame(() => {
      const { top, bottom } = this.getBoundingClientRect();
      if (this.nextLink() && bottom > 0 && top < innerHeight + reach) void this.loadNext();
    });
  }

  private save() {
    const saved: Saved = { parts: this.loadedParts, scrollY };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  }

  /**
   * Coming back to this page (the back button, when the browser has not kept the page itself):
   * load again the parts the reader had loaded, then return to where they were. Following a link
   * to an event whose card is in a later part: load up to it.
   */
  private async restore() {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const saved = navigation?.type === 'back_forward' ? (JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Saved | null) : null;
    if (saved && saved.parts > 1) {
      history.scrollRestoration = 'manual';
      while (this.loadedParts < saved.parts && (await this.loadNext()));
      scrollTo(0, saved.scrollY);
      return;
    }
    const target = decodeURIComponent(location.hash.slice(1));
    if (target && !document.getElementById(target)) (await this.loadUntil(target))?.scrollIntoView();
  }
}

/**
 * A long timeline's months are laid out only near the window (content-visibility, global.css):
 * until then they take the height of their cards as estimated, so that the page is about as long
 * as it will be and the part loaded next is not asked for too early.
 */
function estimateMonths(months: Iterable<Element>) {
  for (const month of months) {
    const cards = month.querySelectorAll(':scope > article.event-card').length;
    (month as HTMLElement).style.containIntrinsicSize = `auto ${2 + cards * 12.5}rem`;
  }
}

/**
 * A part's page without its stylesheets, which are inline (Astro's, hashed for that page's own
 * policy): parsed here, they would be checked against this page's policy, and refused. Only the
 * part's cards are used, styled by this page's stylesheet.
 */
function withoutStyles(html: string): string {
  return html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
}

/** The section of this page with the same heading as a fetched one (year-2026, month-2026-02…). */
function sectionOf(section: Element): Element | null {
  const id = section.querySelector(':scope > h2, :scope > h3')?.id;
  return (id && document.getElementById(id)?.closest('section')) || null;
}

if (!customElements.get('timeline-parts')) customElements.define('timeline-parts', TimelineParts);

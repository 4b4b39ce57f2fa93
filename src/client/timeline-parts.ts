import { monthEstimate } from '../lib/grouping.ts';
import { fill } from '../lib/i18n/fill.ts';
import { partAt, partToFill } from '../lib/parts.ts';
import { CARDS_EVENT, FILTER_EVENT, type CardsEventDetail } from '../lib/timeline-events.ts';
import { afterNextPaint } from './after-paint.ts';

/** What the reader had loaded and where they were, kept for the way back to this page. */
interface Saved {
  parts: number[];
  scrollY: number;
  /** The card at the top of the window, and how far down the window it was. */
  anchor?: { slug: string; top: number };
}

const STORAGE_KEY = `timeline-parts:${location.pathname}`;
/** How far from the window a part starts loading, px. */
const REACH = 1500;
/** What the reader does to scroll on their own (a jump's own scroll is not one). */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'];

/**
 * Loads the further parts of a long timeline into this page: the next one when the reader nears
 * the end of what is loaded (however few cards a filter leaves shown), or the one an event is in
 * (a link to it, the overview, next/previous), alone. The parts between are loaded as the reader
 * nears the gap from either side. Each part is the static page the "Next" link leads to; its cards
 * are moved into this page's timeline, into the month they belong to.
 */
class TimelineParts extends HTMLElement {
  private loading: Promise<boolean> = Promise.resolve(true);
  /** The page's own part (1 on the home page), then each part loaded, with its first card. */
  private firstCards = new Map<number, Element | null>();
  private start = 1;
  private total = 1;
  /** Since the last filter or jump the reader has not scrolled: a part out of sight waits for them to. */
  private waitingForScroll = false;

  connectedCallback() {
    this.start = Number(this.dataset.part);
    this.total = Number(this.dataset.parts);
    this.firstCards.set(this.start, document.querySelector('.timeline article.event-card'));
    if (!this.nextLink()) return;
    estimateMonths(document.querySelectorAll('.timeline__month'));
    // Start on a part well before the reader reaches the end of what is loaded (or a gap in it).
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.fill(this.waitingForScroll ? 0 : REACH);
    }, { rootMargin: `${REACH}px 0px ${REACH}px 0px` });
    this.observer.observe(this);
    // A filter may leave a part with few cards shown, or none: the end stays within reach, and the
    // observer, which speaks only when that changes, stays quiet. Keep loading until it is not:
    // at once if the end is in the window (the reader would see the timeline stop short), else as
    // soon as the reader scrolls, so that a filter does not wait for a part loaded out of sight.
    document.addEventListener(FILTER_EVENT, () => {
      this.waitForReader(['scroll']);
      this.fill(0);
    });
    addEventListener('pagehide', () => this.save());
    void this.restore();
  }

  private observer?: IntersectionObserver;

  /**
   * Brings in the event's card: `position` (its place in the whole timeline, from 0) says which
   * part it is in, and only that part is loaded; without it, part after part until it comes.
   */
  async loadUntil(slug: string, position?: number): Promise<HTMLElement | null> {
    const part = position === undefined ? undefined : partAt(position);
    if (part !== undefined && part >= this.start && part <= this.total && !this.firstCards.has(part)) {
      // The reader is taken to the card: the parts either side wait until they move on from it.
      this.waitForReader(READER_INPUT);
      await this.load(part);
    }
    while (!document.getElementById(slug) && (await this.load(this.firstMissing())));
    return document.getElementById(slug);
  }

  private nextLink() {
    return this.querySelector<HTMLAnchorElement>('a[data-timeline-next]');
  }

  private last() {
    return Math.max(...this.firstCards.keys());
  }

  /** The first part not on the page: the next in reading order, gaps first. */
  private firstMissing() {
    let number = this.start;
    while (this.firstCards.has(number)) number++;
    return number;
  }

  /** Loads part `number` (one part at a time); false when there is none (or it could not be had: the link still works). */
  private load(number: number): Promise<boolean> {
    this.loading = this.loading.then(() => (this.firstCards.has(number) ? true : this.fetchPart(number)));
    return this.loading;
  }

  private async fetchPart(number: number): Promise<boolean> {
    if (number > this.total || number < this.start) return false;
    const status = this.querySelector<HTMLElement>('[data-parts-status]');
    if (status) status.textContent = status.dataset.loading ?? '';
    try {
      const response = await fetch(fill(this.dataset.partHref!, { part: number }));
      if (!response.ok) return false;
      const part = new DOMParser().parseFromString(withoutStyles(await response.text()), 'text/html');
      // The cards of a part go before those of the first part loaded after it, if any.
      const later = [...this.firstCards.keys()].filter((loaded) => loaded > number).sort((a, b) => a - b)[0];
      const cards = merge(part.querySelector('.timeline'), later === undefined ? null : this.firstCards.get(later)!);
      this.firstCards.set(number, cards[0] ?? null);
      const link = this.nextLink();
      if (link && number === this.last()) {
        const following = part.querySelector<HTMLAnchorElement>('a[data-timeline-next]');
        if (following) {
          link.href = following.href;
          link.textContent = following.textContent;
        } else link.remove();
      }
      this.dataset.missing = String(this.total - this.start + 1 - this.firstCards.size);
      if (this.dataset.missing === '0') delete this.dataset.missing;
      // A part loaded after a gap: the reader coming to that gap from either side brings in what is missing.
      if (!this.firstCards.has(number - 1) && cards[0]) this.observer?.observe(cards[0]);
      const after = this.firstCards.get(number + 1);
      if (after) this.observer?.unobserve(after);
      if (status) status.textContent = fill(this.dataset.loadedTemplate ?? '', { range: part.querySelector<HTMLElement>('[data-part-range]')?.dataset.partRange ?? '' });
      document.dispatchEvent(new CustomEvent<CardsEventDetail>(CARDS_EVENT, { detail: { cards } }));
      this.fill(this.waitingForScroll ? 0 : REACH);
      return true;
    } catch {
      if (status) status.textContent = '';
      return false;
    }
  }

  /** Until the reader scrolls (one of `inputs`), parts load only for an end or a gap in the window. */
  private waitForReader(inputs: string[]) {
    this.stopWaiting?.();
    if (!this.dataset.missing) return;
    this.waitingForScroll = true;
    const onInput = () => {
      this.stopWaiting?.();
      this.fill();
    };
    this.stopWaiting = () => {
      this.waitingForScroll = false;
      this.stopWaiting = undefined;
      for (const type of inputs) removeEventListener(type, onInput);
    };
    for (const type of inputs) addEventListener(type, onInput, { passive: true });
  }

  private stopWaiting?: () => void;

  /**
   * Loads, once the next frame is painted, the part the reader is nearest: after the end of what is
   * loaded, if that end is in the window or below it within `reach`, or either side of a gap that
   * near. Not once the reader is past the end (at the charts after the timeline): a part added
   * above them would push them down, the browser would keep them in view, and every part would
   * follow. Measured after the paint, not in the frame: after a jump, that frame lays out the
   * cards around the event, and measuring first made it lay them out twice.
   */
  private fill(reach = REACH) {
    afterNextPaint(() => {
      const { top, bottom } = this.getBoundingClientRect();
      const end = this.nextLink() && bottom > 0 ? top : undefined;
      const gaps = [...this.firstCards].filter(([number, card]) => card && number > this.start && !this.firstCards.has(number - 1));
      const part = partToFill(
        [...this.firstCards.keys()],
        end === undefined ? undefined : { after: this.last(), top: end },
        gaps.map(([number, card]) => ({ before: number, top: card!.getBoundingClientRect().top })),
        { height: innerHeight, reach },
      );
      if (part !== undefined) void this.load(part);
    });
  }

  private save() {
    const card = cardInWindow();
    const anchor = card ? { slug: card.id, top: card.getBoundingClientRect().top } : undefined;
    const saved: Saved = { parts: [...this.firstCards.keys()], scrollY, anchor };
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
    if (saved && Array.isArray(saved.parts) && saved.parts.length > 1) {
      history.scrollRestoration = 'manual';
      for (const part of saved.parts.sort((a, b) => a - b)) await this.load(part);
      // Back to the card the reader was at, where it was in the window: a long timeline's months
      // away from the window have estimated heights, so the same scrollY would land elsewhere.
      // As after a jump, a gap either side waits for the reader to move.
      this.waitForReader(READER_INPUT);
      const { anchor } = saved;
      const card = anchor && document.getElementById(anchor.slug);
      if (card) {
        card.scrollIntoView({ block: 'start' });
        scrollBy(0, card.getBoundingClientRect().top - anchor.top);
      } else scrollTo(0, saved.scrollY);
      return;
    }
    const target = decodeURIComponent(location.hash.slice(1));
    if (target && !document.getElementById(target)) (await this.loadUntil(target))?.scrollIntoView();
  }
}

/**
 * Moves a fetched part's years, months and cards into this page's timeline, before `before` (the
 * first card of a later part) or at the end. A part may begin or end in the middle of a month
 * already shown: its cards (a long timeline's runs of cards) join that month, under the heading
 * already there. Added above the window, they leave the reader's view where it was (the browser's
 * scroll anchoring).
 */
function merge(source: Element | null, before: Element | null): HTMLElement[] {
  const timeline = document.querySelector('.timeline');
  if (!source || !timeline) return [];
  const cards = [...source.querySelectorAll<HTMLElement>('article.event-card')];
  // What `before` is in its month: the card itself, or (on a long timeline) its run of cards.
  const beforeItem = before?.closest('.timeline__month > *') ?? null;
  const beforeMonth = beforeItem?.parentElement ?? null;
  const beforeYear = beforeMonth?.parentElement ?? null;
  // Only new months are estimated: a month on the page keeps its size as the browser knows it
  // (a change of style there would stop the browser holding the reader's view still, see below).
  const months = new Set<Element>();
  for (const year of [...source.querySelectorAll(':scope > .timeline__year')]) {
    const shownYear = sectionOf(year);
    if (!shownYear) {
      for (const month of year.querySelectorAll('.timeline__month')) months.add(month);
      timeline.insertBefore(document.adoptNode(year), beforeYear);
      continue;
    }
    for (const month of [...year.querySelectorAll(':scope > .timeline__month')]) {
      const shownMonth = sectionOf(month);
      if (shownMonth) {
        const items = [...month.children].filter((item) => !item.matches('h3')).map((item) => document.adoptNode(item));
        for (const item of items) shownMonth.insertBefore(item, shownMonth === beforeMonth ? beforeItem : null);
      } else {
        shownYear.insertBefore(document.adoptNode(month), shownYear === beforeYear ? beforeMonth : null);
        months.add(month);
      }
    }
  }
  estimateMonths(months);
  return cards;
}

/**
 * A long timeline's months are laid out only near the window (content-visibility, TimelineList's
 * styles): until then they take the height of their cards as estimated (--month-estimate), so that
 * the page is about as long as it will be and the part loaded next is not asked for too early.
 */
function estimateMonths(months: Iterable<Element>) {
  for (const month of months) (month as HTMLElement).style.setProperty('--month-estimate', monthEstimate(month.querySelectorAll('article.event-card:not([data-filter-out])').length));
}

/** The card at the top of the window, or the first below it (under the reading bar, say). */
function cardInWindow(): HTMLElement | null {
  const timeline = document.querySelector('.timeline');
  if (!timeline) return null;
  const { left, width } = timeline.getBoundingClientRect();
  for (let y = 1; y < innerHeight; y += 40) {
    const card = document.elementFromPoint(left + width / 2, y)?.closest<HTMLElement>('.timeline article.event-card');
    if (card) return card;
  }
  return null;
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

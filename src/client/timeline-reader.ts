import type { FigureText, ReadingStep, ReadingSteps } from '../lib/counts/reading-steps.ts';
import { chosenInWindow, countsMarkerX, READING_LINE, readingAmong } from '../lib/reading.ts';
import {
  CHOOSE_EVENT,
  FILTER_EVENT,
  READING_EVENT,
  type ChooseEventDetail,
  type FilterEventDetail,
  type ReadingEventDetail,
} from '../lib/timeline-events.ts';
import { followCardsInView } from './cards-in-view.ts';
import { pageData } from './page-data.ts';
import { ensureCard } from './timeline-cards.ts';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The counts chart's time scale, as the server drew it (CountsSvg, data-counts-scale). */
type CountsScale = { from: number; to: number; left: number; right: number };

/**
 * Follows the reader through the timeline it wraps (Story.astro): works out the event being read
 * (the one crossing the middle of the window, or the one the reader chose) from the few cards in
 * view, and shows it: the date and the running counts in the bar (below 1100 px) and the side
 * panel (from 1100 px), the line on the panel's counts chart, and, through READING_EVENT, the
 * overview's marker. Previous/next buttons, and keys j and k inside the timeline, move through
 * the events the filter shows.
 */
class TimelineReader extends HTMLElement {
  private steps: ReadingStep[] = [];
  private texts: FigureText[] = [];
  /** The event being read, as a position among the steps; -1 while the reader is above the timeline (as the page is sent). */
  private current = -1;
  /** The event the reader chose (a link to it, its title focused, next/previous), until they scroll by hand. */
  private chosen = -1;
  private indexOf = new Map<string, number>();
  /** The events the filter shows (null: all), as the filter last said. */
  private visible: ReadonlySet<string> | null = null;
  private marker: SVGGElement | null = null;
  private scale: CountsScale | undefined;
  /** Where the bar and the panel say the date and the counts: found once, not in every frame of a scroll (the timeline is inside this element). */
  private dates: Element[] = [];
  private countsBoxes: Element[] = [];
  /** The timeline's months, those of parts added later too: a live list, kept up to date by the browser. */
  private months = this.getElementsByClassName('timeline__month') as HTMLCollectionOf<HTMLElement>;

  connectedCallback() {
    void pageData<ReadingSteps>(this, '[data-reading-steps]', 'stepsSrc').then((data) => data && this.start(data));
  }

  private start(data: ReadingSteps) {
    this.steps = data.steps;
    this.texts = data.texts;
    if (this.steps.length === 0) return;
    for (const [index, step] of this.steps.entries()) this.indexOf.set(step[0], index);
    const bar = this.querySelector<HTMLElement>('.reading-bar');
    this.dates = [...this.querySelectorAll('[data-reading-date]')];
    this.countsBoxes = [...this.querySelectorAll('[data-reading-counts]')];
    this.marker = this.querySelector('[data-counts-here]');
    const scale = this.marker?.closest('svg')?.dataset.countsScale;
    this.scale = scale ? (JSON.parse(scale) as CountsScale) : undefined;

    // Keep what the keyboard focuses, and anchored events, clear of the bar, whatever its height
    // (none from 1100 px, where the bar gives way to the side panel). Measured by the observer, after
    // a layout the browser makes anyway: reading the height here would force one more as the page loads.
    if (bar) {
      new ResizeObserver(([entry]) => {
        const height = entry?.borderBoxSize[0]?.blockSize ?? 0;
        document.documentElement.style.scrollPaddingTop = height ? `${Math.ceil(height) + 8}px` : '';
      }).observe(bar);
    }

    for (const button of this.querySelectorAll('[data-reading-previous]')) button.addEventListener('click', () => void this.go(-1));
    for (const button of this.querySelectorAll('[data-reading-next]')) button.addEventListener('click', () => void this.go(1));
    const timeline = this.querySelector('.timeline');
    timeline?.addEventListener('focusin', (event) => {
      const card = (event.target as Element).closest('article.event-card');
      if (card) this.choose(card.id);
    });
    timeline?.addEventListener('keydown', (event) => {
      const { key, ctrlKey, metaKey, altKey } = event as KeyboardEvent;
      if ((key === 'j' || key === 'k') && !ctrlKey && !metaKey && !altKey) {
        event.preventDefault();
        // From the card that has the focus: that is where a keyboard reader is, whatever the scroll.
        void this.go(key === 'j' ? 1 : -1, (event.target as Element).closest('article.event-card')?.id);
      }
    });
    // Scrolling by hand: the reader is wherever the window now is.
    const forget = () => (this.chosen = -1);
    addEventListener('wheel', forget, { passive: true });
    addEventListener('touchmove', forget, { passive: true });
    document.addEventListener(CHOOSE_EVENT, (event) => this.choose((event as CustomEvent<ChooseEventDetail>).detail.slug));
    document.addEventListener(FILTER_EVENT, (event) => {
      this.visible = (event as CustomEvent<FilterEventDetail>).detail.visible;
      // Above the timeline, the bar and the panel say where it starts: with this filter, somewhere else.
      if (this.current < 0) this.show(-1);
    });

    // Worked out in the next frame (and at every scroll): the page as sent says where the timeline starts.
    followCardsInView((cards) => {
      const index = this.reading(cards);
      return index === this.current ? undefined : () => this.show(index);
    });
    // An address with an event in it: that event is the one being read. The browser jumps to it
    // around the load event, before knowing the bar's height: jump again once the page has
    // loaded (and the observer has set the room the bar takes), clear of it.
    const toAnchor = () => {
      const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (!target) return;
      if (this.indexOf.has(target.id)) this.choose(target.id);
      target.scrollIntoView();
    };
    if (document.readyState === 'complete') requestAnimationFrame(toAnchor);
    else addEventListener('load', () => requestAnimationFrame(toAnchor), { once: true });
    addEventListener('hashchange', () => requestAnimationFrame(toAnchor));
  }

  private choose(slug: string) {
    this.chosen = this.indexOf.get(slug) ?? -1;
  }

  /** The event being read, from the cards in the window (measures only; see followCardsInView). */
  private reading(cards: readonly HTMLElement[]): number {
    // The chosen card is measured by itself: after a jump to it, the months in view are known only
    // a frame later, and meanwhile the bar would say another event, then this one.
    const slug = this.steps[this.chosen]?.[0];
    const chosen = slug && this.isShown(slug) ? document.getElementById(slug) : null;
    if (chosen && chosenInWindow(chosen.getBoundingClientRect(), innerHeight)) return this.chosen;
    const line = innerHeight * READING_LINE;
    const shown = cards.filter((card) => this.indexOf.has(card.id) && this.isShown(card.id));
    const at = readingAmong(shown.map((card) => card.getBoundingClientRect()), line);
    return at >= 0 ? this.indexOf.get(shown[at]!.id)! : this.readingIndex(line);
  }

  /**
   * The last event shown whose card's top has passed `line` (-1 if none has: the reader is above the
   * timeline): for when no card in the window has, such as below the timeline, or in a gap between years.
   */
  private readingIndex(line: number): number {
    // The last month shown whose top has passed the line, and the one before it. Only their cards are
    // read: below the end of a timeline of 10,000 events, reading every month's took 30 ms a frame
    // on a phone. Months off screen are not laid out (content-visibility), and measuring a card in
    // one would lay it out: only the month across the line is measured card by card.
    let across: Element | undefined;
    let before: Element | undefined;
    let acrossBottom = 0;
    for (const month of this.months) {
      const box = month.getBoundingClientRect();
      // Not displayed: the filter left none of its events.
      if (box.height === 0) continue;
      if (box.top > line) break;
      [before, across, acrossBottom] = [across, month, box.bottom];
    }
    if (!across) return -1;
    const cards = this.shownCards(across);
    let index = acrossBottom <= line ? this.indexOf.get(cards.at(-1)?.id ?? '') : undefined;
    if (index === undefined) {
      for (const card of cards) {
        if (card.getBoundingClientRect().top > line) break;
        index = this.indexOf.get(card.id) ?? index;
      }
    }
    return index ?? this.indexOf.get((before && this.shownCards(before).at(-1)?.id) ?? '') ?? -1;
  }

  private shownCards(month: Element): HTMLElement[] {
    return [...month.querySelectorAll<HTMLElement>('article.event-card')].filter((card) => this.isShown(card.id));
  }

  private firstVisible(): number {
    return Math.max(0, this.steps.findIndex((step) => this.isShown(step[0])));
  }

  private isShown(slug: string): boolean {
    return !this.visible || this.visible.has(slug);
  }

  /**
   * Shows event `index` as the one being read, everywhere it is shown. Above the timeline (-1),
   * the bar and the panel say where it starts, and the charts mark nothing yet.
   */
  private show(index: number) {
    const step = this.steps[index < 0 ? this.firstVisible() : index];
    if (!step) return;
    this.current = index;
    const [slug, government, ngo] = step;
    // The date is read from the card itself, exactly as the timeline shows it.
    const time = document.getElementById(slug)?.querySelector('time');
    for (const date of this.dates) date.textContent = time?.textContent ?? '';
    const texts = { government: this.texts[government], ngo: this.texts[ngo] };
    for (const counts of this.countsBoxes) {
      for (const running of counts.querySelectorAll<HTMLElement>('[data-running]')) {
        const text = texts[running.dataset.running as keyof typeof texts];
        running.hidden = !texts.government && !texts.ngo;
        running.toggleAttribute('data-empty', !text);
        running.querySelector('[data-reading-value]')!.textContent = text?.[0] ?? '';
        const detail = running.querySelector<HTMLElement>('[data-reading-detail]')!;
        detail.textContent = text?.[1] ?? detail.dataset.none ?? '';
      }
      counts.querySelector<HTMLElement>('[data-reading-none]')!.hidden = !!(texts.government || texts.ngo);
    }
    this.moveMarker(index < 0 ? null : time);
    document.dispatchEvent(new CustomEvent<ReadingEventDetail>(READING_EVENT, { detail: { slug: index < 0 ? null : slug } }));
  }

  /** The counts chart's line, on the date being read; hidden before the chart's first date. */
  private moveMarker(time: HTMLTimeElement | null | undefined) {
    const { marker, scale } = this;
    if (!marker || !scale) return;
    const x = time ? countsMarkerX({ start: time.dateTime, end: time.dataset.end }, scale) : undefined;
    marker.classList.toggle('is-active', x !== undefined);
    if (x !== undefined) marker.style.transform = `translateX(${x}px)`;
  }

  /** Within a screen's height of the window: still where the reader is, even mid-scroll. */
  private isNearScreen(index: number): boolean {
    const box = document.getElementById(this.steps[index]?.[0] ?? '')?.getBoundingClientRect();
    return !!box && box.bottom > -innerHeight && box.top < 2 * innerHeight;
  }

  /** Moves to the next or previous event that the filter shows, and puts focus on its title. */
  private async go(direction: 1 | -1, fromSlug?: string) {
    // From the event the reader chose, if it is still near: the idea of "current" lags behind a smooth scroll.
    const from = (fromSlug === undefined ? undefined : this.indexOf.get(fromSlug)) ?? (this.isNearScreen(this.chosen) ? this.chosen : this.current);
    for (let index = from + direction; index >= 0 && index < this.steps.length; index += direction) {
      const slug = this.steps[index]![0];
      if (!this.isShown(slug)) continue;
      // The next event of a long timeline may be in a part not loaded yet.
      const card = await ensureCard(slug, index);
      if (!card) continue;
      this.chosen = index;
      card.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
      card.querySelector<HTMLElement>('h4 a')?.focus({ preventScroll: true });
      this.show(index);
      return;
    }
  }
}

customElements.define('timeline-reader', TimelineReader);

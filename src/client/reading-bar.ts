import { FILTER_EVENT, type FilterEventDetail } from '../lib/timeline-events.ts';
import { followCardsInView } from './cards-in-view.ts';
import { ensureCard } from './timeline-cards.ts';

/** [slug, index of the government figure's text, index of the NGO figure's text]. */
type Step = [string, number, number];

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The sticky bar over the timeline: as the reader scrolls, it shows the date being read and the
 * latest government and NGO figures as of that date (worked out at build time), and offers
 * previous/next buttons. Keys j and k do the same while focus is inside the timeline.
 */
class ReadingBar extends HTMLElement {
  private steps: Step[] = [];
  private texts: string[] = [];
  private current = 0;
  /** The event the reader last put focus on (or moved to), until they scroll away by hand. */
  private lastChosen = -1;
  /** Each event's position among the steps. */
  private indexOf = new Map<string, number>();
  /** The events the filter shows (null: all), as the filter last said. */
  private visible: ReadonlySet<string> | null = null;

  connectedCallback() {
    const data = JSON.parse(this.querySelector('[data-reading-steps]')?.textContent ?? '{}') as { texts?: string[]; steps?: Step[] };
    this.steps = data.steps ?? [];
    this.texts = data.texts ?? [];
    if (this.steps.length === 0) return;
    this.hidden = false;
    // Keep what the keyboard focuses, and anchored events, clear of the sticky bar, whatever its height.
    const clearOfBar = () => document.documentElement.style.setProperty('scroll-padding-top', `${this.offsetHeight + 8}px`);
    new ResizeObserver(clearOfBar).observe(this);
    clearOfBar();
    this.querySelector('[data-reading-previous]')?.addEventListener('click', () => void this.go(-1));
    this.querySelector('[data-reading-next]')?.addEventListener('click', () => void this.go(1));
    const timeline = document.querySelector('.timeline');
    const indexOf = this.indexOf;
    for (const [i, step] of this.steps.entries()) indexOf.set(step[0], i);
    // Where "next" starts from once focus has moved to the bar's own buttons: the observer's idea of
    // the current event lags behind a smooth scroll, so remember the event the reader chose.
    timeline?.addEventListener('focusin', (event) => {
      const card = (event.target as Element).closest('article.event-card');
      if (card) this.lastChosen = indexOf.get(card.id) ?? -1;
    });
    const forget = () => (this.lastChosen = -1);
    addEventListener('wheel', forget, { passive: true });
    addEventListener('touchmove', forget, { passive: true });
    timeline?.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if ((key === 'j' || key === 'k') && !(event as KeyboardEvent).ctrlKey && !(event as KeyboardEvent).metaKey) {
        event.preventDefault();
        void this.go(key === 'j' ? 1 : -1);
      }
    });
    // The event being read is the first card inside the reading band (below the bar, in the upper
    // part of the screen), among the few cards in view: scrolling never measures 2,000 cards.
    // After a filter, with no card left in the band, the event being read is looked for further up.
    let filtered = false;
    followCardsInView((cards) => {
      const top = this.getBoundingClientRect().bottom;
      const bottom = innerHeight * 0.45;
      const wasFiltered = filtered;
      filtered = false;
      for (const card of cards) {
        const i = indexOf.get(card.id);
        if (i === undefined || !this.isShown(card.id)) continue;
        const box = card.getBoundingClientRect();
        if (box.bottom <= top || box.top >= bottom) continue;
        return i === this.current ? undefined : () => this.show(i);
      }
      if (!wasFiltered) return undefined;
      const index = this.readingIndex();
      return () => this.show(index);
    });
    document.addEventListener(FILTER_EVENT, (event) => {
      this.visible = (event as CustomEvent<FilterEventDetail>).detail.visible;
      filtered = true;
    });
    this.update();
    // The browser jumps to an anchor around the load event, before knowing the bar's height:
    // jump again once the page has loaded, clear of it.
    const toAnchor = () => {
      // The bar's text, and so its height, depends on where the page is: settle it first.
      this.update();
      clearOfBar();
      if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    };
    if (document.readyState === 'complete') requestAnimationFrame(toAnchor);
    else addEventListener('load', () => requestAnimationFrame(toAnchor), { once: true });
    addEventListener('hashchange', () => requestAnimationFrame(toAnchor));
  }

  private update() {
    this.show(this.readingIndex());
  }

  /** The event being read: the last visible card whose top has passed under the bar. */
  private readingIndex(): number {
    const line = this.getBoundingClientRect().bottom + 4 + window.innerHeight * 0.3;
    let index = -1;
    // Month by month, top to bottom, stopping at the first one below the line: a long timeline's
    // months off screen are not laid out (content-visibility), and measuring a card inside one
    // would lay it out. Only the month across the line is measured card by card.
    for (const month of document.querySelectorAll<HTMLElement>('.timeline .timeline__month')) {
      const box = month.getBoundingClientRect();
      // Not displayed: the filter left none of its events.
      if (box.height === 0) continue;
      if (box.top > line) break;
      const cards = [...month.querySelectorAll<HTMLElement>(':scope > article.event-card')].filter((card) => this.isShown(card.id));
      if (box.bottom <= line) {
        index = this.indexOf.get(cards.at(-1)?.id ?? '') ?? index;
        continue;
      }
      for (const card of cards) {
        if (card.getBoundingClientRect().top > line) break;
        index = this.indexOf.get(card.id) ?? index;
      }
      break;
    }
    return Math.max(index, this.firstVisible());
  }

  private firstVisible(): number {
    return Math.max(0, this.steps.findIndex((step) => this.isShown(step[0])));
  }

  private isShown(slug: string): boolean {
    return !this.visible || this.visible.has(slug);
  }

  private show(index: number) {
    const step = this.steps[index];
    if (!step) return;
    this.current = index;
    // The date is read from the card itself, exactly as the timeline shows it.
    this.querySelector('[data-reading-date]')!.textContent = document.getElementById(step[0])?.querySelector('time')?.textContent ?? '';
    this.querySelector('[data-reading-government]')!.textContent = this.texts[step[1]] ?? '';
    this.querySelector('[data-reading-ngo]')!.textContent = this.texts[step[2]] ?? '';
  }

  /** Within a screen's height of the viewport: still where the reader is, even mid-scroll. */
  private isNearScreen(index: number): boolean {
    const box = document.getElementById(this.steps[index]?.[0] ?? '')?.getBoundingClientRect();
    return !!box && box.bottom > -innerHeight && box.top < 2 * innerHeight;
  }

  /** Moves to the next or previous event that the filter shows, and puts focus on its title. */
  private async go(direction: 1 | -1) {
    // From the event that has (or last had) focus, if any: the bar's own idea of "current" lags behind scrolling.
    const from = this.isNearScreen(this.lastChosen) ? this.lastChosen : this.current;
    for (let i = from + direction; i >= 0 && i < this.steps.length; i += direction) {
      // The next event of a long timeline may be in a part not loaded yet.
      if (!this.isShown(this.steps[i]![0])) continue;
      const card = await ensureCard(this.steps[i]![0]);
      if (!card) continue;
      card.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
      card.querySelector<HTMLElement>('h4 a')?.focus({ preventScroll: true });
      this.lastChosen = i;
      this.show(i);
      return;
    }
  }
}

customElements.define('reading-bar', ReadingBar);

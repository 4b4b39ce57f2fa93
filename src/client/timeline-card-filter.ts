import { monthEstimate, runEstimate } from '../lib/grouping.ts';
import { FACET_ATTRIBUTE, FACET_KINDS, isEmptyFilter, matchesFilter, type FacetKind, type FilterState } from '../lib/facets.ts';
import { CARDS_EVENT, CHOOSE_EVENT, type CardsEventDetail, type ChooseEventDetail } from '../lib/timeline-events.ts';

/** The attribute of a card, run of cards, month or year that the filter leaves out (hidden on screen by global.css; paper gets all). */
const OUT = 'data-filter-out';
/** Months this near the window (a screen above and below) have their cards marked at once. */
const NEAR = '100% 0px 100% 0px';

interface Card {
  element: HTMLElement;
  ids: Record<FacetKind, string[]>;
}

/** A browser's idle time, or a short task where it has no requestIdleCallback. */
const whenIdle: (work: (deadline: { timeRemaining(): number }) => void) => void =
  window.requestIdleCallback?.bind(window) ??
  ((work) =>
    setTimeout(() => {
      const start = performance.now();
      work({ timeRemaining: () => Math.max(0, 8 - (performance.now() - start)) });
    }));

/**
 * Shows the timeline's cards that pass the filter, and the runs of cards, months and years that
 * keep one, by marking the others. Only what changes is touched: every attribute written is style
 * work for the browser. The cards of months near the window are marked at once, the rest while the
 * browser is idle (or as soon as their month nears the window, or one of its events is chosen):
 * with 10,000 cards, marking them all took longer than the reader should wait to see the filter
 * applied. Cards of a long timeline's later parts follow the filter as they arrive.
 */
export class TimelineCardFilter {
  /** Each month's cards. */
  private months = new Map<Element, Card[]>();
  private state: FilterState | undefined;
  /** The months near the window; those not yet placed by the observer (just added) are not known to be far. */
  private near = new Set<Element>();
  private placed = new WeakSet<Element>();
  /** Months whose cards do not follow the filter yet. */
  private stale = new Set<Element>();
  private idle = false;
  private observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        this.placed.add(target);
        if (!isIntersecting) {
          this.near.delete(target);
          continue;
        }
        this.near.add(target);
        if (this.stale.has(target)) this.markCards(target);
      }
    },
    { rootMargin: NEAR },
  );

  constructor() {
    this.add(document.querySelectorAll<HTMLElement>('.timeline article.event-card'));
    document.addEventListener(CARDS_EVENT, (event) => {
      this.add((event as CustomEvent<CardsEventDetail>).detail.cards);
      // Before the part is painted: its cards (and a month they join) are shown as the filter says.
      if (this.state) this.apply(this.state);
    });
    // An event the reader goes to (the overview, next/previous, a card's title): its month first.
    const markMonthOf = (card: Element | null | undefined) => {
      const month = card?.closest('article.event-card')?.closest('.timeline__month');
      if (month && this.stale.has(month)) this.markCards(month);
    };
    document.addEventListener(CHOOSE_EVENT, (event) => markMonthOf(document.getElementById((event as CustomEvent<ChooseEventDetail>).detail.slug)));
    document.addEventListener('focusin', (event) => markMonthOf(event.target as Element));
  }

  private add(elements: Iterable<HTMLElement>) {
    for (const element of elements) {
      const ids = Object.fromEntries(FACET_KINDS.map((kind) => [kind, element.getAttribute(FACET_ATTRIBUTE[kind])?.split(' ') ?? []]));
      const month = element.closest('.timeline__month')!;
      let cards = this.months.get(month);
      if (!cards) {
        this.months.set(month, (cards = []));
        this.observer.observe(month);
      }
      cards.push({ element, ids: ids as Card['ids'] });
    }
  }

  apply(state: FilterState) {
    this.state = isEmptyFilter(state) ? undefined : state;
    // A month or a year is shown while one of its cards is.
    const years = new Map<Element, boolean>();
    for (const [month, cards] of this.months) {
      const shown = cards.some((card) => this.passes(card));
      // Where a month just added, or one the filter brings back, will be is known only once it is laid out: mark it now.
      if (this.near.has(month) || !this.placed.has(month) || (shown && month.hasAttribute(OUT))) this.markCards(month);
      else this.stale.add(month);
      mark(month, !shown);
      const year = month.parentElement;
      if (year) years.set(year, shown || years.get(year) === true);
    }
    for (const [year, shown] of years) mark(year, !shown);
    this.markWhenIdle();
  }

  private passes(card: Card) {
    return !this.state || matchesFilter(card.ids, this.state);
  }

  /**
   * Marks a month's cards, and its runs of cards (a long timeline's) as they keep one or not. A long
   * timeline's month not laid out yet is then estimated at the cards it shows: the page is about as
   * long as the filter leaves it, and the part loaded next is asked for when its place comes near.
   */
  private markCards(month: Element) {
    this.stale.delete(month);
    /** Each run of cards (a long timeline's), with how many of its cards are shown. */
    const runs = new Map<Element, number>();
    for (const card of this.months.get(month) ?? []) {
      const shown = this.passes(card);
      mark(card.element, !shown);
      const run = card.element.parentElement;
      if (run && run !== month) runs.set(run, (runs.get(run) ?? 0) + (shown ? 1 : 0));
    }
    if (!runs.size) return;
    let shownCards = 0;
    for (const [run, shown] of runs) {
      mark(run, shown === 0);
      estimate(run, '--run-estimate', runEstimate(shown));
      shownCards += shown;
    }
    estimate(month, '--month-estimate', monthEstimate(shownCards));
  }

  /** Marks the cards of the months left, a few at a time, while the browser has nothing else to do. */
  private markWhenIdle() {
    if (this.idle || !this.stale.size) return;
    this.idle = true;
    whenIdle((deadline) => {
      this.idle = false;
      for (const month of this.stale) {
        this.markCards(month);
        if (deadline.timeRemaining() < 2) break;
      }
      this.markWhenIdle();
    });
  }
}

/** Touch only what changes: every attribute written is style work for the browser. */
function mark(element: Element, out: boolean) {
  if (element.hasAttribute(OUT) !== out) element.toggleAttribute(OUT, out);
}

/** Sets the height a month or a run is taken to have until laid out (TimelineList's styles), if it changes. */
function estimate(element: Element, property: string, value: string) {
  const { style } = element as HTMLElement;
  if (style.getPropertyValue(property) !== value) style.setProperty(property, value);
}

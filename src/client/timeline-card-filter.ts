import { FACET_ATTRIBUTE, FACET_KINDS, isEmptyFilter, matchesFilter, type FacetKind, type FilterState } from '../lib/facets.ts';
import { CARDS_EVENT, type CardsEventDetail } from '../lib/timeline-events.ts';

/** The attribute of a card, run of cards, month or year that the filter leaves out (hidden on screen by global.css; paper gets all). */
const OUT = 'data-filter-out';

interface Card {
  element: HTMLElement;
  ids: Record<FacetKind, string[]>;
}

/**
 * Shows the timeline's cards that pass the filter, and the months and years that keep one, by
 * marking the others. Only what changes is touched: at 2,000 cards this restyles a few elements,
 * where changing a stylesheet made the browser look at the whole page again. Cards of a long
 * timeline's later parts follow the filter as they arrive.
 */
export class TimelineCardFilter {
  private cards: Card[] = [];
  private state: FilterState | undefined;

  constructor() {
    this.add(document.querySelectorAll<HTMLElement>('.timeline article.event-card'));
    document.addEventListener(CARDS_EVENT, (event) => {
      this.add((event as CustomEvent<CardsEventDetail>).detail.cards);
      // Before the part is painted: its cards (and a month they join) are shown as the filter says.
      if (this.state) this.apply(this.state);
    });
  }

  private add(elements: Iterable<HTMLElement>) {
    for (const element of elements) {
      const ids = Object.fromEntries(FACET_KINDS.map((kind) => [kind, element.getAttribute(FACET_ATTRIBUTE[kind])?.split(' ') ?? []]));
      this.cards.push({ element, ids: ids as Card['ids'] });
    }
  }

  apply(state: FilterState) {
    const empty = isEmptyFilter(state);
    this.state = empty ? undefined : state;
    // A run of cards (on a long timeline), a month or a year is shown while one of its cards is.
    const sections = new Map<Element, boolean>();
    for (const { element, ids } of this.cards) {
      const shown = empty || matchesFilter(ids, state);
      mark(element, !shown);
      for (let section = element.parentElement; section && !section.classList.contains('timeline'); section = section.parentElement) {
        sections.set(section, shown || sections.get(section) === true);
      }
    }
    for (const [section, shown] of sections) mark(section, !shown);
  }
}

/** Touch only what changes: every attribute written is style work for the browser. */
function mark(element: Element, out: boolean) {
  if (element.hasAttribute(OUT) !== out) element.toggleAttribute(OUT, out);
}

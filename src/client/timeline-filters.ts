import { fill } from '../lib/i18n/fill.ts';
import { CARDS_EVENT, FILTER_EVENT, type CardsEventDetail, type FilterEventDetail } from '../lib/timeline-events.ts';
import { allCardsLoaded, ensureAllCards } from './timeline-cards.ts';
import {
  emptyFilter,
  FACET_KINDS,
  filterToSearch,
  isEmptyFilter,
  matchesFilter,
  parseFilter,
  type FacetKind,
  type FilterState,
} from '../lib/facets.ts';

type Facets = Record<string, Record<FacetKind, string[]>>;

/** As the page sends it: each id once per kind, then per event its slug and the positions of its ids. */
interface FacetTable {
  ids?: Record<FacetKind, string[]>;
  events?: [string, ...number[][]][];
}

function expandFacets(table: FacetTable): Facets {
  const facets: Facets = {};
  for (const [slug, ...positions] of table.events ?? []) {
    facets[slug] = Object.fromEntries(
      FACET_KINDS.map((kind, k) => [kind, (positions[k] ?? []).map((position) => table.ids?.[kind][position] ?? '')]),
    ) as Record<FacetKind, string[]>;
  }
  return facets;
}

/**
 * Turns the facet links (which, without JavaScript, lead to the static facet pages) into toggles
 * that filter the timeline in place, keep the state in the URL (?category=release&actor=foro-penal)
 * and show how many events each further choice would leave.
 */
class TimelineFilters extends HTMLElement {
  private state: FilterState = emptyFilter();
  private facets: Facets = {};
  private cards = new Map<string, HTMLElement>();
  /** The month and year sections around each card, found once. */
  private sections = new Map<HTMLElement, Element[]>();

  connectedCallback() {
    this.facets = expandFacets(JSON.parse(this.querySelector('[data-filter-facets]')?.textContent ?? '{}') as FacetTable);
    this.addCards(document.querySelectorAll<HTMLElement>('article.event-card'));
    // A further part of a long timeline arrives: its cards follow the filter too.
    document.addEventListener(CARDS_EVENT, (event) => {
      this.addCards((event as CustomEvent<CardsEventDetail>).detail.cards);
      if (!isEmptyFilter(this.state)) this.show(this.state);
    });
    for (const link of this.links()) {
      link.setAttribute('role', 'button');
      link.setAttribute('aria-pressed', 'false');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.toggle(link.dataset.filterKind as FacetKind, link.dataset.filterId!);
      });
      // A link-turned-button answers Space as a button does.
      link.addEventListener('keydown', (event) => {
        if (event.key === ' ') {
          event.preventDefault();
          link.click();
        }
      });
    }
    this.querySelector('[data-filter-clear]')?.addEventListener('click', () => this.apply(emptyFilter(), true));
    window.addEventListener('popstate', () => this.apply(parseFilter(location.search), false));
    this.apply(parseFilter(location.search), false);
    // The charts' scripts come later in the page and were not listening yet: tell them again once
    // every script has run (module scripts all run before DOMContentLoaded).
    document.addEventListener('DOMContentLoaded', () => isEmptyFilter(this.state) || this.show(this.state), { once: true });
  }

  private links() {
    return this.querySelectorAll<HTMLAnchorElement>('a[data-filter-kind]');
  }

  private toggle(kind: FacetKind, id: string) {
    const next: FilterState = { ...this.state, [kind]: [...this.state[kind]] };
    next[kind] = next[kind].includes(id) ? next[kind].filter((value) => value !== id) : [...next[kind], id].sort();
    this.apply(next, true);
  }

  private addCards(cards: Iterable<HTMLElement>) {
    for (const card of cards) {
      this.cards.set(card.id, card);
      this.sections.set(card, [card.closest('.timeline__month'), card.closest('.timeline__year')].filter((section) => section !== null));
    }
  }

  private apply(state: FilterState, push: boolean) {
    this.state = state;
    if (push) history.pushState(null, '', `${location.pathname}${filterToSearch(state)}${location.hash}`);
    // A filter shows matches from the whole timeline: a long one is loaded in full first.
    if (!isEmptyFilter(state) && !allCardsLoaded()) void ensureAllCards().then(() => this.state === state && this.show(state));
    this.show(state);
  }

  /** Shows the cards that pass the filter, and tells the charts. */
  private show(state: FilterState) {
    const empty = isEmptyFilter(state);
    // Every event that passes, loaded or not: the charts draw the whole timeline.
    const visible = new Set(empty ? [] : Object.keys(this.facets).filter((slug) => matchesFilter(this.facets[slug]!, state)));
    // A month or year with nothing left to show disappears with its heading: count as we go,
    // rather than asking every section again.
    const sectionsShown = new Map<Element, boolean>();
    for (const [slug, card] of this.cards) {
      const shown = empty || visible.has(slug);
      if (card.hidden === shown) card.hidden = !shown;
      for (const section of this.sections.get(card) ?? []) sectionsShown.set(section, (sectionsShown.get(section) ?? false) || shown);
    }
    for (const [section, shown] of sectionsShown) {
      if ((section as HTMLElement).hidden === shown) (section as HTMLElement).hidden = !shown;
    }
    this.updateControls(state, visible.size);
    document.dispatchEvent(new CustomEvent<FilterEventDetail>(FILTER_EVENT, { detail: { visible: empty ? null : visible, ids: empty ? null : this.idsOf(visible) } }));
  }

  /** The category, actor and place ids the shown events carry: the map and the charts dim the rest. */
  private idsOf(visible: ReadonlySet<string>): Record<FacetKind, Set<string>> {
    const ids = { category: new Set<string>(), actor: new Set<string>(), place: new Set<string>() };
    for (const slug of visible) for (const kind of FACET_KINDS) for (const id of this.facets[slug]?.[kind] ?? []) ids[kind].add(id);
    return ids;
  }

  /** Each control shows how many events would be shown with it added to the current choice. */
  private updateControls(state: FilterState, shown: number) {
    // One pass over the events: an event counts for a value of a group when it passes the
    // choices made in the other groups.
    const counts = new Map<string, number>();
    const others = FACET_KINDS.map((kind) => [kind, { ...state, [kind]: [] }] as const);
    for (const facets of Object.values(this.facets)) {
      for (const [kind, other] of others) {
        if (!matchesFilter(facets, other)) continue;
        for (const id of facets[kind]) counts.set(`${kind}:${id}`, (counts.get(`${kind}:${id}`) ?? 0) + 1);
      }
    }
    for (const link of this.links()) {
      const kind = link.dataset.filterKind as FacetKind;
      const id = link.dataset.filterId!;
      const pressed = state[kind].includes(id);
      const count = counts.get(`${kind}:${id}`) ?? 0;
      link.setAttribute('aria-pressed', String(pressed));
      const counter = link.querySelector('.filters__count');
      if (counter && counter.textContent !== String(count)) counter.textContent = String(count);
      link.setAttribute('aria-disabled', String(count === 0 && !pressed));
    }
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    const clear = this.querySelector<HTMLElement>('[data-filter-clear]');
    if (status) status.textContent = isEmptyFilter(state) ? '' : fill(status.dataset.template ?? '', { shown, total: Object.keys(this.facets).length });
    if (clear) clear.hidden = isEmptyFilter(state);
  }
}

customElements.define('timeline-filters', TimelineFilters);

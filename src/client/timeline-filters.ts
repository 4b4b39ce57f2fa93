import { FacetIndex, type FacetTable, type FilterResult } from '../lib/facet-index.ts';
import { formatNumber } from '../lib/figures.ts';
import { fill } from '../lib/i18n/fill.ts';
import { FILTER_EVENT, type FilterEventDetail } from '../lib/timeline-events.ts';
import { afterNextPaint } from './after-paint.ts';
import { pageData } from './page-data.ts';
import { TimelineCardFilter } from './timeline-card-filter.ts';
import {
  emptyFilter,
  filterToSearch,
  isEmptyFilter,
  parseFilter,
  type FacetKind,
  type FilterState,
} from '../lib/facets.ts';

/**
 * Turns the facet links (which, without JavaScript, lead to the static facet pages) into toggles
 * that filter the timeline in place, keep the state in the URL (?category=release&actor=foro-penal)
 * and show how many events each further choice would leave.
 */
class TimelineFilters extends HTMLElement {
  private state: FilterState = emptyFilter();
  private index = new FacetIndex({ ids: { category: [], actor: [], place: [] }, events: [] });
  /** Settles once every event's facets are known: at once, or once a long timeline's table is fetched. */
  private ready: Promise<void> = Promise.resolve();
  /** The table could not be fetched: the controls stay links to the static facet pages. */
  private unavailable = false;
  /** Shows the cards, months and years that pass (those of parts loaded later too). */
  private cards = new TimelineCardFilter();

  connectedCallback() {
    this.ready = pageData<FacetTable>(this, '[data-filter-facets]', 'facetsSrc').then((table) => {
      if (table) this.index = new FacetIndex(table);
      else this.unavailable = !!this.dataset.facetsSrc;
    });
    for (const link of this.links()) {
      link.setAttribute('role', 'button');
      link.setAttribute('aria-pressed', 'false');
      link.addEventListener('click', (event) => {
        if (this.unavailable) return;
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
    document.addEventListener('DOMContentLoaded', () => void this.ready.then(() => isEmptyFilter(this.state) || this.unavailable || this.show(this.state)), { once: true });
    // The reader's first filter is not the counting's first run (several ms at 2,000 events), nor
    // the first number formatted (tens of ms): both once, while the page is idle after the reader
    // opens the controls, not as the page loads. Nothing on the page changes.
    const warm = () => void this.ready.then(() => (window.requestIdleCallback ?? setTimeout)(() => this.warmUp()));
    const panel = this.querySelector('details.filters__panel');
    if (panel) panel.addEventListener('toggle', warm, { once: true });
    else warm();
  }

  private warmUp() {
    const first = this.links()[0];
    if (this.unavailable || !first) return;
    this.index.apply({ ...emptyFilter(), [first.dataset.filterKind as FacetKind]: [first.dataset.filterId!] });
    // The first number formatted loads the browser's locale data: here, not at the first filter.
    const intl = this.querySelector<HTMLElement>('[data-filter-status]')?.dataset.intl;
    if (intl) formatNumber(0, intl);
  }

  private links() {
    return this.querySelectorAll<HTMLAnchorElement>('a[data-filter-kind]');
  }

  private toggle(kind: FacetKind, id: string) {
    const next: FilterState = { ...this.state, [kind]: [...this.state[kind]] };
    next[kind] = next[kind].includes(id) ? next[kind].filter((value) => value !== id) : [...next[kind], id].sort();
    this.apply(next, true);
  }

  private apply(state: FilterState, push: boolean) {
    this.state = state;
    // The cards follow at once (each carries its own facets); the counts and the charts, which
    // need every event's facets, once a long timeline's table has arrived.
    this.cards.apply(state);
    void this.ready.then(() => this.state === state && !this.unavailable && this.show(state));
    // Writing the address takes the browser several ms: after the filtered page is painted.
    if (push) afterNextPaint(() => history.pushState(null, '', `${location.pathname}${filterToSearch(state)}${location.hash}`));
  }

  /**
   * Says what the filter leaves, beside each control and in the status line, and tells the charts.
   * (The cards, those of a long timeline's later parts too as they arrive, follow TimelineCardFilter.)
   */
  private show(state: FilterState) {
    const empty = isEmptyFilter(state);
    // Every event that passes, loaded or not: the counts and the charts speak of the whole timeline.
    const result = this.index.apply(state);
    this.updateControls(state, result);
    const detail: FilterEventDetail = empty ? { visible: null, ids: null } : { visible: new Set(result.passing), ids: result.carried };
    // The charts, the reading panel and the map follow once the cards and the controls are painted:
    // at 10,000 events on a phone (4x CPU slowdown), their work took the click past 100 ms to answer.
    afterNextPaint(() => this.state === state && document.dispatchEvent(new CustomEvent<FilterEventDetail>(FILTER_EVENT, { detail })));
  }

  /** Each control shows how many events would be shown with it added to the current choice. */
  private updateControls(state: FilterState, { counts, passing }: FilterResult) {
    for (const link of this.links()) {
      const kind = link.dataset.filterKind as FacetKind;
      const id = link.dataset.filterId!;
      const pressed = state[kind].includes(id);
      const count = String(counts[kind].get(id) ?? 0);
      setIfChanged(link, 'aria-pressed', String(pressed));
      setIfChanged(link, 'aria-disabled', String(count === '0' && !pressed));
      const counter = link.querySelector('.filters__count');
      if (counter && counter.textContent !== count) counter.textContent = count;
    }
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    const clear = this.querySelector<HTMLElement>('[data-filter-clear]');
    if (status) {
      // The edition's number format (FilterBar sets it beside the template), only when there is
      // something to say: the first number formatted costs tens of ms (see warmUp).
      const intl = status.dataset.intl!;
      const numbers = () => ({ shown: formatNumber(passing.length, intl), total: formatNumber(this.index.size, intl) });
      status.textContent = isEmptyFilter(state) ? '' : fill(status.dataset.template ?? '', numbers());
    }
    if (clear) clear.hidden = isEmptyFilter(state);
  }
}

/** Touch only what changes: every attribute written is style work for the browser. */
function setIfChanged(element: Element, name: string, value: string) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

customElements.define('timeline-filters', TimelineFilters);

/**
 * The places map follows the timeline's filter: the markers and list entries of places that none
 * of the events shown names are dimmed (and say so to screen readers), every one still a link;
 * this element, the map's status line, says how many places the events shown name.
 * Without JavaScript, or without a filter, the server-drawn map is left as it is.
 */

import { followStatus, kept } from '../lib/filter-follow.ts';
import { FILTER_EVENT, type FilterEventDetail } from '../lib/timeline-events.ts';

class PlacesMapFilter extends HTMLElement {
  /** Each marker's own accessible name, before anything was added to it. */
  private names = new Map<Element, string>();

  connectedCallback() {
    document.addEventListener(FILTER_EVENT, this.onFilter);
  }

  disconnectedCallback() {
    document.removeEventListener(FILTER_EVENT, this.onFilter);
  }

  private onFilter = (event: Event) => {
    this.follow((event as CustomEvent<FilterEventDetail>).detail);
  };

  private follow(detail: FilterEventDetail | undefined) {
    const figure = this.closest('figure') ?? document;
    const places = detail?.ids?.place ?? null;
    const { markerOut, entryOut, all = '', none = '', some = '' } = this.dataset;
    for (const marker of figure.querySelectorAll<SVGAElement>('a[data-place]')) {
      const out = !kept(marker.dataset.place, places);
      if (!this.names.has(marker)) this.names.set(marker, marker.getAttribute('aria-label') ?? '');
      marker.classList.toggle('is-out', out);
      marker.setAttribute('aria-label', out ? `${this.names.get(marker)}, ${markerOut}` : this.names.get(marker)!);
    }
    const entries = figure.querySelectorAll<HTMLElement>('li[data-place]');
    let shown = 0;
    for (const entry of entries) {
      const out = !kept(entry.dataset.place, places);
      if (!out) shown++;
      entry.classList.toggle('is-out', out);
      let note = entry.querySelector<HTMLElement>('.places-map__out');
      if (out && !note) {
        note = document.createElement('p');
        note.className = 'places-map__out';
        note.textContent = entryOut ?? '';
        entry.querySelector('.places-map__entry-meta')?.after(note);
      }
      if (note) note.hidden = !out;
    }
    const text = followStatus(shown, entries.length, { all, none, some }, places !== null);
    if (this.textContent !== text) this.textContent = text;
  }
}

if (!customElements.get('places-map-filter')) customElements.define('places-map-filter', PlacesMapFilter);

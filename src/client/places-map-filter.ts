/**
 * The places map follows the timeline's filter: the markers and list entries of places that none
 * of the events shown names are dimmed (and say so to screen readers), every one still a link;
 * this element, the map's status line, says how many places the events shown name.
 * The drawing and the list each follow once near the window (FilterFollower).
 * Without JavaScript, or without a filter, the server-drawn map is left as it is.
 */

import { followStatus, kept } from '../lib/filter-follow.ts';
import type { FilterEventDetail } from '../lib/timeline-events.ts';
import { FilterFollower } from './filter-follower.ts';

class PlacesMapFilter extends FilterFollower {
  protected parts(figure: Element) {
    return [...figure.querySelectorAll('svg.places-map__svg, .places-map__list')];
  }

  protected follow(detail: FilterEventDetail | undefined, figure: Element) {
    const places = detail?.ids?.place ?? null;
    const { markerOut, entryOut = '', all = '', none = '', some = '' } = this.dataset;
    for (const svg of figure.querySelectorAll('svg.places-map__svg')) {
      if (!this.isNear(svg)) continue;
      for (const marker of svg.querySelectorAll<SVGAElement>('a[data-place]')) {
        this.dimLink(marker, !kept(marker.dataset.place, places), (name) => `${name}, ${markerOut}`, 'place--out');
      }
    }
    const entries = figure.querySelectorAll<HTMLElement>('li[data-place]');
    let shown = 0;
    for (const entry of entries) {
      const out = !kept(entry.dataset.place, places);
      if (!out) shown++;
      if (this.isNear(entry.closest('.places-map__list'))) {
        this.dimItem(entry, out, 'places-map__entry--out', 'places-map__out', entryOut, (note) => entry.querySelector('.places-map__entry-meta')?.after(note));
      }
    }
    this.say(followStatus(shown, entries.length, { all, none, some }, places !== null));
  }
}

if (!customElements.get('places-map-filter')) customElements.define('places-map-filter', PlacesMapFilter);

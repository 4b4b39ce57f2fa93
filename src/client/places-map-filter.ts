/**
 * The places map follows the timeline's filter: the markers and list entries of places that none
 * of the events shown names are dimmed (and say so to screen readers), every one still a link;
 * this element, the map's status line, says how many places the events shown name.
 * Without JavaScript, or without a filter, the server-drawn map is left as it is.
 */

import { followStatus, kept } from '../lib/filter-follow.ts';
import type { FilterEventDetail } from '../lib/timeline-events.ts';
import { FilterFollower } from './filter-follower.ts';

class PlacesMapFilter extends FilterFollower {
  protected follow(detail: FilterEventDetail | undefined, figure: ParentNode) {
    const places = detail?.ids?.place ?? null;
    const { markerOut, entryOut = '', all = '', none = '', some = '' } = this.dataset;
    for (const marker of figure.querySelectorAll<SVGAElement>('a[data-place]')) {
      this.dimLink(marker, !kept(marker.dataset.place, places), (name) => `${name}, ${markerOut}`, 'place--out');
    }
    const entries = figure.querySelectorAll<HTMLElement>('li[data-place]');
    let shown = 0;
    for (const entry of entries) {
      const out = !kept(entry.dataset.place, places);
      if (!out) shown++;
      this.dimItem(entry, out, 'places-map__out', entryOut, (note) => entry.querySelector('.places-map__entry-meta')?.after(note));
    }
    this.say(followStatus(shown, entries.length, { all, none, some }, places !== null));
  }
}

if (!customElements.get('places-map-filter')) customElements.define('places-map-filter', PlacesMapFilter);

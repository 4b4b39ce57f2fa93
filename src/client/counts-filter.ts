/**
 * The competing-counts chart follows the timeline's filter: the points (and rows of "the gap")
 * whose events the filter hides are dimmed and say so to screen readers, still links to their
 * events; this element, the chart's status line, says how many of its figures the filter leaves.
 * Without JavaScript, or without a filter, the server-drawn chart is left as it is.
 */

import { eventSlugOf, followStatus, kept } from '../lib/filter-follow.ts';
import { FILTER_EVENT, type FilterEventDetail } from '../lib/timeline-events.ts';

class CountsFilter extends HTMLElement {
  /** Each point's own accessible name, before anything was added to it. */
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
    const visible = detail?.visible ?? null;
    const { pointOut, rowOut, all = '', none = '', some = '' } = this.dataset;
    // Each figure is drawn once per rendering (wide, narrow): count those of the first.
    const first = figure.querySelector('svg');
    let shown = 0;
    let total = 0;
    for (const series of figure.querySelectorAll('g.series')) {
      let left = 0;
      for (const point of series.querySelectorAll('a.point')) {
        const on = kept(eventSlugOf(point.getAttribute('href')), visible);
        if (on) left++;
        if (first?.contains(point)) {
          total++;
          if (on) shown++;
        }
        if (!this.names.has(point)) this.names.set(point, point.getAttribute('aria-label') ?? '');
        point.classList.toggle('is-out', !on);
        point.setAttribute('aria-label', on ? this.names.get(point)! : `${this.names.get(point)} (${pointOut})`);
      }
      series.classList.toggle('is-out', left === 0);
    }
    for (const row of figure.querySelectorAll<HTMLElement>('li.gap__row')) {
      const out = !kept(eventSlugOf(row.querySelector('.gap__who a')?.getAttribute('href')), visible);
      row.classList.toggle('is-out', out);
      let note = row.querySelector<HTMLElement>('.gap__out');
      if (out && !note) {
        note = document.createElement('p');
        note.className = 'gap__out';
        note.textContent = rowOut ?? '';
        row.append(note);
      }
      if (note) note.hidden = !out;
    }
    const text = followStatus(shown, total, { all, none, some }, visible !== null);
    if (this.textContent !== text) this.textContent = text;
  }
}

if (!customElements.get('counts-filter')) customElements.define('counts-filter', CountsFilter);

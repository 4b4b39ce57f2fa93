/**
 * The competing-counts chart follows the timeline's filter: the points (and rows of "the gap")
 * whose events the filter hides are dimmed and say so to screen readers, still links to their
 * events; this element, the chart's status line, says how many of its figures the filter leaves.
 * Each rendering and the gap's rows follow once near the window (FilterFollower).
 * Without JavaScript, or without a filter, the server-drawn chart is left as it is.
 */

import { eventSlugOf, followStatus, kept } from '../lib/filter-follow.ts';
import type { FilterEventDetail } from '../lib/timeline-events.ts';
import { FilterFollower } from './filter-follower.ts';

class CountsFilter extends FilterFollower {
  protected parts(figure: Element) {
    return [...figure.querySelectorAll('svg.counts-svg, .gaps')];
  }

  protected follow(detail: FilterEventDetail | undefined, figure: Element) {
    const visible = detail?.visible ?? null;
    const { pointOut, rowOut = '', all = '', none = '', some = '' } = this.dataset;
    // Each figure is drawn once per rendering (wide, narrow): count those of the first.
    const renderings = [...figure.querySelectorAll('svg.counts-svg')];
    const first = renderings[0];
    let shown = 0;
    let total = 0;
    for (const svg of renderings) {
      const near = this.isNear(svg);
      // A rendering away from the window (or not displayed) is only counted, if it is the first.
      if (!near && svg !== first) continue;
      for (const series of svg.querySelectorAll('g.series')) {
        let left = 0;
        for (const point of series.querySelectorAll('a.point')) {
          const on = kept(eventSlugOf(point.getAttribute('href')), visible);
          if (on) left++;
          if (svg === first) {
            total++;
            if (on) shown++;
          }
          if (near) this.dimLink(point, !on, (name) => `${name} (${pointOut})`, 'point--out');
        }
        if (near) series.classList.toggle('series--out', left === 0);
      }
    }
    for (const gaps of figure.querySelectorAll('.gaps')) {
      if (!this.isNear(gaps)) continue;
      for (const row of gaps.querySelectorAll<HTMLElement>('li.gap__row')) {
        const out = !kept(eventSlugOf(row.querySelector('.gap__who a')?.getAttribute('href')), visible);
        this.dimItem(row, out, 'gap__row--out', 'gap__out', rowOut, (note) => row.append(note));
      }
    }
    this.say(followStatus(shown, total, { all, none, some }, visible !== null));
  }
}

if (!customElements.get('counts-filter')) customElements.define('counts-filter', CountsFilter);

import type { TimelineEvent } from '../model.ts';
import { layoutDensity, type DensityLayout } from './density.ts';
import { layoutOverview, type OverviewLayout } from './layout.ts';
import { OVERVIEW_STRINGS, type OverviewStrings } from './strings.ts';

/**
 * Which drawing the overview gets. A mark per event while the marks can be told apart: no more
 * than `maxMarks` events, stacked in no more than `maxRows` rows. Past that the marks would be a
 * wall (and the page heavy), so the events are counted instead: the density view.
 */
export const VIEW_RULES = { maxMarks: 150, maxRows: 8 } as const;

/** The table of every event goes with the chart up to this many events; past it, a link to the open data. */
export const TABLE_MAX_EVENTS = 100;

export type OverviewView = { kind: 'marks'; layout: OverviewLayout } | { kind: 'density'; layout: DensityLayout };

export function chooseOverview(
  events: readonly TimelineEvent[],
  intl: string,
  strings: OverviewStrings = OVERVIEW_STRINGS,
  rules: { maxMarks: number; maxRows: number } = VIEW_RULES,
): OverviewView {
  if (events.length <= rules.maxMarks) {
    const layout = layoutOverview(events, intl, undefined, strings);
    if (layout.rows <= rules.maxRows) return { kind: 'marks', layout };
  }
  return { kind: 'density', layout: layoutDensity(events, intl, undefined, undefined, strings) };
}

/** Whether the overview carries the table of its events. */
export function showsTable(count: number): boolean {
  return count <= TABLE_MAX_EVENTS;
}

import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval as D3Interval } from 'd3-time';
import { startOf } from '../dates.ts';
import type { TimelineEvent } from '../model.ts';
import { CATEGORY_NAMES, type Category } from '../schema/categories.ts';
import { segmentIntervals, type TimeInterval } from './scale.ts';

/**
 * Counting events by day, week, month, quarter or year, for the overview's density view.
 * An event counts in the bin its start falls in (an event known only to its month or year, in
 * the first bin of that month or year: it is then "vague" for that bin). Times are UTC ms.
 */

export type BinUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Finest first: the order in which bin sizes are tried. */
export const BIN_UNITS: readonly BinUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

/** Weeks start on Monday (as in en-GB); quarters in January, April, July and October. */
export const BIN_INTERVALS: Record<BinUnit, D3Interval> = {
  day: utcDay,
  week: utcMonday,
  month: utcMonth,
  quarter: utcMonth.every(3)!,
  year: utcYear,
};

/** The coarsest date precision that still says which bin of this size an event is in. */
const NEEDS: Record<BinUnit, 'day' | 'month' | 'year'> = { day: 'day', week: 'day', month: 'month', quarter: 'month', year: 'year' };
const RANK = { day: 0, month: 1, year: 2 } as const;

export interface EventBin extends TimeInterval {
  /** Position of the bin's first event in the events' (reading) order; its events follow it. */
  first: number;
  count: number;
  /** Events per category, in the order of `CATEGORY_NAMES`. */
  byCategory: number[];
  /** How many of its events are dated more roughly than the bin (counted at the start of their month or year). */
  vague: number;
}

type Binnable = Pick<TimelineEvent, 'date' | 'category'>;

/**
 * The non-empty bins of `unit`, in time order. Events must come in reading order (by start, as
 * the timeline gives them), so that each bin's events are one run of them.
 */
export function binEvents(events: readonly Binnable[], unit: BinUnit, categories: readonly Category[] = CATEGORY_NAMES): EventBin[] {
  const interval = BIN_INTERVALS[unit];
  const bins: EventBin[] = [];
  events.forEach((event, index) => {
    const from = interval.floor(new Date(startOf(event.date))).getTime();
    let bin = bins.at(-1);
    if (bin && from < bin.from) throw new Error(`binEvents(): events must be in reading order (at position ${index})`);
    if (!bin || bin.from !== from) {
      bin = { from, to: interval.offset(new Date(from), 1).getTime(), first: index, count: 0, byCategory: categories.map(() => 0), vague: 0 };
      bins.push(bin);
    }
    bin.count++;
    const category = categories.indexOf(event.category);
    if (category >= 0) bin.byCategory[category]!++;
    if (RANK[event.date.precision] > RANK[NEEDS[unit]]) bin.vague++;
  });
  return bins;
}

/**
 * How many bins of `unit` are drawn: every bin between the first and the last, empty or not,
 * except inside the long empty stretches that are cut out as breaks.
 */
export function slotCount(bins: readonly TimeInterval[], unit: BinUnit, gapMonths?: number): number {
  const interval = BIN_INTERVALS[unit];
  return segmentIntervals(bins, gapMonths).reduce((total, segment) => total + interval.range(new Date(segment.from), new Date(segment.to)).length, 0);
}

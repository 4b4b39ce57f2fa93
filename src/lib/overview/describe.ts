import { formatPartialDate, formatSpan, type PartialDate } from '../dates.ts';
import type { TimelineEvent } from '../model.ts';
import { OVERVIEW_STRINGS, type OverviewStrings } from './strings.ts';

type Dated = Pick<TimelineEvent, 'date' | 'end'>;

export interface OverviewFacts {
  count: number;
  firstYear: number;
  lastYear: number;
  /** The run of consecutive months with the most events (by start), when it holds two or more. */
  cluster?: { from: PartialDate; to: PartialDate; count: number };
  /** The years of the events outside the cluster. */
  otherYears: number[];
  /**
   * Set when the cluster runs longer than `CLUSTER_MAX_MONTHS` (a long timeline that never
   * pauses): the busiest month, and the shortest run of months holding at least half the events.
   */
  spread?: { busiest: { month: PartialDate; count: number }; half?: { from: PartialDate; to: PartialDate } };
}

/** A run of busy months longer than this is no longer "a stretch" worth naming in the summary. */
export const CLUSTER_MAX_MONTHS = 12;
/** Past this many years, the years outside the cluster are given as a range. */
const MAX_LISTED_YEARS = 5;

const monthKey = (date: PartialDate) => date.year * 12 + (date.month! - 1);
const monthOf = (key: number): PartialDate => {
  const year = Math.floor(key / 12);
  const month = (key % 12) + 1;
  return { year, month, precision: 'month', iso: `${year}-${String(month).padStart(2, '0')}` };
};

/** What the overview's summary says: how many events, over which years, and where they bunch up. */
export function describeOverview(events: readonly Dated[]): OverviewFacts | undefined {
  if (events.length === 0) return undefined;
  const firstYear = Math.min(...events.map((event) => event.date.year));
  const lastYear = Math.max(...events.map((event) => (event.end ?? event.date).year));
  // Events known only to the year cannot be placed in a month, so they never make a cluster.
  const perMonth = new Map<number, number>();
  for (const event of events) {
    if (event.date.precision !== 'year') perMonth.set(monthKey(event.date), (perMonth.get(monthKey(event.date)) ?? 0) + 1);
  }
  const keys = [...perMonth.keys()].sort((a, b) => a - b);
  let best: { from: number; to: number; count: number } | undefined;
  let run: { from: number; to: number; count: number } | undefined;
  for (const key of keys) {
    if (run && key === run.to + 1) run = { from: run.from, to: key, count: run.count + perMonth.get(key)! };
    else run = { from: key, to: key, count: perMonth.get(key)! };
    if (!best || run.count >= best.count) best = run;
  }
  const cluster = best && best.count >= 2 ? { from: monthOf(best.from), to: monthOf(best.to), count: best.count } : undefined;
  const inCluster = (event: Dated) =>
    cluster !== undefined && event.date.precision !== 'year' && monthKey(event.date) >= best!.from && monthKey(event.date) <= best!.to;
  const otherYears = [...new Set(events.filter((event) => !inCluster(event)).map((event) => event.date.year))].sort((a, b) => a - b);
  const spread = best && best.to - best.from + 1 > CLUSTER_MAX_MONTHS ? spreadOf(perMonth, keys, events.length) : undefined;
  return { count: events.length, firstYear, lastYear, cluster, otherYears, spread };
}

/** The busiest month (the earliest of equals), and the shortest run of months with half the events or more (the earliest of equals). */
function spreadOf(perMonth: ReadonlyMap<number, number>, keys: readonly number[], total: number): NonNullable<OverviewFacts['spread']> {
  let busiest = keys[0]!;
  for (const key of keys) if (perMonth.get(key)! > perMonth.get(busiest)!) busiest = key;
  let half: { from: number; to: number } | undefined;
  let held = 0;
  let start = 0;
  for (let end = 0; end < keys.length; end++) {
    held += perMonth.get(keys[end]!)!;
    while (held - perMonth.get(keys[start]!)! >= total / 2) held -= perMonth.get(keys[start++]!)!;
    if (held >= total / 2 && (!half || keys[end]! - keys[start]! < half.to - half.from)) half = { from: keys[start]!, to: keys[end]! };
  }
  return {
    busiest: { month: monthOf(busiest), count: perMonth.get(busiest)! },
    half: half && { from: monthOf(half.from), to: monthOf(half.to) },
  };
}

/** The summary paragraph under the overview's caption. */
export function overviewSummary(events: readonly Dated[], intl: string, strings: OverviewStrings = OVERVIEW_STRINGS): string {
  const facts = describeOverview(events);
  if (!facts) return '';
  const { cluster, spread } = facts;
  const years = facts.otherYears;
  const when = (from: PartialDate, to: PartialDate) => (from.iso === to.iso ? formatPartialDate(from, intl) : formatSpan(from, to, intl));
  return strings.summary({
    count: facts.count,
    firstYear: facts.firstYear,
    lastYear: facts.lastYear,
    cluster: cluster && {
      when: when(cluster.from, cluster.to),
      count: cluster.count,
    },
    others:
      years.length > MAX_LISTED_YEARS
        ? strings.otherYears(years.length, years[0]!, years.at(-1)!)
        : new Intl.ListFormat(intl, { type: 'conjunction' }).format(years.map(String)),
    busiest: spread && { when: formatPartialDate(spread.busiest.month, intl), count: spread.busiest.count },
    half: spread?.half && when(spread.half.from, spread.half.to),
  });
}

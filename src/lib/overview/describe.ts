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
}

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
  return { count: events.length, firstYear, lastYear, cluster, otherYears };
}

/** The summary paragraph under the overview's caption. */
export function overviewSummary(events: readonly Dated[], intl: string, strings: OverviewStrings = OVERVIEW_STRINGS): string {
  const facts = describeOverview(events);
  if (!facts) return '';
  const { cluster } = facts;
  return strings.summary({
    count: facts.count,
    firstYear: facts.firstYear,
    lastYear: facts.lastYear,
    cluster: cluster && {
      when: cluster.from.iso === cluster.to.iso ? formatPartialDate(cluster.from, intl) : formatSpan(cluster.from, cluster.to, intl),
      count: cluster.count,
    },
    others: new Intl.ListFormat(intl, { type: 'conjunction' }).format(facts.otherYears.map(String)),
  });
}

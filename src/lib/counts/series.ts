import { compareDates, endOf, startOf, type PartialDate } from '../dates.ts';
import type { Actor, Claim, Metric, TimelineEvent } from '../model.ts';
import { claimantSide, type Side } from './sides.ts';

/** One line on the counts chart: one claimant counting one metric over time. */
export interface CountSeries {
  /** "jorge-arreaza/full-freedoms-granted". */
  key: string;
  metric: Metric;
  claimant: Actor;
  side: Side;
  /** In as-of order. */
  claims: Claim[];
}

export interface SeriesFilter {
  /** Only metrics of this topic (metrics.yaml `topic`). */
  topic?: string;
  /** Only these metric ids. */
  metrics?: readonly string[];
}

/** Every claim in the events, kept with its event. */
export function allClaims(events: readonly TimelineEvent[]): Claim[] {
  return events.flatMap((event) => event.figures);
}

/**
 * Groups claims into series by claimant and metric: two claimants' counts are never merged, nor
 * two metrics of one claimant, because they count different things.
 */
export function buildSeries(claims: readonly Claim[], actors: ReadonlyMap<string, Actor>, filter: SeriesFilter = {}): CountSeries[] {
  const byKey = new Map<string, CountSeries>();
  for (const claim of claims) {
    if (filter.topic && claim.metric.topic !== filter.topic) continue;
    if (filter.metrics && !filter.metrics.includes(claim.metric.id)) continue;
    const key = `${claim.claimant.id}/${claim.metric.id}`;
    let series = byKey.get(key);
    if (!series) {
      series = { key, metric: claim.metric, claimant: claim.claimant, side: claimantSide(claim.claimant, actors), claims: [] };
      byKey.set(key, series);
    }
    series.claims.push(claim);
  }
  const list = [...byKey.values()];
  for (const series of list) series.claims.sort((a, b) => compareDates(a.asOf, b.asOf) || a.value - b.value);
  // Largest latest value first: the order of the legend and of the colours within a side.
  return list.sort((a, b) => b.claims.at(-1)!.value - a.claims.at(-1)!.value || a.key.localeCompare(b.key));
}

/** The topic of the home page's chart (and its embed): every count of releases, whoever claims it. */
export const HOME_TOPIC = 'releases';

/** The series of a whole timeline, for a selection of metrics. */
export function timelineSeries(timeline: { events: readonly TimelineEvent[]; actors: ReadonlyMap<string, Actor> }, filter: SeriesFilter = {}): CountSeries[] {
  return buildSeries(allClaims(timeline.events), timeline.actors, filter);
}

/** The latest claim of each series as of a date (that date included), for "the gap" on that date. */
export function latestAsOf(series: readonly CountSeries[], date: PartialDate): { series: CountSeries; claim: Claim }[] {
  const until = endOf(date);
  return series
    .map((one) => ({ series: one, claim: one.claims.filter((claim) => startOf(claim.asOf) < until).at(-1) }))
    .filter((row): row is { series: CountSeries; claim: Claim } => row.claim !== undefined);
}

/**
 * The series with at most `max` claims each, spread evenly over their dates' order, the first and
 * the last always kept: a small drawing's worth (the side panel's, beside the full chart), so that
 * its weight on the page does not grow with the number of figures.
 */
export function sampleSeries(series: readonly CountSeries[], max: number): CountSeries[] {
  return series.map((one) => {
    if (one.claims.length <= max) return one;
    const last = one.claims.length - 1;
    const kept = new Set(Array.from({ length: max }, (_, step) => Math.round((step * last) / (max - 1))));
    return { ...one, claims: one.claims.filter((_, index) => kept.has(index)) };
  });
}

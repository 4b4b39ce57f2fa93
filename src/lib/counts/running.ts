import { compareDates, endOf, startOf } from '../dates.ts';
import type { Claim, TimelineEvent } from '../model.ts';
import type { CountSeries } from './series.ts';
import type { Side } from './sides.ts';

/** The latest figure of one side as of a point in the story. */
export interface RunningFigure {
  claim: Claim;
  side: Side;
}

/**
 * For each event in reading order, the latest government figure and the latest NGO figure that
 * had been claimed by the end of that event's date: what a reader has "seen so far".
 * The latest as-of date wins; on the same date, the larger figure (the headline, not a breakdown).
 */
export function runningCounts(
  events: readonly TimelineEvent[],
  series: readonly CountSeries[],
  sides: readonly Side[] = ['government', 'ngo'],
): { slug: string; figures: Partial<Record<Side, Claim>> }[] {
  const claimsBySide = new Map<Side, Claim[]>();
  for (const one of series) {
    if (!sides.includes(one.side)) continue;
    claimsBySide.set(one.side, [...(claimsBySide.get(one.side) ?? []), ...one.claims]);
  }
  for (const claims of claimsBySide.values()) {
    claims.sort((a, b) => compareDates(a.asOf, b.asOf) || a.value - b.value);
  }
  return events.map((event) => {
    const until = endOf(event.end ?? event.date);
    const figures: Partial<Record<Side, Claim>> = {};
    for (const [side, claims] of claimsBySide) {
      // Sorted by date then value, so the last one known is the latest date's headline figure.
      const latest = claims.filter((claim) => startOf(claim.asOf) < until).at(-1);
      if (latest) figures[side] = latest;
    }
    return { slug: event.slug, figures };
  });
}

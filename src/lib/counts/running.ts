import { compareDates, endOf, startOf } from '../dates.ts';
import type { Claim, TimelineEvent } from '../model.ts';
import type { CountSeries } from './series.ts';
import type { Side } from './sides.ts';

/** The latest figure of one side as of a point in the story. */
export interface RunningFigure {
  claim: Claim;
  side: Side;
}

/** The two sides whose counts the story sets against each other. */
export const RUNNING_SIDES: readonly Side[] = ['government', 'ngo'];

/**
 * Each side's claims in the order a reader meets them: by as-of date, and on the same date the
 * larger figure last, so that the last one known is the latest date's headline figure (not a breakdown).
 */
function claimsBySide(series: readonly CountSeries[], sides: readonly Side[]): Map<Side, Claim[]> {
  const bySide = new Map<Side, Claim[]>();
  for (const one of series) {
    if (!sides.includes(one.side)) continue;
    bySide.set(one.side, [...(bySide.get(one.side) ?? []), ...one.claims]);
  }
  for (const claims of bySide.values()) claims.sort((a, b) => compareDates(a.asOf, b.asOf) || a.value - b.value);
  return bySide;
}

/**
 * For each event in reading order, the latest government figure and the latest NGO figure that
 * had been claimed by the end of that event's date: what a reader has "seen so far".
 * The latest as-of date wins; on the same date, the larger figure (the headline, not a breakdown).
 */
export function runningCounts(
  events: readonly TimelineEvent[],
  series: readonly CountSeries[],
  sides: readonly Side[] = RUNNING_SIDES,
): { slug: string; figures: Partial<Record<Side, Claim>> }[] {
  const bySide = claimsBySide(series, sides);
  return events.map((event) => {
    const until = endOf(event.end ?? event.date);
    const figures: Partial<Record<Side, Claim>> = {};
    for (const [side, claims] of bySide) {
      const latest = claims.filter((claim) => startOf(claim.asOf) < until).at(-1);
      if (latest) figures[side] = latest;
    }
    return { slug: event.slug, figures };
  });
}

/**
 * Each side's latest figure of all: the story in two numbers, as the home page opens with it.
 * Same rule as the running counts (latest as-of date, then the larger figure), whatever the events' dates.
 */
export function latestFigures(series: readonly CountSeries[], sides: readonly Side[] = RUNNING_SIDES): RunningFigure[] {
  const bySide = claimsBySide(series, sides);
  return sides.flatMap((side) => {
    const claim = bySide.get(side)?.at(-1);
    return claim ? [{ side, claim }] : [];
  });
}

/**
 * The series the running counts ever draw on, in their chart order: what the side panel's counts
 * chart shows beside the running counts (a side's breakdowns, never the headline, are left to the full chart).
 */
export function runningSeries(events: readonly TimelineEvent[], series: readonly CountSeries[], sides: readonly Side[] = RUNNING_SIDES): CountSeries[] {
  const used = new Set<Claim>(runningCounts(events, series, sides).flatMap((step) => Object.values(step.figures)));
  for (const { claim } of latestFigures(series, sides)) used.add(claim);
  return series.filter((one) => one.claims.some((claim) => used.has(claim)));
}

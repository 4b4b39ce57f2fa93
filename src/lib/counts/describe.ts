import { compareDates, formatPartialDate, formatSpan, type PartialDate } from '../dates.ts';
import type { ValueWords } from '../figures.ts';
import type { Claim } from '../model.ts';
import type { CountSeries } from './series.ts';

/** Words a chart needs for its edition: the locale for numbers and dates, and the qualifier words. */
export type ChartWords = ValueWords;

/** The period the claims cover: "24 February 2026", "20–24 February 2026". */
export function claimsPeriod(claims: readonly Claim[], intl: string): string {
  const dates = [...claims].map((claim) => claim.asOf).sort(compareDates);
  const first = dates[0]!;
  const last = dates.at(-1)!;
  return first.iso === last.iso ? formatPartialDate(first, intl) : formatSpan(first, last, intl);
}

/** Every as-of date the series have a figure for, oldest first, each once: the dates "the gap" can be shown on. */
export function asOfDates(series: readonly CountSeries[]): PartialDate[] {
  const byIso = new Map(series.flatMap((one) => one.claims.map((claim) => [claim.asOf.iso, claim.asOf] as const)));
  return [...byIso.values()].sort(compareDates);
}

/** The latest as-of date among the series: the default date for "the gap". */
export function latestDate(series: readonly CountSeries[]): PartialDate | undefined {
  return asOfDates(series).at(-1);
}

/** The series whose latest value is highest and lowest, for the chart's text summary. */
export function extremes(series: readonly CountSeries[]): { highest: CountSeries; lowest: CountSeries } | undefined {
  if (series.length === 0) return undefined;
  const byLatest = [...series].sort((a, b) => b.claims.at(-1)!.value - a.claims.at(-1)!.value);
  return { highest: byLatest[0]!, lowest: byLatest.at(-1)! };
}

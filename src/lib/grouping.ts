import { monthsBetween, type PartialDate } from './dates.ts';
import type { TimelineEvent } from './model.ts';

/** A month of the timeline, or the year as a whole for events known only to the year. */
export interface MonthGroup {
  /** "2026-01", or "2024" for year-precision events. */
  key: string;
  /** 1–12, or undefined for the year-as-a-whole group. */
  month?: number;
  events: TimelineEvent[];
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
  /** Set when a long stretch with no events comes before this year. */
  gapBefore?: Gap;
}

/** A stretch with no events, shown as a break rather than as empty space. */
export interface Gap {
  /** The last period with events before the gap, and the first after it. */
  from: PartialDate;
  to: PartialDate;
  /** Whole years between them, for "4 years later" (0 when under a year). */
  years: number;
  months: number;
}

/** Periods this far apart or more are separated by a visible gap. */
export const GAP_MONTHS = 6;

function lastCovered(event: TimelineEvent): PartialDate {
  return event.end ?? event.date;
}

/** The first month after a date's whole period: 2020 → January 2021, 2025-05 → June 2025. */
function monthAfter(date: PartialDate): PartialDate {
  if (date.precision === 'year') return { year: date.year + 1, month: 1, precision: 'month', iso: `${date.year + 1}-01` };
  const month = date.month!;
  if (date.precision === 'month') {
    const next = month === 12 ? { year: date.year + 1, month: 1 } : { year: date.year, month: month + 1 };
    return { ...next, precision: 'month', iso: `${next.year}-${String(next.month).padStart(2, '0')}` };
  }
  return { year: date.year, month, precision: 'month', iso: date.iso.slice(0, 7) };
}

/**
 * Groups events (already in reading order) by year, then by month. Events known only to the year
 * form their own group at the top of their year, so "2024" is never pretended to be "January 2024".
 */
export function groupByYearAndMonth(events: readonly TimelineEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  let previous: TimelineEvent | undefined;
  // The end of everything read so far: an event known only to "2025" covers the whole year.
  let coveredUntil: PartialDate | undefined;
  for (const event of events) {
    let year = years.at(-1);
    if (!year || year.year !== event.date.year) {
      year = { year: event.date.year, months: [] };
      if (previous && coveredUntil) {
        // The empty stretch runs from the end of the last period with events to the next event.
        const months = monthsBetween(coveredUntil, event.date);
        if (months >= GAP_MONTHS) year.gapBefore = { from: lastCovered(previous), to: event.date, years: Math.floor(months / 12), months };
      }
      years.push(year);
    }
    const key = event.date.precision === 'year' ? String(event.date.year) : event.date.iso.slice(0, 7);
    let month = year.months.at(-1);
    if (!month || month.key !== key) {
      month = { key, month: event.date.month, events: [] };
      year.months.push(month);
    }
    month.events.push(event);
    previous = event;
    const after = monthAfter(lastCovered(event));
    if (!coveredUntil || monthsBetween(coveredUntil, after) > 0) coveredUntil = after;
  }
  return years;
}

/** How many cards a long timeline's month holds in a run: the browser lays out and paints a run at a time, near the window. */
export const CARDS_PER_RUN = 16;

/** The height a long timeline's card is taken to have until it is laid out, rem (a run's, in TimelineList's styles, is CARDS_PER_RUN of them). */
export const CARD_ESTIMATE_REM = 12.5;

/** A long timeline's run of cards until it is laid out: the cards it shows, as a CSS length. */
export function runEstimate(cardsShown: number): string {
  return `${cardsShown * CARD_ESTIMATE_REM}rem`;
}

/** A long timeline's month until it is laid out: its heading and the cards it shows, as a CSS length. */
export function monthEstimate(cardsShown: number): string {
  return `${2 + cardsShown * CARD_ESTIMATE_REM}rem`;
}

/** `items` in runs of `size` (the last one shorter): a long timeline's month lays out its cards a run at a time. */
export function inRunsOf<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += size) runs.push(items.slice(start, start + size));
  return runs;
}

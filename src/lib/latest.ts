import { caracasDay } from './caracas-time.ts';
import { compareDates, type PartialDate } from './dates.ts';
import { lastCorrected } from './entry-times.ts';
import type { TimelineEvent } from './model.ts';

/**
 * The entries in the order they went up on the site, newest first: the order of the latest page
 * and of what is new since a reader's last visit, beside the timeline's order of events.
 */

type Added = Pick<TimelineEvent, 'added' | 'date' | 'slug'>;

/**
 * Newest `added` first. Entries put up at the same instant (a batch, or the entries that were on
 * the site before it recorded the time) come with the latest event first, then by slug, so the
 * order never depends on the order the files were read in.
 */
export function compareByAdded(a: Added, b: Added): number {
  return b.added - a.added || compareDates(b.date, a.date) || a.slug.localeCompare(b.slug);
}

export function latestFirst<T extends Added>(events: readonly T[]): T[] {
  return [...events].sort(compareByAdded);
}

export interface AddedDay<T> {
  /** The day in Caracas. */
  day: PartialDate;
  events: T[];
}

/** Entries already in latestFirst() order, grouped by the day in Caracas each went up on. */
export function groupByAddedDay<T extends Added>(events: readonly T[]): AddedDay<T>[] {
  const days: AddedDay<T>[] = [];
  for (const event of events) {
    const day = caracasDay(event.added);
    const last = days.at(-1);
    if (last && last.day.iso === day.iso) last.events.push(event);
    else days.push({ day, events: [event] });
  }
  return days;
}

/** When an entry went up and when it was last corrected, in whole seconds since 1970 (0: never corrected). */
export type Activity = readonly [added: number, corrected: number];

/**
 * The `limit` entries that changed last (went up, or were corrected), newest first, as the times
 * a returning reader's page counts what is new from. An entry left out changed no later than the
 * last one listed, so the count is exact unless every listed entry is new.
 */
export function recentActivity(events: readonly Pick<TimelineEvent, 'added' | 'corrections'>[], limit: number): Activity[] {
  const seconds = (ms: number) => Math.floor(ms / 1000);
  return events
    .map((event): Activity => [seconds(event.added), seconds(lastCorrected(event) ?? 0)])
    .sort((a, b) => Math.max(b[0], b[1]) - Math.max(a[0], a[1]) || b[0] - a[0])
    .slice(0, limit);
}

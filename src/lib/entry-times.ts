import { startOfCaracasDay } from './caracas-time.ts';
import type { TimelineCorrection, TimelineEvent } from './model.ts';

/**
 * The times at which an entry changed on the site, as instants: when it went up (`added`), and
 * when each correction was made. A correction dated by its day alone is taken to be made at the
 * start of that day in Caracas: a reader is then told of it as "corrected since your last visit"
 * only if that visit was on an earlier day, never after a visit that may already have shown it.
 */

/** When a correction was made: its time if the editor gave one, else the start of its day in Caracas. */
export function correctionInstant(correction: Pick<TimelineCorrection, 'date' | 'time'>): number {
  return correction.time ?? startOfCaracasDay(correction.date);
}

/** When the entry was last corrected, or undefined if it never was. */
export function lastCorrected(event: Pick<TimelineEvent, 'corrections'>): number | undefined {
  if (event.corrections.length === 0) return undefined;
  return Math.max(...event.corrections.map(correctionInstant));
}

/** The latest correction, by its instant (the list is oldest first, but need not be). */
export function latestCorrection<C extends Pick<TimelineCorrection, 'date' | 'time'>>(corrections: readonly C[]): C | undefined {
  return corrections.reduce<C | undefined>((latest, correction) => (!latest || correctionInstant(correction) >= correctionInstant(latest) ? correction : latest), undefined);
}

/**
 * The last time the entry changed after it went up: its latest correction or its `updated` day
 * (from the start of that day in Caracas), when later than `added`; undefined otherwise.
 */
export function lastChanged(event: Pick<TimelineEvent, 'added' | 'updated' | 'corrections'>): number | undefined {
  const changes = [...event.corrections.map(correctionInstant), ...(event.updated ? [startOfCaracasDay(event.updated)] : [])];
  const latest = Math.max(...changes);
  return changes.length && latest > event.added ? latest : undefined;
}

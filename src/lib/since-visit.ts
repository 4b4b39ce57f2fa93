import { fill } from './i18n/fill.ts';
import type { Activity } from './latest.ts';

/**
 * What is new since the reader's last visit, worked out in the reader's browser alone: the time
 * of the last visit is kept in localStorage, nothing is sent anywhere, and there is no cookie.
 *
 * A visit is a browser tab's session: its first page records now as the last visit, and keeps the
 * visit before in sessionStorage, so every page of the session marks against that one (the marks
 * do not vanish on the way back from an event page), while the next session marks only what went
 * up after this one. Only the pages that list every entry (the timeline and the latest page) take
 * part: an event page opened from a feed does not count as having seen the rest.
 */

/** The time of the reader's last visit, as an ISO string. */
export const LAST_VISIT_KEY = 'timeline:last-visit';
/** The last visit before this session, which this session's pages mark against ("" on a first visit). */
export const SESSION_BASELINE_KEY = 'timeline:visit-baseline';

/** Web Storage, as far as this needs it (a Map-backed stand-in in the tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A stored time, or undefined when it is missing or not a time (a value from elsewhere, edited by hand). */
export function readStoredTime(value: string | null): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Starts a page view: returns the last visit to mark entries against (undefined on a first
 * visit, which marks nothing), and records now as the last visit.
 */
export function beginPageView(local: KeyValueStore, session: KeyValueStore, now: number): number | undefined {
  const kept = session.getItem(SESSION_BASELINE_KEY);
  const baseline = kept !== null ? readStoredTime(kept) : readStoredTime(local.getItem(LAST_VISIT_KEY));
  if (kept === null) session.setItem(SESSION_BASELINE_KEY, baseline === undefined ? '' : new Date(baseline).toISOString());
  local.setItem(LAST_VISIT_KEY, new Date(now).toISOString());
  return baseline;
}

/** "Mark all as read": this session marks nothing more, and neither does the next. */
export function markAllRead(local: KeyValueStore, session: KeyValueStore, now: number): void {
  const iso = new Date(now).toISOString();
  session.setItem(SESSION_BASELINE_KEY, iso);
  local.setItem(LAST_VISIT_KEY, iso);
}

export type Mark = 'new' | 'corrected';

/** An entry added since the last visit is new; one added before it and corrected since is corrected. */
export function markFor(added: number, corrected: number | undefined, since: number): Mark | undefined {
  if (added > since) return 'new';
  if (corrected !== undefined && corrected > since) return 'corrected';
  return undefined;
}

export interface SinceCounts {
  added: number;
  corrected: number;
  /** Every entry the page lists the times of is new or corrected: there may be more. */
  atLeast: boolean;
}

/** How many entries went up, and how many were corrected, since `since` (ms), from recentActivity()'s list. */
export function countSince(activity: readonly Activity[], total: number, since: number): SinceCounts {
  const counts = { added: 0, corrected: 0 };
  for (const [added, corrected] of activity) {
    const mark = markFor(added * 1000, corrected ? corrected * 1000 : undefined, since);
    if (mark) counts[mark === 'new' ? 'added' : 'corrected']++;
  }
  const changed = counts.added + counts.corrected;
  return { ...counts, atLeast: changed > 0 && changed === activity.length && total > activity.length };
}

/** The notice's words, per edition; `{count}`, `{what}` and `{date}` are filled in. */
export interface SinceWords {
  newOne: string;
  newMany: string;
  correctedOne: string;
  correctedMany: string;
  /** Joins the two: " and ". */
  and: string;
  /** "{what} since your last visit on {date}." */
  sentence: string;
}

/** "3 new entries and 1 entry corrected since your last visit on 22 February." Empty when nothing is new. */
export function describeSince(counts: SinceCounts, date: string, words: SinceWords, formatCount: (count: number) => string): string {
  const phrase = (count: number, one: string, many: string) => fill(count === 1 && !counts.atLeast ? one : many, { count: `${formatCount(count)}${counts.atLeast ? '+' : ''}` });
  const parts = [
    ...(counts.added ? [phrase(counts.added, words.newOne, words.newMany)] : []),
    ...(counts.corrected ? [phrase(counts.corrected, words.correctedOne, words.correctedMany)] : []),
  ];
  return parts.length ? fill(words.sentence, { what: parts.join(words.and), date }) : '';
}

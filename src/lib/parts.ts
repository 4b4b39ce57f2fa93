/**
 * A long timeline is sent in parts, so that the home page stays light at any size: the home page
 * carries the first part, and /timeline/2/, /timeline/3/… each carry the next, in reading order.
 * Without JavaScript they are pages linked one to the next; with it, the next part is fetched and
 * added below as the reader nears the end of what is loaded.
 */
import { formatNumber } from './figures.ts';
import { inRunsOf } from './grouping.ts';

export const PART_SIZE = 100;

/**
 * Whether a timeline of `count` events is sent in parts: its page carries the first part, and what
 * the page's scripts need of every event (facets, running counts, the overview's bins) is a file
 * they fetch, so that the page does not grow with the timeline.
 */
export const sentInParts = (count: number) => count > PART_SIZE;

export interface TimelinePart<T> {
  /** 1 for the home page. */
  number: number;
  /** Position of the first event in the whole timeline, from 0. */
  offset: number;
  events: T[];
}

/** The timeline cut into parts of `size` events, in order; an empty timeline is one empty part. */
export function splitIntoParts<T>(events: readonly T[], size = PART_SIZE): TimelinePart<T>[] {
  const runs = events.length ? inRunsOf(events, size) : [[]];
  return runs.map((run, index) => ({ number: index + 1, offset: index * size, events: run }));
}

/** The number of the part each event falls in, by slug. */
export function partNumbers(events: readonly { slug: string }[], size = PART_SIZE): Map<string, number> {
  return new Map(events.map((event, index) => [event.slug, Math.floor(index / size) + 1]));
}

/** "events 101–200 of 2,000": where part `number` falls among `total` events, in the edition's words. */
export function partRangeText(number: number, total: number, words: { intl: string; partRange: (first: string, last: string, total: string) => string }, size = PART_SIZE): string {
  const format = (value: number) => formatNumber(value, words.intl);
  return words.partRange(format((number - 1) * size + 1), format(Math.min(total, number * size)), format(total));
}

/** The part of a timeline that the event at `position` (from 0, in reading order) falls in. */
export const partAt = (position: number, size = PART_SIZE) => Math.floor(position / size) + 1;

/** Where the loaded parts of a timeline end, or where a gap in them begins, as the window sees it. */
export interface PartEdge {
  /** The edge's distance from the top of the window, px. */
  top: number;
}

/**
 * The part to load next, if any, for a timeline whose `loaded` parts may have gaps (a part loaded
 * alone, for an event in it): the one after the end of what is loaded (`end`, when the reader is
 * not past it), or one either side of a gap (its edge is the first card of part `before`), the
 * edge nearest the window first, if it is in the window or within `reach` of it. A gap above the
 * middle of the window is filled from its lower side, the part just before `before`, so that
 * what the reader sees is what comes just before it; one below, from its upper side.
 */
export function partToFill(
  loaded: readonly number[],
  end: (PartEdge & { after: number }) | undefined,
  gaps: readonly (PartEdge & { before: number })[],
  view: { height: number; reach: number },
): number | undefined {
  const near = (top: number) => top > -view.reach && top < view.height + view.reach;
  const distance = (top: number) => (top < 0 ? -top : top > view.height ? top - view.height : 0);
  const candidates: { top: number; part: number }[] = [];
  if (end && near(end.top)) candidates.push({ top: end.top, part: end.after + 1 });
  for (const gap of gaps) {
    if (!near(gap.top)) continue;
    const above = Math.max(...loaded.filter((part) => part < gap.before));
    candidates.push({ top: gap.top, part: gap.top >= view.height / 2 ? above + 1 : gap.before - 1 });
  }
  return candidates.sort((a, b) => distance(a.top) - distance(b.top))[0]?.part;
}

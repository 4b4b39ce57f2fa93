/**
 * A long timeline is sent in parts, so that the home page stays light at any size: the home page
 * carries the first part, and /timeline/2/, /timeline/3/… each carry the next, in reading order.
 * Without JavaScript they are pages linked one to the next; with it, the next part is fetched and
 * added below as the reader nears the end of what is loaded.
 */
import { formatNumber } from './figures.ts';

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
  const parts: TimelinePart<T>[] = [];
  for (let offset = 0; offset < events.length || parts.length === 0; offset += size) {
    parts.push({ number: parts.length + 1, offset, events: events.slice(offset, offset + size) });
  }
  return parts;
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

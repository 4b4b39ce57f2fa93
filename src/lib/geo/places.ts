import type { Place, TimelineEvent } from '../model.ts';
import type { LonLat } from './extent.ts';

/** A place that at least one event names, with those events in reading order. */
export interface PlaceEvents {
  place: Place;
  events: TimelineEvent[];
}

/**
 * Every place that the events name, each with its events (in the order given, which is reading
 * order). Places no event names are left out. Ordered by number of events, most first; ties keep the
 * order of `places` (the content file's order), then go by name.
 */
export function placesWithEvents(events: readonly TimelineEvent[], places: readonly Place[] = []): PlaceEvents[] {
  const byId = new Map<string, PlaceEvents>();
  for (const event of events) {
    for (const place of event.places) {
      const entry = byId.get(place.id) ?? { place, events: [] };
      // An event that names a place twice still counts once.
      if (entry.events.at(-1) !== event) entry.events.push(event);
      byId.set(place.id, entry);
    }
  }
  const order = new Map(places.map((place, index) => [place.id, index]));
  const rank = (entry: PlaceEvents) => order.get(entry.place.id) ?? Number.MAX_SAFE_INTEGER;
  return [...byId.values()].sort(
    (a, b) => b.events.length - a.events.length || rank(a) - rank(b) || a.place.name.localeCompare(b.place.name, 'en'),
  );
}

/**
 * The country the story is about: the one whose places the events name most often, counting each
 * event once per place. Ties go to the country named first. Undefined when no place is named.
 */
export function focusCountry(entries: readonly PlaceEvents[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { place, events } of entries) counts.set(place.country, (counts.get(place.country) ?? 0) + events.length);
  let best: string | undefined;
  for (const [country, count] of counts) if (best === undefined || count > counts.get(best)!) best = country;
  return best;
}

/** A place's position for d3-geo. */
export function placePosition(entry: PlaceEvents): LonLat {
  return [entry.place.lon, entry.place.lat];
}

/** How long the list below the map may grow before each place's events are cut down. */
export interface ListLimits {
  /** Every place lists all its events while the lists hold this many entries in all. */
  wholeUpTo: number;
  /** Beyond that, a place lists only its latest events, this many, and links to its own page. */
  latest: number;
}

/** The real story (19 events, 19 entries) is listed whole; 2,000 events list at most 5 a place. */
export const PLACE_LIST: ListLimits = { wholeUpTo: 40, latest: 5 };

/** A place's entry in the list below the map: the events it lists, and how many it has. */
export interface PlaceListing extends PlaceEvents {
  /** How many events name the place; more than `events.length` when the list is cut down. */
  total: number;
  /** The list shows only the latest events: link to the place's page for the rest. */
  capped: boolean;
}

/**
 * The places' lists of events, kept light however long the timeline: when all the lists together
 * hold no more than `wholeUpTo` entries each place lists every event; otherwise each place lists
 * its `latest` events (still in reading order) and says how many it has in all.
 */
export function placeListings(entries: readonly PlaceEvents[], limits: ListLimits = PLACE_LIST): PlaceListing[] {
  const entriesInAll = entries.reduce((sum, entry) => sum + entry.events.length, 0);
  const whole = entriesInAll <= limits.wholeUpTo;
  return entries.map(({ place, events }) => {
    const capped = !whole && events.length > limits.latest;
    return { place, events: capped ? events.slice(-limits.latest) : [...events], total: events.length, capped };
  });
}

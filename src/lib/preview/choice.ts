import { latestFirst } from '../latest.ts';
import type { TimelineEvent } from '../model.ts';

/**
 * How many of the latest entries (by when they went up) get a link-preview card of their own:
 * those are the ones being shared, and the feeds carry as many. The rest share the card of
 * their places (or the site's): a timeline of 10,000 entries draws a few hundred cards, not
 * 20,000, and an event's title and summary reach every link preview anyway (og:title).
 */
export const OWN_CARDS = 100;

/** Which card an event's link preview shows. */
export type CardChoice = { kind: 'own' } | { kind: 'places'; key: string } | { kind: 'site' };

/** The address part of a card shared by the events that name the same places: their ids, sorted ("caracas--venezuela"). */
export function placesKey(places: readonly { id: string }[]): string {
  // Ids are lowercase words joined by single hyphens, so a double one can only be the separator.
  return [...new Set(places.map((place) => place.id))].sort().join('--');
}

/**
 * Each event's card, by slug: its own when it is among the `own` latest or has a photo (a photo
 * belongs to its entry); else its places' card; else the site's.
 */
export function chooseCards(events: readonly TimelineEvent[], own = OWN_CARDS): Map<string, CardChoice> {
  const latest = new Set(latestFirst(events).slice(0, own).map((event) => event.slug));
  return new Map(
    events.map((event): [string, CardChoice] => [
      event.slug,
      latest.has(event.slug) || event.image ? { kind: 'own' } : event.places.length ? { kind: 'places', key: placesKey(event.places) } : { kind: 'site' },
    ]),
  );
}

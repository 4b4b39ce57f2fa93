import type { TimelineEvent } from './model.ts';
import { CATEGORY_NAMES, type Category } from './schema/categories.ts';

/** The three ways a reader can narrow the timeline. */
export type FacetKind = 'category' | 'actor' | 'place';

export const FACET_KINDS: readonly FacetKind[] = ['category', 'actor', 'place'];

/** The folder of each facet's static pages: /categories/release/, /actors/foro-penal/, /places/barinas/. */
export const FACET_SEGMENT: Record<FacetKind, string> = { category: 'categories', actor: 'actors', place: 'places' };

export interface FacetValue {
  kind: FacetKind;
  id: string;
  /** Events carrying this value, in reading order. */
  events: TimelineEvent[];
}

/** The ids an event carries for a facet. */
export function facetIds(event: TimelineEvent, kind: FacetKind): string[] {
  if (kind === 'category') return [event.category];
  if (kind === 'actor') return event.actors.map((actor) => actor.id);
  return event.places.map((place) => place.id);
}

/**
 * Every value of a facet that at least one event carries, with its events. Categories keep the
 * documented order; actors and places are ordered by how many events they have, then by id.
 */
export function facetValues(events: readonly TimelineEvent[], kind: FacetKind): FacetValue[] {
  const byId = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    for (const id of facetIds(event, kind)) {
      const list = byId.get(id) ?? [];
      list.push(event);
      byId.set(id, list);
    }
  }
  const values = [...byId].map(([id, list]) => ({ kind, id, events: list }));
  if (kind === 'category') {
    return values.sort((a, b) => CATEGORY_NAMES.indexOf(a.id as Category) - CATEGORY_NAMES.indexOf(b.id as Category));
  }
  return values.sort((a, b) => b.events.length - a.events.length || a.id.localeCompare(b.id));
}

/** A filter as it lives in the URL: ?category=release&actor=foro-penal (several values of one kind allowed). */
export type FilterState = Record<FacetKind, string[]>;

export function emptyFilter(): FilterState {
  return { category: [], actor: [], place: [] };
}

export function parseFilter(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state = emptyFilter();
  for (const kind of FACET_KINDS) {
    state[kind] = [...new Set(params.getAll(kind).flatMap((value) => value.split(',')).filter(Boolean))].sort();
  }
  return state;
}

export function filterToSearch(state: FilterState): string {
  const params = new URLSearchParams();
  for (const kind of FACET_KINDS) for (const id of [...state[kind]].sort()) params.append(kind, id);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Whether an event passes the filter: within one kind any chosen value matches (release OR
 * detention); across kinds all must match (a release AND involving Foro Penal).
 */
export function matchesFilter(ids: Record<FacetKind, readonly string[]>, state: FilterState): boolean {
  return FACET_KINDS.every((kind) => state[kind].length === 0 || state[kind].some((id) => ids[kind].includes(id)));
}

export function isEmptyFilter(state: FilterState): boolean {
  return FACET_KINDS.every((kind) => state[kind].length === 0);
}

/** The attribute of an event card that lists its ids of each kind (space-separated), which the filter reads on the page. */
export const FACET_ATTRIBUTE: Record<FacetKind, string> = { category: 'data-category', actor: 'data-actors', place: 'data-places' };

/** An event card's facet attributes, as the timeline renders them. */
export function facetAttributes(event: TimelineEvent): Record<string, string> {
  return Object.fromEntries(FACET_KINDS.map((kind) => [FACET_ATTRIBUTE[kind], facetIds(event, kind).join(' ')]).filter(([, ids]) => ids));
}

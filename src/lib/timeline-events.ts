import type { FacetKind } from './facets.ts';

/**
 * The DOM events by which the page's small scripts keep in step, without importing each other
 * (each chart's script stays small and optional). All are dispatched on `document`.
 */

/** Fired whenever the set of events shown changes: the overview, the charts and the map follow it. */
export const FILTER_EVENT = 'timeline:filter';

export interface FilterEventDetail {
  /** Slugs of the events shown; null when no filter is set (everything is shown). */
  visible: ReadonlySet<string> | null;
  /** The category, actor and place ids that the shown events carry; null when no filter is set. */
  ids: Readonly<Record<FacetKind, ReadonlySet<string>>> | null;
}

/** Fired after more event cards were added to the timeline (a further part of a long timeline). */
export const CARDS_EVENT = 'timeline:cards';

export interface CardsEventDetail {
  /** The cards just added, in reading order. */
  cards: readonly HTMLElement[];
}

/** Fired when the event being read changes (the timeline's reader script): the overview marks it. */
export const READING_EVENT = 'timeline:reading';

export interface ReadingEventDetail {
  /** The event being read; null while the reader is still above the timeline. */
  slug: string | null;
}

/** Fired when the reader chooses an event elsewhere (a mark of the overview): it is the one being read once it is in view. */
export const CHOOSE_EVENT = 'timeline:choose';

export interface ChooseEventDetail {
  slug: string;
}

import type { PlaceData } from '../schema/index.ts';

/**
 * Every English string the places map shows readers, in one object so it can move into
 * src/lib/i18n/strings.ts with the others later.
 */
export const mapStrings = {
  title: 'Where it happened',
  intro: 'Every place the events name. The number beside a name is how many events name it; select a place to see its events.',
  /** The main map's `<title>`. */
  mainMapTitle: (country: string, places: number) => `Map of ${country} and its surroundings, with ${placesText(places)}`,
  /** The world map's `<title>`. */
  worldMapTitle: (places: number) => `World map with the ${placesText(places)} outside the map above`,
  worldMapHeading: 'Beyond the map',
  /** What the frame on the world map shows. */
  locatorKey: 'Frame: the area of the map above',
  /** A marker's accessible name. */
  markerLabel: (name: string, count: number) => `${name}: ${eventsText(count)}`,
  eventsText: (count: number) => eventsText(count),
  keyHeading: 'Marker shapes',
  kinds: {
    city: 'city or town',
    state: 'state or region',
    country: 'country',
    prison: 'prison',
    building: 'building',
  } satisfies Record<PlaceData['kind'], string>,
  inCountryHeading: (country: string) => `In ${country}`,
  elsewhereHeading: 'Elsewhere',
  empty: 'No event names a place yet.',
  summary: (facts: PlacesSummaryFacts) => {
    const list = (names: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(names);
    const parts = [
      `The events name ${placesText(facts.total)}`,
      facts.focus
        ? `: ${facts.inFocus} in ${facts.focus}` +
          (facts.elsewhere.length ? ` and ${facts.elsewhere.length} elsewhere (${list(facts.elsewhere)})` : '')
        : '',
      '. ',
    ];
    const top = facts.top;
    if (top) {
      const who = top.country ? `${list(top.names)} as a whole` : list(top.names);
      parts.push(`${who} ${top.names.length > 1 ? 'come' : 'comes'} up most often, in ${eventsText(top.count)}${top.names.length > 1 ? ' each' : ''}`);
      if (facts.topPlace) {
        const several = facts.topPlace.names.length > 1;
        parts.push(`; of the places in ${list(top.names)}, ${list(facts.topPlace.names)} ${several ? 'come' : 'comes'} up most, in ${eventsText(facts.topPlace.count)}${several ? ' each' : ''}`);
      }
      parts.push('.');
    }
    return parts.join('').trim();
  },
};

/** What the summary paragraph says, worked out from the data by `summarisePlaces()`. */
export interface PlacesSummaryFacts {
  total: number;
  focus?: string;
  /** Places in the focus country. */
  inFocus: number;
  /** Names of the places outside it, most events first. */
  elsewhere: string[];
  /** The place (or places, when tied) with most events; `country` when that is a whole country. */
  top?: { names: string[]; count: number; country: boolean };
  /** When the top is a whole country: the place within it with most events. */
  topPlace?: { names: string[]; count: number };
}

function placesText(count: number): string {
  return `${count} place${count === 1 ? '' : 's'}`;
}

function eventsText(count: number): string {
  return `${count} event${count === 1 ? '' : 's'}`;
}

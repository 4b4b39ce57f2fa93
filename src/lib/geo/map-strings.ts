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
  /** A number as the map shows it, next to a place's name: "265", "1,204". */
  count: (count: number) => numberText(count),
  /** The link below a place's list when it shows only the latest events. */
  allEvents: (count: number, name: string) => `All ${eventsText(count)} in ${name}`,
  /** Beside the name of a place whose list is cut down: "265 events, the latest 5 below". */
  latestEvents: (total: number, shown: number) => `${eventsText(total)}, the latest ${shown} below`,
  /**
   * What the status line says while the timeline is filtered (empty when it is not): the places
   * that the events shown name stay as they are, the others are dimmed. `{shown}` is filled in.
   */
  filterStatus: (total: number) => ({
    all: `The events shown name all ${placesText(total)}.`,
    none: `The events shown name none of the ${placesText(total)}; all are dimmed.`,
    some: `The events shown name {shown} of the ${placesText(total)}; the others are dimmed.`,
  }),
  /** Added to the accessible name of a dimmed marker. */
  markerOut: 'none of them shown by the filter',
  /** Shown on a dimmed entry of the list. */
  entryOut: 'None of the events shown names this place.',
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
    const list = (names: string[]) => someNames(names);
    const parts = [
      `The events name ${placesText(facts.total)}`,
      facts.focus
        ? `: ${numberText(facts.inFocus)} in ${facts.focus}` +
          (facts.elsewhere.length ? ` and ${numberText(facts.elsewhere.length)} elsewhere (${list(facts.elsewhere)})` : '')
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

/** Names past this many are counted rather than listed, so the summary stays a sentence at any size. */
export const NAMES_LISTED = 4;

/** "Geneva, Moscow and New York"; beyond `max` names, the first few and "and 5 others". */
export function someNames(names: readonly string[], max = NAMES_LISTED): string {
  const format = (list: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(list);
  if (names.length <= max) return format([...names]);
  const listed = names.slice(0, max - 1);
  return format([...listed, `${numberText(names.length - listed.length)} others`]);
}

const numbers = new Intl.NumberFormat('en-GB');

function numberText(count: number): string {
  return numbers.format(count);
}

function placesText(count: number): string {
  return `${numberText(count)} place${count === 1 ? '' : 's'}`;
}

function eventsText(count: number): string {
  return `${numberText(count)} event${count === 1 ? '' : 's'}`;
}

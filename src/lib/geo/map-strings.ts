import type { Locale } from '../i18n/strings.ts';
import type { PlaceData } from '../schema/index.ts';

/** The words a language needs to count things on the map: "1 place", "265 events". */
interface Counting {
  intl: string;
  places: (count: string, one: boolean) => string;
  events: (count: string, one: boolean) => string;
  others: (count: string) => string;
}

/**
 * Every string the places map shows readers, in each edition's language. Built from a few words
 * per language, so that numbers and lists follow the edition's own conventions (3.231 / 3,231).
 */
function english(c: ReturnType<typeof counting>) {
  const { numberText, placesText, eventsText, someNames } = c;
  return {
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
  markerLabel: (name: string, count: number) => `${name} ${eventsText(count)}`,
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
}

export type MapStrings = ReturnType<typeof english>;

function spanish(c: ReturnType<typeof counting>): MapStrings {
  const { numberText, placesText, eventsText, someNames } = c;
  return {
    title: 'Dónde ocurrió',
    intro: 'Todos los lugares que nombran los hechos. El número junto a cada nombre es cuántos hechos lo nombran; elija un lugar para ver sus hechos.',
    mainMapTitle: (country: string, places: number) => `Mapa de ${country} y sus alrededores, con ${placesText(places)}`,
    worldMapTitle: (places: number) => `Mapa del mundo con los ${placesText(places)} que quedan fuera del mapa de arriba`,
    worldMapHeading: 'Fuera del mapa',
    locatorKey: 'Recuadro: la zona del mapa de arriba',
    markerLabel: (name: string, count: number) => `${name} ${eventsText(count)}`,
    eventsText: (count: number) => eventsText(count),
    count: (count: number) => numberText(count),
    allEvents: (count: number, name: string) => `Los ${eventsText(count)} en ${name}`,
    latestEvents: (total: number, shown: number) => `${eventsText(total)}; abajo, los ${shown} más recientes`,
    filterStatus: (total: number) => ({
      all: `Los hechos que se muestran nombran los ${placesText(total)}.`,
      none: `Los hechos que se muestran no nombran ninguno de los ${placesText(total)}; todos aparecen atenuados.`,
      some: `Los hechos que se muestran nombran {shown} de los ${placesText(total)}; los demás aparecen atenuados.`,
    }),
    markerOut: 'ninguno se muestra con el filtro',
    entryOut: 'Ninguno de los hechos que se muestran nombra este lugar.',
    keyHeading: 'Formas de los marcadores',
    kinds: { city: 'ciudad o pueblo', state: 'estado o región', country: 'país', prison: 'cárcel', building: 'edificio' } satisfies Record<PlaceData['kind'], string>,
    inCountryHeading: (country: string) => `En ${country}`,
    elsewhereHeading: 'En otros lugares',
    empty: 'Todavía ningún hecho nombra un lugar.',
    summary: (facts: PlacesSummaryFacts) => {
      const list = (names: string[]) => someNames(names);
      const parts = [
        `Los hechos nombran ${placesText(facts.total)}`,
        facts.focus
          ? `: ${numberText(facts.inFocus)} en ${facts.focus}` +
            (facts.elsewhere.length ? ` y ${numberText(facts.elsewhere.length)} en otros países (${list(facts.elsewhere)})` : '')
          : '',
        '. ',
      ];
      const top = facts.top;
      if (top) {
        const who = top.country ? `${list(top.names)} en conjunto` : list(top.names);
        parts.push(`${who} ${top.names.length > 1 ? 'aparecen' : 'aparece'} más a menudo, en ${eventsText(top.count)}${top.names.length > 1 ? ' cada uno' : ''}`);
        if (facts.topPlace) {
          const several = facts.topPlace.names.length > 1;
          parts.push(`; de los lugares de ${list(top.names)}, ${list(facts.topPlace.names)} ${several ? 'aparecen' : 'aparece'} más, en ${eventsText(facts.topPlace.count)}${several ? ' cada uno' : ''}`);
        }
        parts.push('.');
      }
      return parts.join('').trim();
    },
  };
}

const COUNTING: Record<Locale, Counting> = {
  en: {
    intl: 'en-GB',
    places: (count, one) => `${count} place${one ? '' : 's'}`,
    events: (count, one) => `${count} event${one ? '' : 's'}`,
    others: (count) => `${count} others`,
  },
  es: {
    intl: 'es-VE',
    places: (count, one) => `${count} ${one ? 'lugar' : 'lugares'}`,
    events: (count, one) => `${count} ${one ? 'hecho' : 'hechos'}`,
    others: (count) => `${count} más`,
  },
};

function counting(words: Counting) {
  const numbers = new Intl.NumberFormat(words.intl);
  const numberText = (count: number) => numbers.format(count);
  const list = new Intl.ListFormat(words.intl, { type: 'conjunction' });
  return {
    numberText,
    placesText: (count: number) => words.places(numberText(count), count === 1),
    eventsText: (count: number) => words.events(numberText(count), count === 1),
    /** "Geneva, Moscow and New York"; beyond `max` names, the first few and "and 5 others". */
    someNames: (names: readonly string[], max = NAMES_LISTED) => {
      if (names.length <= max) return list.format([...names]);
      const listed = names.slice(0, max - 1);
      return list.format([...listed, words.others(numberText(names.length - listed.length))]);
    },
  };
}

const BUILT = new Map<Locale, MapStrings>();
/** One builder per edition: a new edition that lacks one does not compile. */
const BUILDERS: Record<Locale, (c: ReturnType<typeof counting>) => MapStrings> = { es: spanish, en: english };

/** "Geneva, Moscow and New York"; beyond a few names, the first ones and "and 5 others", in the edition's language. */
export function someNames(names: readonly string[], locale: Locale): string {
  return counting(COUNTING[locale]).someNames(names);
}

/** The places map's strings for an edition. */
export function mapStrings(locale: Locale): MapStrings {
  let strings = BUILT.get(locale);
  if (!strings) {
    const c = counting(COUNTING[locale]);
    strings = BUILDERS[locale](c);
    BUILT.set(locale, strings);
  }
  return strings;
}

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


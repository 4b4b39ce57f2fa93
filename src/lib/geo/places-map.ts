import { geoBounds } from 'd3-geo';
import type { Place, TimelineEvent } from '../model.ts';
import { countriesBut, countryNamed, land, type Country } from './atlas.ts';
import { extentOf, padExtent, splitByExtent, unionExtent, type Extent } from './extent.ts';
import { layoutMap, type LayerSpec, type MapLayout, type MapPoint } from './layout.ts';
import type { PlacesSummaryFacts } from './map-strings.ts';
import { focusCountry, placePosition, placesWithEvents, type PlaceEvents } from './places.ts';

/**
 * Everything the places map draws, worked out from the events: which places, which go on the
 * country map and which on the world map, and the layouts of both.
 */

/**
 * Both maps are 640 units wide and scale to their box. Each has two sets of labels: one for a
 * wide box, one with bigger type for a phone (the component switches at a 32rem-wide box), so
 * that labels read at about 11–15 px. The world map is shown smaller, so its type is bigger.
 */
export const MAP_WIDTH = 640;
export const MAIN_LAYERS: readonly LayerSpec[] = [
  { name: 'wide', fontSize: 13, radius: 5 },
  { name: 'narrow', fontSize: 24, radius: 8.5 },
];
export const WORLD_LAYERS: readonly LayerSpec[] = [
  { name: 'wide', fontSize: 16, radius: 6 },
  { name: 'narrow', fontSize: 24, radius: 8.5 },
];

export interface PlacesMapModel {
  /** Every place the events name, most events first. */
  entries: PlaceEvents[];
  /** The country the story is about, as the places' `country` field names it. */
  focus?: string;
  /** The country map: places within its extent. */
  main?: { extent: Extent; layout: MapLayout; entries: PlaceEvents[] };
  /** The world map: places outside the country map's extent. */
  world?: { extent: Extent; layout: MapLayout; entries: PlaceEvents[] };
}

/** A place as the layout sees it; a country-wide place in a country drawn on the map is named across it. */
export function mapPoint(entry: PlaceEvents, drawnCountry: string | undefined, count: (count: number) => string): MapPoint {
  const { place, events } = entry;
  return {
    id: place.id,
    name: place.name,
    kind: place.kind,
    lon: place.lon,
    lat: place.lat,
    count: events.length,
    countText: count(events.length),
    area: place.kind === 'country' && drawnCountry !== undefined && place.country === drawnCountry,
  };
}

/**
 * The country map's extent: the focus country's outline with a margin, widened to hold every place
 * in that country; when Natural Earth has no country of that name, the places alone.
 */
export function mainExtent(outline: Country | undefined, focusPlaces: readonly Place[]): Extent {
  const points = focusPlaces.map((place) => [place.lon, place.lat] as [number, number]);
  if (outline) {
    const [[west, south], [east, north]] = geoBounds(outline);
    const padded = padExtent(
      [
        [west, south],
        [east, north],
      ],
      0.06,
      0.5,
    );
    return points.length ? unionExtent(padded, padExtent(extentOf(points), 0, 0.5)) : padded;
  }
  return padExtent(extentOf(points), 0.2, 1);
}

/** `count` writes a number as the edition does ("1.204", "1,204"). */
export function buildPlacesMap(events: readonly TimelineEvent[], places: readonly Place[], count: (count: number) => string): PlacesMapModel {
  const entries = placesWithEvents(events, places);
  const focus = focusCountry(entries);
  if (focus === undefined) return { entries };
  const outline = countryNamed(focus, '50m');
  const extent = mainExtent(
    outline,
    entries.filter((entry) => entry.place.country === focus).map((entry) => entry.place),
  );
  const { inside, outside } = splitByExtent(entries, extent, placePosition);
  const drawn = outline ? focus : undefined;
  const main = {
    extent,
    entries: inside,
    layout: layoutMap(
      inside.map((entry) => mapPoint(entry, drawn, count)),
      {
        width: MAP_WIDTH,
        extent,
        projection: 'mercator',
        focus: outline,
        others: countriesBut(outline, '50m'),
        nameNeighbours: true,
        layers: MAIN_LAYERS,
      },
    ),
  };
  if (!outside.length) return { entries, focus, main };
  const worldExtent = padExtent(unionExtent(extentOf(outside.map(placePosition)), extent), 0.08, 5);
  const worldFocus = countryNamed(focus, '110m');
  const world = {
    extent: worldExtent,
    entries: outside,
    layout: layoutMap(
      outside.map((entry) => mapPoint(entry, undefined, count)),
      {
        width: MAP_WIDTH,
        extent: worldExtent,
        projection: 'natural-earth',
        focus: worldFocus,
        others: [land('110m')],
        locator: extent,
        layers: WORLD_LAYERS,
        // Shown at most 34rem wide (about 0.85 px a unit), and a third of that on a phone: whole
        // units and no point closer than 1.5 to the last are as sharp as it can show, at half the bytes.
        minDistance: 1.5,
        precision: 1,
      },
    ),
  };
  return { entries, focus, main, world };
}

const built = new WeakMap<readonly TimelineEvent[], Map<string, PlacesMapModel>>();

/**
 * buildPlacesMap() once per timeline and language. Each edition's home page and map embed (and
 * the root page, a copy of the default edition's) draw the same map of the same events, and its
 * layout (240 country outlines projected, the neighbours' names placed point by point) took about
 * 0.4 s each time: 1.5 s of a build at any size. Pages only read the model.
 */
export function placesMapOf(events: readonly TimelineEvent[], places: readonly Place[], language: string, count: (count: number) => string): PlacesMapModel {
  let models = built.get(events);
  if (!models) built.set(events, (models = new Map()));
  const key = [language, ...places.map((place) => place.id)].join('\n');
  let model = models.get(key);
  if (!model) models.set(key, (model = buildPlacesMap(events, places, count)));
  return model;
}

/** The facts the summary paragraph states. */
export function summarisePlaces(entries: readonly PlaceEvents[], focus?: string): PlacesSummaryFacts {
  const inFocus = entries.filter((entry) => entry.place.country === focus);
  const elsewhere = entries.filter((entry) => entry.place.country !== focus);
  const mostOf = (list: readonly PlaceEvents[]) => {
    const count = Math.max(...list.map((entry) => entry.events.length));
    return { names: list.filter((entry) => entry.events.length === count).map((entry) => entry.place.name), count };
  };
  const facts: PlacesSummaryFacts = { total: entries.length, focus, inFocus: inFocus.length, elsewhere: elsewhere.map((entry) => entry.place.name) };
  if (!entries.length) return facts;
  const top = mostOf(entries);
  const topIsCountry = top.names.length === 1 && entries.find((entry) => entry.place.name === top.names[0])!.place.kind === 'country';
  facts.top = { ...top, country: topIsCountry };
  if (topIsCountry) {
    const country = entries.find((entry) => entry.place.name === top.names[0])!.place.country;
    const within = entries.filter((entry) => entry.place.country === country && entry.place.kind !== 'country');
    if (within.length) facts.topPlace = mostOf(within);
  }
  return facts;
}

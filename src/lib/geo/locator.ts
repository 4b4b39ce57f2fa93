import { geoBounds, geoMercator, geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Place } from '../model.ts';
import { countries, isCountryNamed, land, type Country, type Resolution } from './atlas.ts';
import { spreadMarkers } from './crowds.ts';
import { extentOf, extentOutline, padExtent, unionExtent, type Extent } from './extent.ts';
import { placeLabels, type PlacedLabel, type Segment } from './label-placement.ts';
import { markerPath, type PlaceKind } from './layout.ts';
import { CompactPath } from './path.ts';
import { round, textWidth } from '../text-metrics.ts';

/**
 * The locator map of an event page: where the event's places are, each with its kind's marker,
 * in the country around them (or, for places in several countries, the stretch of the world that
 * holds them all). Small on purpose: a few KB of SVG, drawn from the same atlas as the places map
 * at build time. The land of a frame is projected once per build and reused by every page with the
 * same frame (every event in one country shares one), so pages only look up a finished map.
 */

/** The map's width in SVG units; the height follows from the frame, within LOCATOR_ASPECT. */
export const LOCATOR_WIDTH = 320;
/** Height ÷ width, at least and at most: a tall country gets land beside it, a wide frame sea above and below. */
export const LOCATOR_ASPECT = { min: 0.55, max: 0.95 } as const;
/** Marker radius and label size, in SVG units (the map is shown about as wide as it has units). */
export const LOCATOR_MARKER = 5.5;
export const LOCATOR_FONT = 13;

export interface LocatorPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  /** The country, in English, as Natural Earth names it. */
  country: string;
  lon: number;
  lat: number;
}

export interface LocatorMarker {
  id: string;
  kind: PlaceKind;
  /** Where the marker is drawn: the place's position, or moved out of a crowd (Miraflores Palace beside El Rodeo). */
  x: number;
  y: number;
  /** From the place's true position to the moved marker; null when it was not moved. */
  tie: Segment | null;
  /** The marker's path centred on 0,0; empty for a whole country (it is shaded instead). */
  marker: string;
  label: PlacedLabel;
  name: string;
}

export interface LocatorMap {
  width: number;
  height: number;
  /** All land in the frame, without borders, clipped to it. */
  land: string;
  /** The countries the places are in, clipped to the frame. */
  countries: string;
  /** Countries that are themselves places (kind country), shaded more strongly. */
  areas: string;
  places: LocatorMarker[];
}

/** A country bigger than this (degrees of longitude or latitude) is no frame for a city: the map closes in on the place. */
const WHOLE_COUNTRY = { lon: 40, lat: 30 };
/** The box around a place when its country is too big or not in the atlas: about a region. */
const AROUND = { lon: 7, lat: 5 };
/** Frames wider than this (degrees) use the world atlas's coarser outlines and a projection for much of the globe. */
const WIDE = 35;
/** The least a frame shows, in degrees: a small country (Switzerland) gets its neighbours around it. */
const AT_LEAST = { lon: 11, lat: 7 };

/** Widens an extent about its centre to at least `lon` by `lat` degrees. */
function atLeast([[west, south], [east, north]]: Extent, lon: number, lat: number): Extent {
  const dx = Math.max(0, lon - (east - west)) / 2;
  const dy = Math.max(0, lat - (north - south)) / 2;
  return [
    [west - dx, south - dy],
    [east + dx, north + dy],
  ];
}

const boundsCache = new Map<Resolution, Map<Country, Extent>>();

/** Each country's bounds, once per resolution: the frame's countries are picked by them before anything is projected. */
function boundsOf(country: Country, resolution: Resolution): Extent {
  let cache = boundsCache.get(resolution);
  if (!cache) boundsCache.set(resolution, (cache = new Map()));
  let bounds = cache.get(country);
  if (!bounds) cache.set(country, (bounds = geoBounds(country) as Extent));
  return bounds;
}

const named = (name: string) => countries('50m').find((country) => isCountryNamed(country, name));

/** The stretch of the world a place needs around it: its country when that is a sensible frame, else a region around it. */
export function neighbourhood(place: LocatorPlace): Extent {
  const outline = named(place.country);
  if (outline) {
    const [[west, south], [east, north]] = boundsOf(outline, '50m');
    // A country that crosses the antimeridian has west > east; a big one (Russia, the United States) frames nothing useful.
    if (west <= east && east - west <= WHOLE_COUNTRY.lon && north - south <= WHOLE_COUNTRY.lat) {
      return unionExtent([[west, south], [east, north]], extentOf([[place.lon, place.lat]]));
    }
  }
  return [
    [place.lon - AROUND.lon, place.lat - AROUND.lat],
    [place.lon + AROUND.lon, place.lat + AROUND.lat],
  ];
}

/** What a map of the places shows, and how: the same for every set of places with the same neighbourhoods. */
export interface LocatorFrame {
  extent: Extent;
  projection: 'mercator' | 'natural-earth';
  resolution: Resolution;
  /** The countries shaded as the places' own, and those that are places themselves. */
  shaded: string[];
  areas: string[];
}

export function locatorFrame(places: readonly LocatorPlace[]): LocatorFrame {
  const union = places.map(neighbourhood).reduce(unionExtent);
  const extent = padExtent(atLeast(union, AT_LEAST.lon, AT_LEAST.lat), 0.06, 0.6);
  const [[west, south], [east, north]] = extent;
  const wide = east - west > WIDE || north - south > WIDE;
  const sorted = (names: string[]) => [...new Set(names)].sort();
  return {
    extent,
    projection: wide ? 'natural-earth' : 'mercator',
    resolution: wide ? '110m' : '50m',
    shaded: sorted(places.filter((place) => place.kind !== 'country').map((place) => place.country)),
    areas: sorted(places.filter((place) => place.kind === 'country').map((place) => place.country)),
  };
}

/** A frame's land, projected once and kept: each country in view as its own path (drawn when first asked for). */
interface Backdrop {
  projection: GeoProjection;
  width: number;
  height: number;
  visible: Country[];
  paths: Map<Country, string>;
  /** All land in view as one shape, without borders: a quarter to three quarters fewer bytes than every country drawn. */
  land: string;
  draw: (object: GeoPermissibleObjects) => string;
}

/** A projection that shows the whole extent in a box of LOCATOR_WIDTH, its height kept within LOCATOR_ASPECT. */
function fit(frame: LocatorFrame): { projection: GeoProjection; width: number; height: number } {
  const outline: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: extentOutline(frame.extent, 8) };
  const [[west], [east]] = frame.extent;
  const projection = frame.projection === 'mercator' ? geoMercator() : geoNaturalEarth1().rotate([-(west + east) / 2, 0]);
  const width = LOCATOR_WIDTH;
  projection.fitWidth(width, outline);
  const [, [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.round(Math.min(Math.max(bottom, width * LOCATOR_ASPECT.min), width * LOCATOR_ASPECT.max));
  // Refit into the clamped box: a tall frame is centred with land beside it, a flat one with sea or land above and below.
  projection.fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    outline,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

/** The countries worth projecting: those whose bounds meet the visible box (with a margin), tested in degrees. */
function inView(resolution: Resolution, projection: GeoProjection, width: number, height: number): Country[] {
  const edge: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    for (const [x, y] of [
      [(width * i) / 8, 0],
      [(width * i) / 8, height],
      [0, (height * i) / 8],
      [width, (height * i) / 8],
    ] as const) {
      const at = projection.invert?.([x, y]);
      if (at && Number.isFinite(at[0]) && Number.isFinite(at[1])) edge.push([at[0], at[1]]);
    }
  }
  const [[west, south], [east, north]] = padExtent(extentOf(edge), 0.05, 1);
  return countries(resolution).filter((country) => {
    const [[w, s], [e, n]] = boundsOf(country, resolution);
    if (n < south || s > north) return false;
    // Bounds across the antimeridian (w > e) reach both ends of the map: keep them, the clip sorts them out.
    return w > e || (e >= west && w <= east);
  });
}

const backdrops = new Map<string, Backdrop>();

/**
 * The land of a frame, shared by every map with that frame, whatever it shades: Natural Earth's
 * land without borders (1:50m for a country-sized frame, 1:110m for a wider one; the shaded
 * countries are drawn over it), rounded to whole units and thinned to a point every 1.5 units
 * (2.5 on a wide frame: the map is shown at about a pixel a unit), clipped to the frame.
 */
function backdropOf(frame: LocatorFrame): Backdrop {
  const key = JSON.stringify([frame.extent, frame.projection, frame.resolution]);
  let made = backdrops.get(key);
  if (made) return made;
  const { projection, width, height } = fit(frame);
  const minDistance = frame.resolution === '110m' ? 2.5 : 1.5;
  const draw = (object: GeoPermissibleObjects) => {
    const context = new CompactPath(minDistance, 1);
    geoPath(projection, context)(object);
    return context.result();
  };
  made = { projection, width, height, land: draw(land(frame.resolution)), visible: inView(frame.resolution, projection, width, height), paths: new Map(), draw };
  backdrops.set(key, made);
  return made;
}

/** The paths of the countries in view that `which` picks, as one path. */
function joined(backdrop: Backdrop, which: (country: Country) => boolean): string {
  let out = '';
  for (const country of backdrop.visible) {
    if (!which(country)) continue;
    let d = backdrop.paths.get(country);
    if (d === undefined) backdrop.paths.set(country, (d = backdrop.draw(country)));
    out += d;
  }
  return out;
}


/** The map of an event's places (at least one). Pure, and cheap after the first map of a frame. */
export function locatorMap(places: readonly LocatorPlace[]): LocatorMap {
  if (!places.length) throw new Error('locatorMap() needs at least one place');
  const frame = locatorFrame(places);
  const backdrop = backdropOf(frame);
  const { width, height, projection } = backdrop;
  const among = (names: readonly string[]) => (country: Country) => names.some((name) => isCountryNamed(country, name));
  const shaded = among(frame.shaded);
  const areas = among(frame.areas);
  const projected = places.map((place) => {
    const [x, y] = projection([place.lon, place.lat]) ?? [width / 2, height / 2];
    return { id: place.id, x: round(x), y: round(y) };
  });
  // Markers too close to tell apart are fanned out, each tied to its true position.
  const spread = new Map(spreadMarkers(projected.filter((_, index) => places[index]!.kind !== 'country'), LOCATOR_MARKER, 2).map((point) => [point.id, point]));
  const points = places.map((place, index) => {
    const moved = spread.get(place.id);
    const { x, y } = projected[index]!;
    return { place, x: moved?.markerX ?? x, y: moved?.markerY ?? y, tie: moved?.moved ? { x1: x, y1: y, x2: moved.markerX, y2: moved.markerY } : null };
  });
  const labels = placeLabels(
    points.map(({ place, x, y }) => ({
      id: place.id,
      x,
      y,
      width: Math.ceil(textWidth(place.name, LOCATOR_FONT) + 4),
      height: Math.ceil(LOCATOR_FONT * 1.35),
      radius: place.kind === 'country' ? 0 : LOCATOR_MARKER,
      mode: place.kind === 'country' ? 'centre' : 'point',
    })),
    { bounds: { x: 2, y: 2, width: width - 4, height: height - 4 }, gap: 3, step: LOCATOR_FONT, steps: 4, lines: points.flatMap((point) => (point.tie ? [point.tie] : [])) },
  );
  return {
    width,
    height,
    land: backdrop.land,
    countries: joined(backdrop, (country) => shaded(country) && !areas(country)),
    areas: joined(backdrop, areas),
    places: points.map(({ place, x, y, tie }, index) => ({
      id: place.id,
      kind: place.kind,
      name: place.name,
      x,
      y,
      tie,
      marker: place.kind === 'country' ? '' : markerPath(place.kind, LOCATOR_MARKER),
      label: labels[index]!,
    })),
  };
}

const maps = new Map<string, LocatorMap>();

/**
 * locatorMap() once per set of places and language: the event pages of both editions, and every
 * event naming the same places, share one map. Keyed by what is drawn, names included.
 */
export function locatorMapOf(places: readonly Place[]): LocatorMap {
  const key = JSON.stringify(places.map(({ id, name, kind, country, lon, lat }) => [id, name, kind, country, lon, lat]));
  let map = maps.get(key);
  if (!map) maps.set(key, (map = locatorMap(places)));
  return map;
}

/** The ids of a locator map's shapes in its shared file (src/pages/maps/[places].svg.ts). */
export const LOCATOR_SHAPES = { land: 'land', countries: 'countries', areas: 'areas' } as const;

/**
 * A locator map's land and countries as a file of their own, shared by every page of the same
 * places: the pages draw them with <use href="…#land">, each in its own colours (a <use> passes
 * its fill and stroke on; the shapes set none), so a page carries its markers and names only.
 */
export function locatorShapesSvg(map: LocatorMap): string {
  const shapes = (Object.entries(LOCATOR_SHAPES) as [keyof typeof LOCATOR_SHAPES, string][])
    .filter(([layer]) => map[layer])
    .map(([layer, id]) => `<path id="${id}" d="${map[layer]}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}">${shapes.join('')}</svg>\n`;
}

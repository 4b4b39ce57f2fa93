import type { Feature, Geometry } from 'geojson';
import { geoContains, geoMercator, geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3-shape';
import type { PlaceData } from '../schema/index.ts';
import { spreadMarkers } from './crowds.ts';
import { CompactPath } from './path.ts';
import { extentOutline, type Extent, type LonLat } from './extent.ts';
import { boxesOverlap, placeLabels, segmentHitsBox, type Box, type LabelRequest, type PlacedLabel } from './label-placement.ts';
import { round, textWidth } from '../text-metrics.ts';

export type PlaceKind = PlaceData['kind'];

/** One place to draw: where it is, what it is and how many events name it. */
export interface MapPoint {
  id: string;
  name: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  /** How many events name the place: shown next to its name. */
  count: number;
  /** The count as the label shows it ("1,204"); the plain number when not given. */
  countText?: string;
  /** Labelled as an area (a country's name across it) rather than as a marker with a label. */
  area?: boolean;
}

/** One rendering of the labels: the map is drawn once, and CSS shows the layer that suits the width. */
export interface LayerSpec {
  name: string;
  /** Font size of place labels, in the map's units. */
  fontSize: number;
  /** Marker radius, in the map's units. */
  radius: number;
}

export interface MapOptions {
  /** The map's width in SVG units; the height follows from the extent. */
  width: number;
  /** What the map shows, in degrees. */
  extent: Extent;
  /** Mercator for a country-sized map; Natural Earth for a map of much of the world. */
  projection: 'mercator' | 'natural-earth';
  /** The country drawn prominently, if any. */
  focus?: Feature<Geometry, { name: string }>;
  /** Land drawn faintly: the other countries (named ones can be labelled), or all land as one shape. */
  others: readonly Feature<Geometry, { name?: string }>[];
  /** An extent to outline, such as the main map's frame on a world map. */
  locator?: Extent;
  /** Name the neighbouring countries that take up a good part of the map. */
  nameNeighbours?: boolean;
  layers: readonly LayerSpec[];
  /** Leave out outline points closer than this to the previous one, in SVG units (default 0). */
  minDistance?: number;
  /** Round the land's coordinates to this, in SVG units (default 0.1; 1 for a map shown small). */
  precision?: number;
}

/** Marker shapes by kind of place, so a prison and a city differ in grayscale too. */
export const SHAPE_OF_KIND: Record<PlaceKind, 'circle' | 'diamond' | 'square' | 'triangle' | 'star'> = {
  city: 'circle',
  state: 'diamond',
  prison: 'square',
  building: 'triangle',
  country: 'star',
};

const SYMBOL_TYPES: Record<(typeof SHAPE_OF_KIND)[PlaceKind], { type: SymbolType; area: number }> = {
  // Areas relative to a circle of radius 1, adjusted so the shapes look about the same size.
  circle: { type: symbolCircle, area: Math.PI },
  diamond: { type: symbolDiamond, area: 3.6 },
  square: { type: symbolSquare, area: 3.1 },
  triangle: { type: symbolTriangle, area: 3.8 },
  star: { type: symbolStar, area: 3.4 },
};

/** A marker's path, centred on 0,0, for a kind of place at a radius. */
export function markerPath(kind: PlaceKind, radius: number): string {
  const { type, area } = SYMBOL_TYPES[SHAPE_OF_KIND[kind]];
  return symbol(type, area * radius * radius).digits(1)()!;
}

export interface LaidOutPlace {
  point: MapPoint;
  /** The place's true position. */
  x: number;
  y: number;
  /** Where its marker is drawn: moved out of a crowd of markers, or the true position. */
  markerX: number;
  markerY: number;
  /** The marker was moved: draw a tie from x,y to markerX,markerY. */
  moved: boolean;
  /** The marker's path, centred on 0,0 (translate it to markerX,markerY); empty for an area label. */
  marker: string;
  label: PlacedLabel;
}

export interface AreaName {
  name: string;
  /** The text's centre. */
  x: number;
  y: number;
}

export interface MapLayer {
  spec: LayerSpec;
  places: LaidOutPlace[];
  /** Names of neighbouring countries, set small and muted for orientation. */
  areaNames: AreaName[];
}

export interface MapLayout {
  width: number;
  height: number;
  /** The other countries, clipped to the map. */
  land: string;
  /** The focus country, clipped to the map; empty when there is none. */
  focus: string;
  /** The locator frame; empty when there is none. */
  locator: string;
  layers: MapLayer[];
}

const backdrops = new WeakMap<MapOptions['others'], Map<string, { land: string; neighbours: Neighbour[] }>>();

/**
 * The land under the places and the neighbours to name depend on the countries and the framing
 * only, not on the places or the language of their labels: each edition's map (and any other
 * of the same countries and frame) reuses them, as drawing 1:50m outlines takes about 0.15 s.
 * Pass the same `others` array to share (atlas.ts's countriesBut gives one per country).
 */
function backdrop(options: MapOptions, make: () => { land: string; neighbours: Neighbour[] }) {
  let made = backdrops.get(options.others);
  if (!made) backdrops.set(options.others, (made = new Map()));
  const key = JSON.stringify([options.projection, options.extent, options.width, options.precision, options.minDistance, options.nameNeighbours]);
  let result = made.get(key);
  if (!result) made.set(key, (result = make()));
  return result;
}

/** A projection fitted to the extent at the given width, clipped to the map's rectangle. */
export function fitProjection(kind: MapOptions['projection'], extent: Extent, width: number): { projection: GeoProjection; height: number } {
  const outline: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: extentOutline(extent) };
  const [[west], [east]] = extent;
  const projection = kind === 'mercator' ? geoMercator() : geoNaturalEarth1().rotate([-(west + east) / 2, 0]);
  projection.fitWidth(width, outline);
  const [, [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(bottom);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/** The text a place's label shows, and its size: the name, then the number of events. */
export function labelSize(point: MapPoint, fontSize: number): { width: number; height: number } {
  const size = point.area ? fontSize * 1.15 : fontSize;
  const name = point.area ? textWidth(point.name.toUpperCase(), size) + point.name.length * 0.06 * size : textWidth(point.name, size);
  const width = name + size * 0.35 + textWidth(point.countText ?? String(point.count), size, true);
  return { width: Math.ceil(width + 4), height: Math.ceil(size * 1.35) };
}

/**
 * Lays out a map: paths for the land (rounded to 0.1 unit, clipped to the map) and, for each layer,
 * every place's marker and a label that overlaps nothing. Points should all lie within the extent.
 */
export function layoutMap(points: readonly MapPoint[], options: MapOptions): MapLayout {
  const { width } = options;
  const { projection, height } = fitProjection(options.projection, options.extent, width);
  const draw = (object: GeoPermissibleObjects, precision = options.precision ?? 0.1) => {
    const context = new CompactPath(options.minDistance ?? 0, precision);
    geoPath(projection, context)(object);
    return context.result();
  };
  const { land, neighbours } = backdrop(options, () => ({
    land: draw({ type: 'FeatureCollection', features: [...options.others] }),
    // The neighbours big enough to name, the same for every layer: measured once, as each
    // measurement projects every country's 1:50m outline again (about 0.1 s a layer).
    neighbours: options.nameNeighbours ? namingCandidates(options.others, projection, { width, height }) : [],
  }));
  const focus = options.focus ? draw(options.focus) : '';
  // The frame stays at 0.1 unit: its long straight sides would show every step of a coarser grid.
  const locator = options.locator ? draw({ type: 'LineString', coordinates: extentOutline(options.locator) }, 0.1) : '';
  // Areas first (the country named across itself), then the places with most events.
  const ordered = [...points].sort((a, b) => Number(Boolean(b.area)) - Number(Boolean(a.area)) || b.count - a.count);
  const projected = new Map(
    ordered.map((point) => {
      const [x, y] = projection([point.lon, point.lat]) ?? [Number.NaN, Number.NaN];
      return [point.id, { x: round(x), y: round(y) }];
    }),
  );
  const bounds: Box = { x: 2, y: 2, width: width - 4, height: height - 4 };
  const layers = options.layers.map((spec): MapLayer => {
    const gap = Math.max(2, spec.radius * 0.6);
    const spread = new Map(
      spreadMarkers(
        ordered.filter((point) => !point.area).map((point) => ({ id: point.id, ...projected.get(point.id)! })),
        spec.radius,
        gap,
      ).map((point) => [point.id, point]),
    );
    const at = (point: MapPoint) => {
      const { x, y } = projected.get(point.id)!;
      const moved = spread.get(point.id);
      return { x, y, markerX: moved?.markerX ?? x, markerY: moved?.markerY ?? y, moved: moved?.moved ?? false };
    };
    const ties = ordered.map(at).filter((one) => one.moved).map((one) => ({ x1: one.x, y1: one.y, x2: one.markerX, y2: one.markerY }));
    const requests: LabelRequest[] = ordered.map((point) => ({
      id: point.id,
      x: at(point).markerX,
      y: at(point).markerY,
      ...labelSize(point, spec.fontSize),
      radius: point.area ? 0 : spec.radius,
      mode: point.area ? 'centre' : 'point',
    }));
    const labels = placeLabels(requests, { bounds, gap, lines: ties, step: spec.fontSize * 0.9, steps: 8 });
    const places = ordered.map((point, index): LaidOutPlace => ({
      point,
      ...at(point),
      marker: point.area ? '' : markerPath(point.kind, spec.radius),
      label: labels[index]!,
    }));
    const areaNames = options.nameNeighbours ? nameNeighbours(neighbours, projection, { width, height }, spec, places) : [];
    return { spec, places, areaNames };
  });
  return { width, height, land, focus, locator, layers };
}

type Neighbour = Feature<Geometry, { name?: string }>;

/** The neighbouring countries that take up at least 4% of the map, largest first. */
function namingCandidates(others: readonly Neighbour[], projection: GeoProjection, size: { width: number; height: number }): Neighbour[] {
  const path = geoPath(projection);
  return others
    .map((country) => ({ country, area: path.area(country) }))
    .filter(({ area }) => area >= size.width * size.height * 0.04)
    .sort((a, b) => b.area - a.area)
    .map(({ country }) => country);
}

/**
 * Names the neighbouring countries (namingCandidates), each inside its own outline (tested point
 * by point on the sphere) and clear of every place's marker, label and leader line; a country with
 * no such spot goes unnamed.
 */
function nameNeighbours(
  candidates: readonly Neighbour[],
  projection: GeoProjection,
  size: { width: number; height: number },
  spec: LayerSpec,
  places: readonly LaidOutPlace[],
): AreaName[] {
  const path = geoPath(projection);
  const fontSize = spec.fontSize * 0.85;
  const taken: Box[] = places.flatMap(({ markerX: x, markerY: y, label, point }) => [
    label.box,
    ...(point.area ? [] : [{ x: x - spec.radius, y: y - spec.radius, width: spec.radius * 2, height: spec.radius * 2 }]),
  ]);
  const leaders = places.flatMap(({ label }) => (label.leader ? [label.leader] : []));
  const names: AreaName[] = [];
  const step = fontSize;
  for (const country of candidates) {
    const name = country.properties.name;
    if (!name) continue;
    const w = textWidth(name.toUpperCase(), fontSize) + name.length * fontSize * 0.12 + 4;
    const h = fontSize * 1.3;
    const [cx, cy] = path.centroid(country);
    const isInside = (x: number, y: number) => {
      const at = projection.invert?.([x, y]) as LonLat | null | undefined;
      return Boolean(at) && geoContains(country, at!);
    };
    const spots: { x: number; y: number; distance: number }[] = [];
    for (let y = h / 2 + 4; y <= size.height - h / 2 - 4; y += step) {
      for (let x = w / 2 + 4; x <= size.width - w / 2 - 4; x += step) spots.push({ x, y, distance: Math.hypot(x - cx, y - cy) });
    }
    spots.sort((a, b) => a.distance - b.distance);
    for (const spot of spots) {
      const box = { x: spot.x - w / 2, y: spot.y - h / 2, width: w, height: h };
      if (taken.some((other) => boxesOverlap(box, other, 4))) continue;
      if (leaders.some((leader) => segmentHitsBox(leader, box))) continue;
      const corners: [number, number][] = [
        [box.x, box.y],
        [box.x + w, box.y],
        [box.x, box.y + h],
        [box.x + w, box.y + h],
        [spot.x, spot.y],
      ];
      if (!corners.every(([x, y]) => isInside(x, y))) continue;
      names.push({ name, x: round(spot.x), y: round(spot.y) });
      taken.push(box);
      break;
    }
  }
  return names;
}

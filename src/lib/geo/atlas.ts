import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';

/**
 * Natural Earth's countries as shipped in the `world-atlas` package, read at build time: nothing
 * is fetched. 1:50m detail for the main map, 1:110m for the small world map.
 */
export type Resolution = '50m' | '110m';

export type Country = Feature<Geometry, { name: string }>;

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

const TOPOLOGIES: Record<Resolution, CountriesTopology> = {
  '50m': countries50m as unknown as CountriesTopology,
  '110m': countries110m as unknown as CountriesTopology,
};

const cache = new Map<Resolution, Country[]>();

/** Every country at a resolution, converted from TopoJSON once. */
export function countries(resolution: Resolution): Country[] {
  let list = cache.get(resolution);
  if (!list) {
    const topology = TOPOLOGIES[resolution];
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    list = collection.features;
    cache.set(resolution, list);
  }
  return list;
}

/** All land, unnamed: the same shape as a country, so it can stand in for the other countries. */
export type Land = Feature<Geometry, { name?: string }>;

const landCache = new Map<Resolution, Land>();

/** All land as one shape, without borders: cheaper to draw where borders do not matter. */
export function land(resolution: Resolution): Land {
  let shape = landCache.get(resolution);
  if (!shape) {
    const topology = TOPOLOGIES[resolution];
    const collection = feature(topology, topology.objects.land) as FeatureCollection<Geometry>;
    shape = { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: collection.features.map((one) => one.geometry) } };
    landCache.set(resolution, shape);
  }
  return shape;
}

/** Names editors write for a country that Natural Earth spells otherwise, lowercased. */
const ATLAS_NAMES: Record<string, string> = {
  'united states': 'united states of america',
  usa: 'united states of america',
  'democratic republic of the congo': 'dem. rep. congo',
  'bosnia and herzegovina': 'bosnia and herz.',
  'czech republic': 'czechia',
  "ivory coast": "côte d'ivoire",
};

/** Whether an atlas country is the one an editor names ("United States" is Natural Earth's "United States of America"). */
export function isCountryNamed(country: Country, name: string): boolean {
  const wanted = name.trim().toLowerCase();
  const atlas = country.properties.name.toLowerCase();
  return atlas === wanted || atlas === ATLAS_NAMES[wanted];
}

/** A country by its English name in Natural Earth ("Venezuela", "Switzerland"), if it has one. */
export function countryNamed(name: string, resolution: Resolution): Country | undefined {
  const wanted = name.trim().toLowerCase();
  return countries(resolution).find((country) => country.properties.name.toLowerCase() === wanted);
}

const allBut = new Map<Resolution, WeakMap<Country, Country[]>>();

/** Every country but one, the same array each time: layoutMap reuses what it drew from it. */
export function countriesBut(outline: Country | undefined, resolution: Resolution): Country[] {
  if (!outline) return countries(resolution);
  let lists = allBut.get(resolution);
  if (!lists) allBut.set(resolution, (lists = new WeakMap()));
  let list = lists.get(outline);
  if (!list) lists.set(outline, (list = countries(resolution).filter((country) => country !== outline)));
  return list;
}

/**
 * The locator map of an event page (src/lib/geo/locator.ts): its frame for each kind of place and
 * for places in several countries, its markers, its shading, its size; and a golden SVG of the maps
 * of six events (open tests/unit/golden/locator.svg to look at it; after a deliberate change,
 * rewrite it with `UPDATE_GOLDEN=1 npm run test:unit` and look at the diff).
 */
import { geoBounds } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { countryNamed } from '../../src/lib/geo/atlas.ts';
import { markerPath } from '../../src/lib/geo/layout.ts';
import { LOCATOR_MARKER, locatorFrame, locatorMap, locatorMapOf, type LocatorMap, type LocatorPlace } from '../../src/lib/geo/locator.ts';
import { placesText, placeText } from '../../src/lib/i18n/pictures.ts';
import { previewMapSvg } from '../../src/lib/preview/map.ts';
import { expectGoldenText } from './helpers/golden.ts';

const PLACES = {
  venezuela: { id: 'venezuela', name: 'Venezuela', kind: 'country', country: 'Venezuela', lat: 6.42, lon: -66.59 },
  caracas: { id: 'caracas', name: 'Caracas', kind: 'city', country: 'Venezuela', lat: 10.4806, lon: -66.9036 },
  miraflores: { id: 'miraflores', name: 'Miraflores Palace', kind: 'building', country: 'Venezuela', lat: 10.5063, lon: -66.9203 },
  rodeo: { id: 'rodeo', name: 'El Rodeo prison', kind: 'prison', country: 'Venezuela', lat: 10.47, lon: -66.54 },
  barinas: { id: 'barinas', name: 'Barinas', kind: 'state', country: 'Venezuela', lat: 8.62, lon: -70.21 },
  'new-york': { id: 'new-york', name: 'New York', kind: 'city', country: 'United States', lat: 40.7128, lon: -74.006 },
  geneva: { id: 'geneva', name: 'Geneva', kind: 'city', country: 'Switzerland', lat: 46.2044, lon: 6.1432 },
  moscow: { id: 'moscow', name: 'Moscow', kind: 'city', country: 'Russia', lat: 55.7558, lon: 37.6173 },
} satisfies Record<string, LocatorPlace>;

type Id = keyof typeof PLACES;
const map = (...ids: Id[]) => locatorMap(ids.map((id) => PLACES[id]));
const inside = (m: LocatorMap) => m.places.every(({ x, y }) => x >= 0 && x <= m.width && y >= 0 && y <= m.height);
const pathBytes = (m: LocatorMap) => m.land.length + m.countries.length + m.areas.length;

describe('locatorFrame()', () => {
  it('frames a city, a state, a prison and a building in one country by that country: the same frame for each', () => {
    const frames = (['caracas', 'barinas', 'rodeo', 'miraflores'] as const).map((id) => locatorFrame([PLACES[id]]).extent);
    for (const frame of frames) expect(frame).toEqual(frames[0]);
    const [[west, south], [east, north]] = geoBounds(countryNamed('Venezuela', '50m')!);
    const [[fw, fs], [fe, fn]] = frames[0]!;
    expect(fw).toBeLessThan(west);
    expect(fs).toBeLessThan(south);
    expect(fe).toBeGreaterThan(east);
    expect(fn).toBeGreaterThan(north);
  });

  it('closes in on a place in a country too big to frame (New York, not the United States with Alaska and Hawaii)', () => {
    const [[west, south], [east, north]] = locatorFrame([PLACES['new-york']]).extent;
    expect(east - west).toBeLessThan(20);
    expect(north - south).toBeLessThan(15);
    expect(west).toBeLessThan(-74.006);
    expect(east).toBeGreaterThan(-74.006);
  });

  it('gives a small country (Switzerland) its neighbours around it', () => {
    const [[west, south], [east, north]] = locatorFrame([PLACES.geneva]).extent;
    expect(east - west).toBeGreaterThanOrEqual(11);
    expect(north - south).toBeGreaterThanOrEqual(7);
  });

  it('frames places in several countries together, with a projection for much of the globe when they are far apart', () => {
    const near = locatorFrame([PLACES.caracas, PLACES.barinas]);
    expect(near.projection).toBe('mercator');
    expect(near.resolution).toBe('50m');
    const far = locatorFrame([PLACES.moscow, PLACES.venezuela]);
    expect(far.projection).toBe('natural-earth');
    expect(far.resolution).toBe('110m');
    expect(far.shaded).toEqual(['Russia']);
    expect(far.areas).toEqual(['Venezuela']);
  });
});

describe('locatorMap()', () => {
  it('draws each place with its kind’s marker: a city, a state, a prison and a building each look different', () => {
    const kinds = (['caracas', 'barinas', 'rodeo', 'miraflores'] as const).map((id) => map(id).places[0]!);
    expect(kinds.map((place) => place.marker)).toEqual(kinds.map((place) => markerPath(place.kind, LOCATOR_MARKER)));
    expect(new Set(kinds.map((place) => place.marker)).size).toBe(4);
  });

  it('shades the place’s country, and a whole country named as the place with no marker', () => {
    const city = map('caracas');
    expect(city.countries).not.toBe('');
    expect(city.areas).toBe('');
    const country = map('venezuela');
    expect(country.areas).toBe(city.countries);
    expect(country.countries).toBe('');
    expect(country.places[0]!.marker).toBe('');
  });

  it('fans out markers too close to tell apart, each tied to its true position', () => {
    const [miraflores, rodeo] = map('miraflores', 'rodeo').places;
    expect(Math.hypot(miraflores!.x - rodeo!.x, miraflores!.y - rodeo!.y)).toBeGreaterThanOrEqual(2 * LOCATOR_MARKER);
    expect(miraflores!.tie).not.toBeNull();
    expect(map('caracas', 'barinas').places.map((place) => place.tie)).toEqual([null, null]);
  });

  it('shows every place of an event with several, each labelled with its name', () => {
    for (const ids of [['caracas', 'new-york'], ['moscow', 'venezuela'], ['geneva', 'caracas'], ['caracas', 'miraflores', 'rodeo']] as Id[][]) {
      const m = map(...ids);
      expect(m.places.map((place) => place.name)).toEqual(ids.map((id) => PLACES[id].name));
      expect(inside(m), ids.join('+')).toBe(true);
      expect(m.places.filter((place) => place.label.collides), ids.join('+')).toEqual([]);
    }
  });

  it('shades “United States”, as the places file writes it, though Natural Earth calls it “United States of America”', () => {
    expect(map('new-york').countries).not.toBe('');
  });

  it('keeps a map to a few KB of path data, country-sized or spanning an ocean', () => {
    for (const ids of [['venezuela'], ['caracas'], ['geneva'], ['caracas', 'new-york'], ['moscow', 'venezuela']] as Id[][]) {
      expect(pathBytes(map(...ids)), ids.join('+')).toBeLessThan(6000);
    }
  });

  it('returns the same map for the same places, from one drawing (locatorMapOf)', () => {
    const places = [PLACES.caracas, PLACES['new-york']];
    expect(locatorMapOf(places)).toBe(locatorMapOf([...places]));
  });

  it('refuses an event without places', () => {
    expect(() => locatorMap([])).toThrow(/at least one place/);
  });
});

describe('the map’s words', () => {
  it('names each place with its kind and country, the country in the edition’s words where given', () => {
    expect(placeText(PLACES.caracas, 'en')).toBe('Caracas (city), Venezuela');
    expect(placeText(PLACES.venezuela, 'es')).toBe('Venezuela (país)');
    expect(placeText({ ...PLACES['new-york'], name: 'Nueva York', countryName: 'Estados Unidos' }, 'es')).toBe('Nueva York (ciudad), Estados Unidos');
    expect(placesText([PLACES.rodeo, PLACES.moscow], 'en')).toBe('El Rodeo prison (prison), Venezuela; Moscow (city), Russia');
  });
});

describe('the map in a link preview', () => {
  it('is an SVG file of its own, with the page’s colours written in and no text (the card has no font for it)', () => {
    const svg = previewMapSvg(map('caracas', 'new-york'));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 320 \d+"/);
    expect(svg).not.toMatch(/<text|var\(|class=/);
    expect(svg.match(/transform="translate/g)).toHaveLength(2);
  });
});

/** Numbers beyond one decimal rounded: the golden file must not change with float noise. */
const normalise = (text: string) => text.replace(/-?\d+\.\d{2,}/g, (number) => String(Math.round(Number(number) * 10) / 10));

function goldenSvg(): string {
  const cases: Id[][] = [['caracas'], ['venezuela'], ['barinas', 'rodeo', 'miraflores'], ['caracas', 'new-york'], ['geneva'], ['moscow', 'venezuela']];
  const maps = cases.map((ids) => ({ ids, m: map(...ids) }));
  const lines = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 660 ' + Math.ceil(maps.length / 2) * 330 + '" font-family="sans-serif" font-size="13">'];
  lines.push('<style>.sea{fill:#e8eef3}.land{fill:#eceae5;stroke:#b9b5ad;stroke-width:.6}.country{fill:#d6d3cc;stroke:#55524c;stroke-width:.8}.area{fill:#b6c9dc;stroke:#0b5394}.marker{fill:#0b5394;stroke:#fff;stroke-width:1.5}.box{fill:none;stroke:#c2410c;stroke-width:.5}.tie{stroke:#55524c}text{dominant-baseline:central}</style>');
  maps.forEach(({ ids, m }, index) => {
    lines.push(`<g id="${ids.join('-')}" transform="translate(${(index % 2) * 340},${Math.floor(index / 2) * 330})">`);
    lines.push(`<rect class="sea" width="${m.width}" height="${m.height}"/>`);
    lines.push(`<path class="land" d="${m.land}"/>`, `<path class="country" d="${m.countries}"/>`, `<path class="area" d="${m.areas}"/>`);
    for (const { id, x, y, tie, marker, label, name } of m.places) {
      if (tie) lines.push(`<line class="tie" x1="${tie.x1}" y1="${tie.y1}" x2="${tie.x2}" y2="${tie.y2}"/>`);
      if (marker) lines.push(`<path class="marker" data-id="${id}" transform="translate(${x},${y})" d="${marker}"/>`);
      const { box } = label;
      lines.push(`<rect class="box" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"/>`);
      lines.push(`<text x="${label.textX}" y="${label.textY}" text-anchor="${label.anchor}">${name}</text>`);
    }
    lines.push('</g>');
  });
  lines.push('</svg>');
  return normalise(lines.join('\n'));
}

describe('the locator maps, golden', () => {
  it('match the stored golden SVG of six events’ maps (numbers rounded to 0.1)', () => {
    expectGoldenText('locator.svg', goldenSvg());
  });
});

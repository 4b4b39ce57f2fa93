import { textWidth } from '../../src/lib/text-metrics.ts';
import { describe, expect, it } from 'vitest';
import { countryNamed } from '../../src/lib/geo/atlas.ts';
import { spreadMarkers } from '../../src/lib/geo/crowds.ts';
import { extentOf, extentOutline, inExtent, padExtent, splitByExtent, unionExtent, type Extent } from '../../src/lib/geo/extent.ts';
import { boxesOverlap, placeLabels, segmentHitsBox, segmentsCross, type Box, type LabelRequest, type PlacedLabel } from '../../src/lib/geo/label-placement.ts';
import { fitProjection, layoutMap, markerPath, SHAPE_OF_KIND, type MapLayout } from '../../src/lib/geo/layout.ts';
import { mapStrings as stringsFor } from '../../src/lib/geo/map-strings.ts';

const mapStrings = stringsFor('en');
import { CompactPath, tenths } from '../../src/lib/geo/path.ts';
import { buildPlacesMap, mainExtent, summarisePlaces } from '../../src/lib/geo/places-map.ts';
import { focusCountry, placesWithEvents } from '../../src/lib/geo/places.ts';
import type { Place } from '../../src/lib/model.ts';
import { eventSchema } from '../../src/lib/schema/index.ts';
import { buildTimeline, type TimelineInput } from '../../src/lib/timeline.ts';

/** Places as in content/places.yaml, plus two that test the edges: a Colombian border town and a Venezuelan island far out. */
const PLACES: Record<string, Omit<Place, 'id'>> = {
  venezuela: { name: 'Venezuela', kind: 'country', country: 'Venezuela', lat: 6.42, lon: -66.59 },
  caracas: { name: 'Caracas', kind: 'city', country: 'Venezuela', lat: 10.4806, lon: -66.9036 },
  miraflores: { name: 'Miraflores Palace', kind: 'building', country: 'Venezuela', lat: 10.5063, lon: -66.9203 },
  'el-rodeo': { name: 'El Rodeo prison', kind: 'prison', country: 'Venezuela', lat: 10.47, lon: -66.54 },
  barinas: { name: 'Barinas', kind: 'state', country: 'Venezuela', lat: 8.62, lon: -70.21 },
  cucuta: { name: 'Cúcuta', kind: 'city', country: 'Colombia', lat: 7.89, lon: -72.5 },
  'aves-island': { name: 'Isla de Aves', kind: 'city', country: 'Venezuela', lat: 15.67, lon: -63.62 },
  'new-york': { name: 'New York', kind: 'city', country: 'United States', lat: 40.7128, lon: -74.006 },
  geneva: { name: 'Geneva', kind: 'city', country: 'Switzerland', lat: 46.2044, lon: 6.1432 },
  moscow: { name: 'Moscow', kind: 'city', country: 'Russia', lat: 55.7558, lon: 37.6173 },
};

/** A timeline whose events name the given places, one event per list, dated a day apart. */
function timeline(placeLists: string[][]) {
  // As TimelineInput: the schema's photo is a path, and no fixture here has one.
  const input = {
    actors: [],
    metrics: [],
    places: Object.entries(PLACES).map(([id, data]) => ({ id, data })),
    events: placeLists.map((places, index) => ({
      slug: `e${index + 1}`,
      data: eventSchema.parse({
        title: `Event ${index + 1}`,
        summary: 'A fixture event.',
        date: `2026-02-${String(index + 1).padStart(2, '0')}`,
        category: 'report',
        sources: [{ outlet: 'Fixture Agency' }],
        places,
        added: '2026-02-28T18:30:00-04:00',
      }),
    })),
  } as TimelineInput;
  return buildTimeline(input);
}

/** The story's real shape: the country named most, a cluster around Caracas, a state, three places abroad. */
const STORY = timeline([
  ['venezuela'],
  ['venezuela'],
  ['venezuela'],
  ['caracas', 'new-york'],
  ['el-rodeo'],
  ['el-rodeo'],
  ['miraflores'],
  ['barinas'],
  ['geneva'],
  ['moscow', 'venezuela'],
  [],
]);

const ids = (list: { place: Place }[]) => list.map((entry) => entry.place.id);

describe('placesWithEvents()', () => {
  it('placesWithEvents() lists only places some event names, most events first', () => {
    const entries = placesWithEvents(STORY.events, [...STORY.places.values()]);
    expect(ids(entries)).toEqual(['venezuela', 'el-rodeo', 'caracas', 'miraflores', 'barinas', 'new-york', 'geneva', 'moscow']);
    expect(entries.map((entry) => entry.events.length)).toEqual([4, 2, 1, 1, 1, 1, 1, 1]);
    expect(ids(entries)).not.toContain('cucuta');
  });

  it('placesWithEvents() keeps each place’s events in reading order', () => {
    const [venezuela] = placesWithEvents(STORY.events);
    expect(venezuela!.events.map((event) => event.slug)).toEqual(['e1', 'e2', 'e3', 'e10']);
  });

  it('placesWithEvents() counts an event once when it names a place twice', () => {
    const entries = placesWithEvents(timeline([['caracas', 'caracas']]).events);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.events).toHaveLength(1);
  });

  it('placesWithEvents() breaks ties by the order of the places given, then by name', () => {
    const events = timeline([['geneva'], ['barinas']]).events;
    expect(ids(placesWithEvents(events))).toEqual(['barinas', 'geneva']);
    const order = [STORY.places.get('geneva')!, STORY.places.get('barinas')!];
    expect(ids(placesWithEvents(events, order))).toEqual(['geneva', 'barinas']);
  });

  it('focusCountry() is the country whose places the events name most often', () => {
    expect(focusCountry(placesWithEvents(STORY.events))).toBe('Venezuela');
    expect(focusCountry(placesWithEvents(timeline([['geneva'], ['geneva'], ['caracas']]).events))).toBe('Switzerland');
    expect(focusCountry([])).toBeUndefined();
  });
});

describe('extents', () => {
  const box: Extent = [
    [-70, 0],
    [-60, 10],
  ];

  it('extentOf() is the smallest extent holding every point', () => {
    expect(
      extentOf([
        [-66, 10],
        [-70, 8],
        [6, 46],
      ]),
    ).toEqual([
      [-70, 8],
      [6, 46],
    ]);
    expect(() => extentOf([])).toThrow();
  });

  it('padExtent() grows each side by a fraction, and by at least the minimum', () => {
    expect(padExtent(box, 0.1)).toEqual([
      [-71, -1],
      [-59, 11],
    ]);
    expect(
      padExtent(
        [
          [5, 5],
          [5, 5],
        ],
        0.1,
        2,
      ),
    ).toEqual([
      [3, 3],
      [7, 7],
    ]);
  });

  it('padExtent() stays within the world and off the poles', () => {
    expect(
      padExtent(
        [
          [-179, -80],
          [179, 80],
        ],
        0.5,
      ),
    ).toEqual([
      [-180, -85],
      [180, 85],
    ]);
  });

  it('unionExtent() holds both extents', () => {
    expect(
      unionExtent(box, [
        [-65, 5],
        [-50, 20],
      ]),
    ).toEqual([
      [-70, 0],
      [-50, 20],
    ]);
  });

  it.each([
    ['a point inside', [-65, 5], true],
    ['a point on the edge', [-70, 10], true],
    ['a point west of it', [-71, 5], false],
    ['a point north of it', [-65, 11], false],
  ] as const)('inExtent() is %s → %s', (_, point, expected) => {
    expect(inExtent(box, [...point])).toBe(expected);
  });

  it('splitByExtent() splits items by position, keeping their order', () => {
    const items = [
      { id: 'a', at: [-65, 5] as [number, number] },
      { id: 'b', at: [6, 46] as [number, number] },
      { id: 'c', at: [-61, 1] as [number, number] },
    ];
    const { inside, outside } = splitByExtent(items, box, (item) => item.at);
    expect(inside.map((item) => item.id)).toEqual(['a', 'c']);
    expect(outside.map((item) => item.id)).toEqual(['b']);
  });

  it('extentOutline() walks round the extent and closes', () => {
    const outline = extentOutline(box, 2);
    expect(outline).toHaveLength(9);
    expect(outline[0]).toEqual(outline.at(-1));
    expect(outline.every((point) => inExtent(box, point))).toBe(true);
  });
});

/** Every label checked against every other label, every marker and the bounds. */
function expectNoCollisions(requests: readonly LabelRequest[], placed: readonly PlacedLabel[], bounds: Box) {
  for (const [index, label] of placed.entries()) {
    expect(label.collides, label.id).toBe(false);
    expect(label.box.x).toBeGreaterThanOrEqual(bounds.x - 0.05);
    expect(label.box.y).toBeGreaterThanOrEqual(bounds.y - 0.05);
    expect(label.box.x + label.box.width).toBeLessThanOrEqual(bounds.x + bounds.width + 0.05);
    expect(label.box.y + label.box.height).toBeLessThanOrEqual(bounds.y + bounds.height + 0.05);
    for (const other of placed.slice(index + 1)) expect(boxesOverlap(label.box, other.box), `${label.id} / ${other.id}`).toBe(false);
    for (const marker of requests.filter((request) => request.radius > 0)) {
      const markerBox = { x: marker.x - marker.radius + 0.5, y: marker.y - marker.radius + 0.5, width: 2 * marker.radius - 1, height: 2 * marker.radius - 1 };
      expect(boxesOverlap(label.box, markerBox), `${label.id} covers marker ${marker.id}`).toBe(false);
    }
  }
}

describe('placeLabels()', () => {
  const bounds: Box = { x: 0, y: 0, width: 400, height: 300 };
  const request = (id: string, x: number, y: number, width = 60): LabelRequest => ({ id, x, y, width, height: 16, radius: 5 });

  it('placeLabels() puts a lone label to the right of its marker, centred on it', () => {
    const [label] = placeLabels([request('a', 100, 100)], { bounds });
    expect(label!.anchor).toBe('start');
    expect(label!.box.x).toBeGreaterThan(105);
    expect(label!.textY).toBe(100);
    expect(label!.leader).toBeNull();
  });

  it('placeLabels() puts a label on the left when the right would leave the map', () => {
    const [label] = placeLabels([request('a', 380, 100)], { bounds });
    expect(label!.anchor).toBe('end');
    expect(label!.box.x + label!.box.width).toBeLessThan(375);
  });

  it('placeLabels() keeps labels of nearby markers apart', () => {
    const requests = [request('a', 100, 100), request('b', 120, 102), request('c', 140, 98)];
    const placed = placeLabels(requests, { bounds });
    expectNoCollisions(requests, placed, bounds);
  });

  it('placeLabels() gives markers that touch each other labels with leader lines', () => {
    const requests = [request('a', 200, 150), request('b', 201, 149)];
    const placed = placeLabels(requests, { bounds });
    expectNoCollisions(requests, placed, bounds);
    for (const label of placed) expect(label.leader, label.id).not.toBeNull();
  });

  it('placeLabels() sets a centred label on its point', () => {
    const [label] = placeLabels([{ id: 'country', x: 200, y: 150, width: 100, height: 20, radius: 0, mode: 'centre' }], { bounds });
    expect(label!.anchor).toBe('middle');
    expect(label!.box).toEqual({ x: 150, y: 140, width: 100, height: 20 });
  });

  it('placeLabels() keeps clear of obstacles and lines', () => {
    const obstacle = { x: 106, y: 80, width: 100, height: 40 };
    const line = { x1: 90, y1: 60, x2: 90, y2: 140 };
    const [label] = placeLabels([request('a', 100, 100)], { bounds, obstacles: [obstacle], lines: [line] });
    expect(boxesOverlap(label!.box, obstacle)).toBe(false);
    expect(segmentHitsBox(line, label!.box)).toBe(false);
  });

  it('placeLabels() returns labels in the input order, whatever order it placed them in', () => {
    const requests = [request('z', 50, 50), request('y', 300, 200), request('x', 52, 52)];
    expect(placeLabels(requests, { bounds }).map((label) => label.id)).toEqual(['z', 'y', 'x']);
  });

  it('placeLabels() places thirty scattered labels without a collision', () => {
    // A fixed pseudo-random scatter (a linear congruential generator), so the test is repeatable.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const big: Box = { x: 0, y: 0, width: 640, height: 480 };
    const requests = Array.from({ length: 30 }, (_, index) => request(`p${index}`, 40 + random() * 560, 30 + random() * 420, 40 + random() * 60));
    const placed = placeLabels(requests, { bounds: big });
    expectNoCollisions(requests, placed, big);
    // No leader line crosses another or runs through a label.
    const leaders = placed.flatMap((label) => (label.leader ? [label.leader] : []));
    for (const [index, leader] of leaders.entries()) {
      for (const other of leaders.slice(index + 1)) expect(segmentsCross(leader, other)).toBe(false);
    }
  });

  it('placeLabels() marks labels it could not place without overlap', () => {
    const tiny: Box = { x: 0, y: 0, width: 80, height: 30 };
    const placed = placeLabels([request('a', 40, 15, 70), request('b', 42, 15, 70)], { bounds: tiny });
    expect(placed.some((label) => label.collides)).toBe(true);
  });

  it('textWidth() grows with the text and the font size', () => {
    expect(textWidth('Miraflores Palace', 13)).toBeGreaterThan(textWidth('Caracas', 13));
    expect(textWidth('Caracas', 26)).toBeCloseTo(textWidth('Caracas', 13) * 2);
    expect(textWidth('MMM', 10)).toBeGreaterThan(textWidth('iii', 10));
  });

  it('segmentsCross() and segmentHitsBox() tell crossing from missing', () => {
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false);
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentHitsBox({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 30, y2: 5 }, box)).toBe(false);
  });
});

describe('spreadMarkers()', () => {
  const distance = (a: { markerX: number; markerY: number }, b: { markerX: number; markerY: number }) =>
    Math.hypot(a.markerX - b.markerX, a.markerY - b.markerY);

  it('spreadMarkers() leaves markers that are clear of each other where they are', () => {
    const spread = spreadMarkers(
      [
        { id: 'a', x: 10, y: 10 },
        { id: 'b', x: 40, y: 10 },
      ],
      5,
      3,
    );
    expect(spread.map((point) => [point.markerX, point.markerY, point.moved])).toEqual([
      [10, 10, false],
      [40, 10, false],
    ]);
  });

  it('spreadMarkers() fans out markers on the same spot, far enough apart to see each', () => {
    const spread = spreadMarkers(
      [
        { id: 'city', x: 100, y: 100 },
        { id: 'palace', x: 99.3, y: 99 },
      ],
      5,
      3,
    );
    expect(spread.every((point) => point.moved)).toBe(true);
    expect(distance(spread[0]!, spread[1]!)).toBeGreaterThanOrEqual(12.9);
    // The true positions are kept, for the ties.
    expect(spread[1]).toMatchObject({ x: 99.3, y: 99 });
  });

  it('spreadMarkers() turns a fan to miss a marker nearby rather than moving that one too', () => {
    // Caracas, Miraflores Palace and El Rodeo prison as they fall on the 640-unit map.
    const spread = spreadMarkers(
      [
        { id: 'caracas', x: 307.1, y: 102.9 },
        { id: 'miraflores', x: 306.4, y: 101.8 },
        { id: 'el-rodeo', x: 322.4, y: 103.4 },
      ],
      5,
      3,
    );
    expect(spread.map((point) => point.moved)).toEqual([true, true, false]);
    for (const [index, a] of spread.entries()) for (const b of spread.slice(index + 1)) expect(distance(a, b)).toBeGreaterThanOrEqual(12.9);
  });

  it('spreadMarkers() merges crowds until no two markers touch', () => {
    const points = Array.from({ length: 6 }, (_, index) => ({ id: `p${index}`, x: 100 + (index % 3) * 4, y: 100 + Math.floor(index / 3) * 4 }));
    const spread = spreadMarkers(points, 5, 3);
    for (const [index, a] of spread.entries()) for (const b of spread.slice(index + 1)) expect(distance(a, b)).toBeGreaterThanOrEqual(12.9);
  });
});

describe('CompactPath', () => {
  it.each([
    [12, '1.2'],
    [-5, '-.5'],
    [30, '3'],
    [0, '0'],
    [-123, '-12.3'],
  ])('tenths(%i) is "%s"', (value, text) => {
    expect(tenths(value)).toBe(text);
  });

  it('CompactPath writes relative steps that add up to the rounded absolute points', () => {
    const path = new CompactPath();
    path.moveTo(10.04, 20);
    path.lineTo(15.26, 18.01);
    path.lineTo(15.3, 18);
    path.lineTo(5, 25.55);
    path.closePath();
    // (15.3, 18) rounds to the point before it, so it is left out.
    expect(path.result()).toBe('M10 20l5.3-2-10.3 7.6z');
  });

  it('CompactPath leaves out points closer than the minimum distance, but ends a line where it should', () => {
    const path = new CompactPath(1);
    path.moveTo(0, 0);
    path.lineTo(0.3, 0);
    path.lineTo(0.6, 0);
    path.lineTo(5, 0);
    path.lineTo(5.2, 0.1);
    expect(path.result()).toBe('M0 0l5 0 .2 .1');
  });
});

describe('map layout', () => {
  const extent: Extent = [
    [-74, 0],
    [-59, 13],
  ];

  it('fitProjection() fits the extent to the width, and the height follows', () => {
    const { projection, height } = fitProjection('mercator', extent, 640);
    const [x0, y0] = projection([-74, 13])!;
    const [x1, y1] = projection([-59, 0])!;
    expect(x0).toBeCloseTo(0, 0);
    expect(x1).toBeCloseTo(640, 0);
    expect(y0).toBeCloseTo(0, 0);
    expect(y1).toBeLessThanOrEqual(height);
    expect(height).toBeGreaterThan(500);
  });

  it('markerPath() gives each kind of place its own shape', () => {
    const shapes = Object.keys(SHAPE_OF_KIND).map((kind) => markerPath(kind as keyof typeof SHAPE_OF_KIND, 5));
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('mainExtent() is the country with a margin, widened for places of the country beyond it', () => {
    const venezuela = countryNamed('Venezuela', '50m')!;
    const plain = mainExtent(venezuela, [STORY.places.get('caracas')!]);
    expect(inExtent(plain, [-66.9, 10.48])).toBe(true);
    expect(inExtent(plain, [-63.62, 15.67])).toBe(false);
    const wider = mainExtent(venezuela, [{ ...PLACES['aves-island']!, id: 'aves-island' }]);
    expect(inExtent(wider, [-63.62, 15.67])).toBe(true);
    // Without an outline, the places alone make the extent.
    expect(mainExtent(undefined, [STORY.places.get('caracas')!, STORY.places.get('barinas')!])[0][0]).toBeLessThan(-70.21);
  });
});

/** Every label in every layer clear of the others, and of every marker. */
function expectLayoutClear(layout: MapLayout) {
  const bounds = { x: 0, y: 0, width: layout.width, height: layout.height };
  for (const layer of layout.layers) {
    const requests = layer.places.map((place) => ({
      id: place.point.id,
      x: place.markerX,
      y: place.markerY,
      width: 0,
      height: 0,
      radius: place.marker ? layer.spec.radius : 0,
    }));
    expectNoCollisions(
      requests,
      layer.places.map((place) => place.label),
      bounds,
    );
  }
}

describe('buildPlacesMap()', () => {
  const model = buildPlacesMap(STORY.events, [...STORY.places.values()], mapStrings.count);

  it('buildPlacesMap() puts the country’s places on the main map and the rest on the world map', () => {
    expect(model.focus).toBe('Venezuela');
    expect(ids(model.main!.entries).sort()).toEqual(['barinas', 'caracas', 'el-rodeo', 'miraflores', 'venezuela']);
    expect(ids(model.world!.entries).sort()).toEqual(['geneva', 'moscow', 'new-york']);
  });

  it('buildPlacesMap() decides by the map’s extent, not by country: a town across the border stays on the main map', () => {
    const withCucuta = timeline([['venezuela'], ['venezuela'], ['cucuta'], ['geneva']]);
    const { main, world } = buildPlacesMap(withCucuta.events, [...withCucuta.places.values()], mapStrings.count);
    expect(ids(main!.entries)).toContain('cucuta');
    expect(ids(world!.entries)).toEqual(['geneva']);
  });

  it('buildPlacesMap() names the focus country across its shape instead of giving it a marker', () => {
    const venezuela = model.main!.layout.layers[0]!.places.find((place) => place.point.id === 'venezuela')!;
    expect(venezuela.point.area).toBe(true);
    expect(venezuela.marker).toBe('');
    expect(venezuela.label.anchor).toBe('middle');
  });

  it('buildPlacesMap() lays out both maps with no label over another label or a marker, at both sizes', () => {
    expectLayoutClear(model.main!.layout);
    expectLayoutClear(model.world!.layout);
  });

  it('buildPlacesMap() fans out the Caracas crowd and ties each marker to its true position', () => {
    for (const layer of model.main!.layout.layers) {
      const caracas = layer.places.find((place) => place.point.id === 'caracas')!;
      const miraflores = layer.places.find((place) => place.point.id === 'miraflores')!;
      expect(caracas.moved && miraflores.moved).toBe(true);
      expect(Math.hypot(caracas.markerX - miraflores.markerX, caracas.markerY - miraflores.markerY)).toBeGreaterThan(2 * layer.spec.radius);
    }
  });

  it('buildPlacesMap() names the neighbours that take up much of the main map', () => {
    const names = model.main!.layout.layers[0]!.areaNames.map((area) => area.name);
    expect(names).toEqual(expect.arrayContaining(['Colombia', 'Brazil']));
    expect(names).not.toContain('Venezuela');
  });

  it('buildPlacesMap() frames the main map on the world map', () => {
    expect(model.world!.layout.locator).toMatch(/^M[\d.]+ [\d.]+l/);
    expect(model.main!.layout.locator).toBe('');
  });

  it('buildPlacesMap() keeps the two maps’ outlines small', () => {
    const main = model.main!.layout;
    const world = model.world!.layout;
    expect(main.land.length + main.focus.length).toBeLessThan(14_000);
    expect(world.land.length + world.focus.length + world.locator.length).toBeLessThan(12_000);
  });

  it('buildPlacesMap() draws no map when no event names a place', () => {
    const empty = buildPlacesMap(timeline([[]]).events, [], mapStrings.count);
    expect(empty).toEqual({ entries: [] });
  });

  it('buildPlacesMap() leaves out the world map when every place is on the main map', () => {
    const home = timeline([['caracas'], ['barinas']]);
    expect(buildPlacesMap(home.events, [...home.places.values()], mapStrings.count).world).toBeUndefined();
  });
});

describe('the summary', () => {
  it('mapStrings.summary() says how many places, where, and which comes up most', () => {
    const entries = placesWithEvents(STORY.events, [...STORY.places.values()]);
    expect(mapStrings.summary(summarisePlaces(entries, focusCountry(entries)))).toBe(
      'The events name 8 places: 5 in Venezuela and 3 elsewhere (New York, Geneva and Moscow). ' +
        'Venezuela as a whole comes up most often, in 4 events; of the places in Venezuela, El Rodeo prison comes up most, in 2 events.',
    );
  });

  it('mapStrings.summary() names every place tied for most events', () => {
    const entries = placesWithEvents(timeline([['caracas'], ['barinas']]).events);
    expect(mapStrings.summary(summarisePlaces(entries, 'Venezuela'))).toBe(
      'The events name 2 places: 2 in Venezuela. Barinas and Caracas come up most often, in 1 event each.',
    );
  });

  it('mapStrings.markerLabel() is the accessible name of a marker: its visible label (name and count) and what the count counts', () => {
    expect(mapStrings.markerLabel('Caracas', 5)).toBe('Caracas 5 events');
    expect(mapStrings.markerLabel('Barinas', 1)).toBe('Barinas 1 event');
  });
});

describe('layoutMap()', () => {
  it('layoutMap() projects each point and keeps its input details', () => {
    const extent: Extent = [
      [-74, 0],
      [-59, 13],
    ];
    const layout = layoutMap([{ id: 'caracas', name: 'Caracas', kind: 'city', lon: -66.9, lat: 10.48, count: 5 }], {
      width: 320,
      extent,
      projection: 'mercator',
      others: [],
      layers: [{ name: 'only', fontSize: 12, radius: 4 }],
    });
    const [place] = layout.layers[0]!.places;
    expect(place!.x).toBeGreaterThan(0);
    expect(place!.x).toBeLessThan(320);
    expect(place!.point.count).toBe(5);
    expect(layout.land).toBe('');
  });
});

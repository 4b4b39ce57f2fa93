import { describe, expect, it } from 'vitest';
import { CompactPath } from '../../src/lib/geo/path.ts';
import { labelSize } from '../../src/lib/geo/layout.ts';
import { mapStrings as stringsFor, someNames as namesIn } from '../../src/lib/geo/map-strings.ts';

const mapStrings = stringsFor('en');
const someNames = (names: string[]) => namesIn(names, 'en');
import { buildPlacesMap, mapPoint, summarisePlaces } from '../../src/lib/geo/places-map.ts';
import { PLACE_LIST, placeListings, type PlaceEvents } from '../../src/lib/geo/places.ts';
import type { Place, TimelineEvent } from '../../src/lib/model.ts';

/**
 * The places map at any size: the list below it is cut down on a long timeline, and the summary,
 * the labels and the outlines stay as short as they can.
 */

const place = (id: string, country = 'Venezuela'): Place => ({ id, name: id[0]!.toUpperCase() + id.slice(1), kind: 'city', country, lat: 10, lon: -66 });
const event = (slug: string) => ({ slug }) as TimelineEvent;
/** A place named by `count` events e1…eN, in reading order. */
const entry = (id: string, count: number, country?: string): PlaceEvents => ({
  place: place(id, country),
  events: Array.from({ length: count }, (_, index) => event(`${id}-${index + 1}`)),
});

describe('placeListings()', () => {
  it('placeListings() lists every event of every place while the lists are short, as the real story is', () => {
    // The real content: 19 entries in all, Venezuela with 11 of them.
    const entries = [entry('venezuela', 11), entry('rodeo', 2), ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => entry(id, 1))];
    const listings = placeListings(entries);
    expect(listings.map((one) => one.events.length)).toEqual([11, 2, 1, 1, 1, 1, 1, 1]);
    expect(listings.every((one) => !one.capped && one.total === one.events.length)).toBe(true);
  });

  it('placeListings() lists only each place’s latest events, in reading order, once the lists would be long', () => {
    const listings = placeListings([entry('caracas', 265), entry('barinas', 3), entry('geneva', 6, 'Switzerland')]);
    const [caracas, barinas, geneva] = listings;
    expect(caracas!.events.map((one) => one.slug)).toEqual(['caracas-261', 'caracas-262', 'caracas-263', 'caracas-264', 'caracas-265']);
    expect(caracas).toMatchObject({ total: 265, capped: true });
    // A place with no more than the cap keeps its whole list, and needs no link.
    expect(barinas).toMatchObject({ total: 3, capped: false });
    expect(barinas!.events).toHaveLength(3);
    expect(geneva).toMatchObject({ total: 6, capped: true });
    expect(geneva!.events).toHaveLength(PLACE_LIST.latest);
  });

  it('placeListings() keeps the list’s length bounded by the number of places, however many events', () => {
    for (const count of [50, 400, 2000, 20_000]) {
      const entries = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => entry(id, count / 8));
      const listed = placeListings(entries).reduce((sum, one) => sum + one.events.length, 0);
      expect(listed).toBeLessThanOrEqual(Math.max(PLACE_LIST.wholeUpTo, 8 * PLACE_LIST.latest));
    }
  });

  it('placeListings() takes its limits as an argument and leaves the entries it was given alone', () => {
    const entries = [entry('caracas', 4)];
    expect(placeListings(entries, { wholeUpTo: 3, latest: 2 })[0]!.events.map((one) => one.slug)).toEqual(['caracas-3', 'caracas-4']);
    expect(placeListings(entries, { wholeUpTo: 4, latest: 2 })[0]!.capped).toBe(false);
    expect(entries[0]!.events).toHaveLength(4);
  });
});

describe('the map’s words at any size', () => {
  it('mapStrings.allEvents() is the link to a place’s page, with the number in full', () => {
    expect(mapStrings.allEvents(265, 'Caracas')).toBe('All 265 events in Caracas');
    expect(mapStrings.allEvents(1204, 'Caracas')).toBe('All 1,204 events in Caracas');
  });

  it('mapStrings.latestEvents() says beside a place’s name how many events it has and how many are listed', () => {
    expect(mapStrings.latestEvents(1204, 5)).toBe('1,204 events, the latest 5 below');
  });

  it('mapStrings counts with thousands separators: labels, accessible names, the summary', () => {
    expect(mapStrings.count(1204)).toBe('1,204');
    expect(mapStrings.markerLabel('Venezuela', 12_345)).toBe('Venezuela 12,345 events');
  });

  it('writes the map in Spanish for the Spanish edition, numbers as Venezuelans write them', () => {
    const es = stringsFor('es');
    expect(es.allEvents(1204, 'Caracas')).toBe('Los 1.204 hechos en Caracas');
    expect(es.markerLabel('Venezuela', 1)).toBe('Venezuela 1 hecho');
    expect(namesIn(['Ginebra', 'Moscú', 'Nueva York'], 'es')).toBe('Ginebra, Moscú y Nueva York');
  });

  it('someNames() lists a few names, and counts the rest', () => {
    expect(someNames(['Geneva'])).toBe('Geneva');
    expect(someNames(['Geneva', 'Moscow', 'New York', 'Madrid'])).toBe('Geneva, Moscow, New York and Madrid');
    expect(someNames(['Geneva', 'Moscow', 'New York', 'Madrid', 'Bogotá', 'Lima'])).toBe('Geneva, Moscow, New York and 3 others');
  });

  it('mapStrings.summary() stays a sentence with many places abroad and many tied for most events', () => {
    const abroad = ['geneva', 'moscow', 'madrid', 'bogota', 'lima', 'quito', 'havana'].map((id) => entry(id, 2, 'Elsewhere'));
    const home = ['caracas', 'barinas', 'merida', 'zulia', 'lara'].map((id) => entry(id, 300));
    const text = mapStrings.summary(summarisePlaces([...home, ...abroad], 'Venezuela'));
    expect(text).toBe(
      'The events name 12 places: 5 in Venezuela and 7 elsewhere (Geneva, Moscow, Madrid and 4 others). ' +
        'Caracas, Barinas, Merida and 2 others come up most often, in 300 events each.',
    );
  });

  it('mapStrings.filterStatus() says how many places the events shown name, for the status line', () => {
    const texts = mapStrings.filterStatus(8);
    expect(texts.some.replace('{shown}', '3')).toBe('The events shown name 3 of the 8 places; the others are dimmed.');
    expect(texts.all).toBe('The events shown name all 8 places.');
    expect(texts.none).toMatch(/none of the 8 places/);
  });

  it('mapPoint() gives the label the count as it is shown, and the label is sized for it', () => {
    const point = mapPoint(entry('caracas', 1204), undefined, mapStrings.count);
    expect(point.countText).toBe('1,204');
    expect(labelSize(point, 13).width).toBeGreaterThan(labelSize({ ...point, countText: undefined }, 13).width);
  });
});

describe('outlines at a coarser precision', () => {
  it('CompactPath rounds to whole units when asked, and the steps still add up', () => {
    const path = new CompactPath(0, 1);
    path.moveTo(10.4, 20.6);
    path.lineTo(15.26, 18.01);
    path.lineTo(15.4, 18.2);
    path.lineTo(5.5, 25.5);
    path.closePath();
    // (15.4, 18.2) rounds to the point before it, so it is left out; 5.5 rounds to 6.
    expect(path.result()).toBe('M10 21l5-3-9 8z');
  });

  it('buildPlacesMap() draws the small world map in whole units and the country map in tenths', () => {
    const places = [place('caracas'), { ...place('geneva', 'Switzerland'), lat: 46.2, lon: 6.14 }];
    const events = places.map((one) => ({ slug: one.id, places: [one] }) as unknown as TimelineEvent);
    const model = buildPlacesMap(events, places, mapStrings.count);
    expect(model.world!.layout.land).not.toMatch(/\.\d/);
    expect(model.main!.layout.land).toMatch(/\.\d/);
    // The frame of the country map keeps its tenths: its long sides would show every step.
    expect(model.world!.layout.locator).toMatch(/\.\d/);
  });
});

import { describe, expect, it } from 'vitest';
import { chooseCards, placesKey } from '../../src/lib/preview/choice.ts';
import { buildTimeline, type TimelineInput } from '../../src/lib/timeline.ts';
import { FIXTURE_INPUT, fixtureEvent } from './helpers/timeline-fixture.ts';

const VENEZUELA = { id: 'venezuela', data: { name: 'Venezuela', kind: 'country', country: 'Venezuela', lat: 6.42, lon: -66.59 } };

/** `count` events, one a day from 1 January 2025, each going up the evening of its day; every third names no place. */
function events(count: number) {
  const list = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return fixtureEvent(`e${i}`, day, [], { places: i % 3 === 0 ? [] : i % 2 ? ['caracas'] : ['venezuela', 'caracas'] });
  });
  return buildTimeline({ ...FIXTURE_INPUT, places: [...FIXTURE_INPUT.places, VENEZUELA], events: list } as TimelineInput).events;
}

describe('chooseCards()', () => {
  it('gives the latest entries by when they went up a card of their own, the others their places’ card, or the site’s', () => {
    const chosen = chooseCards(events(12), 5);
    expect([...chosen].filter(([, card]) => card.kind === 'own').map(([slug]) => slug).sort()).toEqual(['e10', 'e11', 'e7', 'e8', 'e9']);
    expect(chosen.get('e0')).toEqual({ kind: 'site' });
    expect(chosen.get('e1')).toEqual({ kind: 'places', key: 'caracas' });
    expect(chosen.get('e2')).toEqual({ kind: 'places', key: 'caracas--venezuela' });
  });

  it('keeps a card of its own for an entry with a photo, however old', () => {
    const list = events(12);
    list[0]!.image = { src: { src: '/x.jpg', width: 10, height: 10, format: 'jpg' }, alt: 'A photo.', credit: 'Someone' } as never;
    expect(chooseCards(list, 5).get(list[0]!.slug)).toEqual({ kind: 'own' });
  });

  it('gives every entry its own card when there are no more than the latest to give', () => {
    expect([...chooseCards(events(4), 5).values()].every((card) => card.kind === 'own')).toBe(true);
  });
});

describe('placesKey()', () => {
  it('names a set of places the same whatever their order, each once', () => {
    expect(placesKey([{ id: 'venezuela' }, { id: 'caracas' }, { id: 'venezuela' }])).toBe('caracas--venezuela');
    expect(placesKey([{ id: 'caracas' }, { id: 'venezuela' }])).toBe('caracas--venezuela');
  });
});

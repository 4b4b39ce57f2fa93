import { describe, expect, it } from 'vitest';
import { random } from '../../bench/synthetic.ts';
import { FacetIndex, type FacetTable } from '../../src/lib/facet-index.ts';
import { FACET_KINDS, matchesFilter, type FacetKind, type FilterState } from '../../src/lib/facets.ts';

// A timeline of 400 events with a few of each kind of id, drawn from a seeded generator.
const next = random(7);
const pick = (count: number) => Math.floor(next() * count);
const ids: Record<FacetKind, string[]> = {
  category: ['release', 'detention', 'report'],
  actor: ['foro-penal', 'government', 'parliament', 'un'],
  place: ['caracas', 'barinas', 'tocoron'],
};
const table: FacetTable = {
  ids,
  events: Array.from({ length: 400 }, (_, n) => [
    `e${n}`,
    [pick(3)],
    [...new Set(Array.from({ length: pick(3) }, () => pick(4)))],
    [...new Set(Array.from({ length: pick(2) }, () => pick(3)))],
  ]),
};
const facetsOf = (event: FacetTable['events'][number]) =>
  Object.fromEntries(FACET_KINDS.map((kind, k) => [kind, (event[k + 1] as number[]).map((position) => ids[kind][position]!)])) as Record<FacetKind, string[]>;

const states: FilterState[] = [
  { category: [], actor: [], place: [] },
  { category: ['release'], actor: [], place: [] },
  { category: ['release', 'report'], actor: [], place: [] },
  { category: ['detention'], actor: ['foro-penal'], place: [] },
  { category: ['report'], actor: ['un', 'parliament'], place: ['barinas'] },
  { category: [], actor: [], place: ['nowhere'] },
];

describe('FacetIndex: the filter worked out over every event of the timeline', () => {
  const index = new FacetIndex(table);

  it.each(states)('shows exactly the events that match the filter, in reading order: %o', (state) => {
    const expected = table.events.filter((event) => matchesFilter(facetsOf(event), state)).map(([slug]) => slug);
    expect(index.apply(state).passing).toEqual(expected);
  });

  it.each(states)('counts, beside each control, the events its choice would show given the other groups: %o', (state) => {
    const { counts } = index.apply(state);
    for (const kind of FACET_KINDS) {
      for (const id of ids[kind]) {
        // Choosing this value of this group, the others as they are.
        const other = { ...state, [kind]: [] };
        const expected = table.events.filter((event) => matchesFilter(facetsOf(event), other) && facetsOf(event)[kind].includes(id)).length;
        expect(counts[kind].get(id), `${kind}=${id}`).toBe(expected);
      }
    }
  });

  it('names the ids the shown events carry, so that the map and the charts dim the rest', () => {
    const state = states[3]!;
    const { carried, passing } = index.apply(state);
    const shown = table.events.filter(([slug]) => passing.includes(slug)).map(facetsOf);
    for (const kind of FACET_KINDS) expect([...carried[kind]].sort()).toEqual([...new Set(shown.flatMap((facets) => facets[kind]))].sort());
    expect(carried.category).toEqual(new Set(['detention']));
  });
});

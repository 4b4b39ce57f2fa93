import { FACET_KINDS, facetIds, facetValues, type FacetKind, type FilterState } from './facets.ts';
import type { TimelineEvent } from './model.ts';

/** As the home page sends it: each id once per kind, then per event its slug and the positions of its ids. */
export interface FacetTable {
  ids: Record<FacetKind, string[]>;
  events: [string, ...number[][]][];
}

/**
 * The table of every event's facets, as light as it can be at 2,000 events: each id once per kind
 * (in the order the filter controls list them), and per event only the positions of its ids.
 */
export function facetTable(events: readonly TimelineEvent[]): FacetTable {
  const ids = Object.fromEntries(FACET_KINDS.map((kind) => [kind, facetValues(events, kind).map((value) => value.id)])) as Record<FacetKind, string[]>;
  const position = Object.fromEntries(FACET_KINDS.map((kind) => [kind, new Map(ids[kind].map((id, at) => [id, at]))])) as Record<FacetKind, Map<string, number>>;
  return {
    ids,
    events: events.map((event) => [event.slug, ...FACET_KINDS.map((kind) => facetIds(event, kind).map((id) => position[kind].get(id)!))]),
  };
}

/** What a filter leaves, worked out in one pass over the events. */
export interface FilterResult {
  /** Slugs of the events that pass, in reading order. */
  passing: string[];
  /** Per kind and id: how many events choosing it too would show (it, or the current choice of its kind, and the other kinds' choices). */
  counts: Record<FacetKind, Map<string, number>>;
  /** The ids that the passing events carry, per kind. */
  carried: Record<FacetKind, Set<string>>;
}

/**
 * The filter's arithmetic over every event of the timeline, loaded on the page or not, on the
 * positions the page sends rather than on strings: at 2,000 events a filter is worked out in a
 * millisecond or two, with almost nothing left for the garbage collector.
 */
export class FacetIndex {
  readonly size: number;
  private readonly slugs: string[];
  /** Per kind, per event: the positions of its ids. */
  private readonly positions: number[][][];
  private readonly table: FacetTable;

  constructor(table: FacetTable) {
    this.table = table;
    this.slugs = table.events.map(([slug]) => slug);
    this.positions = FACET_KINDS.map((_, k) => table.events.map((event) => (event[k + 1] as number[] | undefined) ?? []));
    this.size = this.slugs.length;
  }

  /**
   * Within a kind any chosen value matches; across kinds all must (as `matchesFilter`). An event
   * counts for a value of a kind when it carries the value and passes the choices of the other kinds.
   */
  apply(state: FilterState): FilterResult {
    const chosen = FACET_KINDS.map((kind) => {
      const wanted = new Set(state[kind]);
      return wanted.size ? new Set(this.table.ids[kind].flatMap((id, position) => (wanted.has(id) ? [position] : []))) : null;
    });
    const counts = FACET_KINDS.map((kind) => new Int32Array(this.table.ids[kind].length));
    const carried = FACET_KINDS.map((kind) => new Uint8Array(this.table.ids[kind].length));
    const passing: string[] = [];
    const passes: boolean[] = FACET_KINDS.map(() => true);
    for (let event = 0; event < this.size; event++) {
      let failed = 0;
      for (let k = 0; k < FACET_KINDS.length; k++) {
        const wanted = chosen[k];
        passes[k] = !wanted || this.positions[k]![event]!.some((position) => wanted.has(position));
        if (!passes[k]) failed++;
      }
      // Failing two kinds or more, the event counts for no value at all.
      if (failed > 1) continue;
      for (let k = 0; k < FACET_KINDS.length; k++) {
        if (failed === 1 && passes[k]) continue;
        for (const position of this.positions[k]![event]!) counts[k]![position]!++;
      }
      if (failed) continue;
      passing.push(this.slugs[event]!);
      for (let k = 0; k < FACET_KINDS.length; k++) for (const position of this.positions[k]![event]!) carried[k]![position] = 1;
    }
    const byKind = <T>(make: (kind: FacetKind, k: number) => T) => Object.fromEntries(FACET_KINDS.map((kind, k) => [kind, make(kind, k)])) as Record<FacetKind, T>;
    return {
      passing,
      counts: byKind((kind, k) => new Map(this.table.ids[kind].map((id, position) => [id, counts[k]![position]!]))),
      carried: byKind((kind, k) => new Set(this.table.ids[kind].filter((_, position) => carried[k]![position]))),
    };
  }
}

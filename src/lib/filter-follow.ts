import { FACET_KINDS, isEmptyFilter, matchesFilter, parseFilter, type FacetKind } from './facets.ts';
import type { FilterEventDetail } from './timeline-events.ts';

/**
 * What the charts and the map need to follow the timeline's filter (FILTER_EVENT): which of their
 * parts stay as they are and which are dimmed, and the words of their status line. Pure; the
 * scripts in src/client apply it to the server-drawn markup.
 */

/** A status line's three texts, for a known total: `some` has a `{shown}` to fill in. */
export interface FollowTexts {
  all: string;
  none: string;
  some: string;
}

/** The status line: empty while no filter is set, else how many of the parts the filter leaves. */
export function followStatus(shown: number, total: number, texts: FollowTexts | undefined, filtered: boolean): string {
  if (!filtered || !texts || total === 0) return '';
  if (shown >= total) return texts.all;
  if (shown === 0) return texts.none;
  return texts.some.replace('{shown}', String(shown));
}

/** Whether a part stays as it is: always while no filter is set (`allowed` null). */
export function kept(key: string | undefined, allowed: ReadonlySet<string> | null | undefined): boolean {
  return !allowed || (key !== undefined && allowed.has(key));
}

/** The slug in an event page's address ("/timeline/events/2026-02-24-x/" → "2026-02-24-x"). */
export function eventSlugOf(href: string | null | undefined): string | undefined {
  return href?.split(/[?#]/)[0]!.split('/').filter(Boolean).at(-1);
}

/** The filter bar's facet table, as FilterBar.astro writes it in `[data-filter-facets]`. */
export interface FacetTable {
  ids?: Partial<Record<FacetKind, string[]>>;
  /** Per event: its slug, then for each facet kind the positions of its ids in `ids`. */
  events?: [string, ...number[][]][];
}

/**
 * The filter's detail as the filter bar would send it for an address's query: for a script that
 * loads after the filter bar has sent its first FILTER_EVENT (the map is below it on the page).
 */
export function detailFromTable(table: FacetTable, search: string): FilterEventDetail {
  const state = parseFilter(search);
  if (isEmptyFilter(state)) return { visible: null, ids: null };
  const visible = new Set<string>();
  const ids: Record<FacetKind, Set<string>> = { category: new Set(), actor: new Set(), place: new Set() };
  for (const [slug, ...positions] of table.events ?? []) {
    const own = Object.fromEntries(
      FACET_KINDS.map((kind, k) => [kind, (positions[k] ?? []).map((position) => table.ids?.[kind]?.[position] ?? '')]),
    ) as Record<FacetKind, string[]>;
    if (!matchesFilter(own, state)) continue;
    visible.add(slug);
    for (const kind of FACET_KINDS) for (const id of own[kind]) ids[kind].add(id);
  }
  return { visible, ids };
}

import type { Edition } from './site.ts';
import { loadContent } from './content.ts';
import { facetValues, type FacetKind } from '../lib/facets.ts';
import type { Category } from '../lib/schema/index.ts';

/** A facet value as a page shows it: its name, a line about it, and its address. */
export interface NamedFacetValue {
  kind: FacetKind;
  id: string;
  name: string;
  description?: string;
  href: string;
  count: number;
}

/** Every value of a facet with the name and address readers see, for filters and facet pages. */
export async function namedFacetValues(kind: FacetKind, edition: Edition): Promise<(NamedFacetValue & { events: Awaited<ReturnType<typeof loadContent>>['timeline']['events'] })[]> {
  const { timeline } = await loadContent(edition.locale);
  return facetValues(timeline.events, kind).map((value) => {
    if (kind === 'category') {
      const category = value.id as Category;
      return { ...value, name: edition.t.category[category], description: edition.t.categoryExplained[category], href: edition.paths.facet(kind, value.id), count: value.events.length };
    }
    if (kind === 'actor') {
      const actor = timeline.actors.get(value.id)!;
      return { ...value, name: actor.name, description: actor.role, href: edition.paths.facet(kind, value.id), count: value.events.length };
    }
    const place = timeline.places.get(value.id)!;
    return { ...value, name: place.name, description: place.note ?? place.country, href: edition.paths.facet(kind, value.id), count: value.events.length };
  });
}

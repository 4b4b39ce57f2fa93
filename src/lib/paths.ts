import { FACET_SEGMENT, type FacetKind } from './facets.ts';
import { DEFAULT_LOCALE, type Locale } from './i18n/strings.ts';

/**
 * Every internal address in one place, so a base path (/timeline/) and a locale prefix (/es/)
 * are applied everywhere or nowhere. `base` is Astro's BASE_URL ("/" or "/timeline/").
 */
export function createPaths(base: string, locale: Locale = DEFAULT_LOCALE) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
  const page = (path = '') => `${root}${prefix}${path}`;
  return {
    home: () => page(),
    event: (slug: string) => page(`events/${slug}/`),
    /** The event's place on the timeline: the home page plus its anchor. */
    eventOnTimeline: (slug: string) => `${page()}#${slug}`,
    about: () => page('about/'),
    search: () => page('search/'),
    /** The static page of one facet value: every event of a category, an actor or a place. */
    facet: (kind: FacetKind, id: string) => page(`${FACET_SEGMENT[kind]}/${id}/`),
    asset: (path: string) => `${root}${path.replace(/^\//, '')}`,
  };
}

export type Paths = ReturnType<typeof createPaths>;

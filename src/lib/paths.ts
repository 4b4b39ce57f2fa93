import { FACET_SEGMENT, type FacetKind } from './facets.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n/strings.ts';

/**
 * Every internal address in one place, so a base path (/timeline/) and a locale prefix (/es/)
 * are applied everywhere or nowhere. `base` is Astro's BASE_URL ("/" or "/timeline/").
 */
export function createPaths(base: string, locale: Locale = DEFAULT_LOCALE) {
  const root = base.endsWith('/') ? base : `${base}/`;
  // Every edition has its prefix, the default one too (/es/, /en/): the root page is a copy of /es/.
  const prefix = `${locale}/`;
  const page = (path = '') => `${root}${prefix}${path}`;
  return {
    home: () => page(),
    event: (slug: string) => page(`events/${slug}/`),
    /**
     * The event's place on the timeline: its anchor on the home page, or on the page of the part
     * of a long timeline it falls in (see lib/parts.ts).
     */
    eventOnTimeline: (slug: string, part = 1) => `${part > 1 ? page(`timeline/${part}/`) : page()}#${slug}`,
    /** A further part of a long timeline: /timeline/2/, /timeline/3/… (part 1 is the home page). */
    timelinePart: (part: number) => (part > 1 ? page(`timeline/${part}/`) : page()),
    /** The address of any further part, "{part}" standing for its number (for the script that loads them). */
    timelinePartPattern: () => page('timeline/{part}/'),
    /** Every entry by when it went up, newest first: /latest/, then /latest/2/… for the older ones. */
    latest: (part = 1) => page(part > 1 ? `latest/${part}/` : 'latest/'),
    /** Every event's facets, for the filter of a timeline sent in parts (lib/facet-index.ts). */
    facetsFile: () => page('timeline/facets.json'),
    /** The running counts at each event, and the overview's bins, for the scripts of a timeline sent in parts (data/story.ts). */
    readingFile: () => page('timeline/reading.json'),
    overviewFile: () => page('timeline/overview.json'),
    about: () => page('about/'),
    search: () => page('search/'),
    /** The static page of one facet value: every event of a category, an actor or a place. */
    facet: (kind: FacetKind, id: string) => page(`${FACET_SEGMENT[kind]}/${id}/`),
    /** Open data: the page that documents it, and its files (events.json, figures.csv). */
    data: () => page('data/'),
    dataFile: (name: 'events.json' | 'figures.csv') => page(`data/${name}`),
    rss: () => page('feed.xml'),
    jsonFeed: () => page('feed.json'),
    /** The link-preview image of an event, or of the site when no slug is given. */
    preview: (slug?: string) => page(`previews/${slug ?? 'site'}.png`),
    /** The link-preview image shared by the events of the same places (lib/preview/choice.ts). */
    previewOfPlaces: (key: string) => page(`previews/places/${key}.png`),
    /** Pages without the site's chrome, for a newsroom's iframe: the timeline, or one chart. */
    embed: (chart?: EmbedChart) => page(chart ? `embed/${chart}/` : 'embed/'),
    /** How to embed: the snippets on the about page. */
    embedHelp: () => `${page('about/')}#embed`,
    asset: (path: string) => `${root}${path.replace(/^\//, '')}`,
    /** The land and countries of a locator map, shared by the pages of the same places (no words: one file for every edition). */
    locatorShapes: (key: string) => `${root}maps/${key}.svg`,
    /** The site's root page: the default edition's home, for readers who type the bare address. */
    root: () => root,
  };
}

/**
 * The same page in another edition: /es/events/x/ → /en/events/x/ (every page exists in every
 * edition, under the same path). A page outside the editions (the root page, 404) leads to the
 * other edition's home page.
 */
export function inEdition(base: string, pathname: string, locale: Locale): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  const [first, ...after] = rest.split('/');
  return isLocale(first) ? `${root}${locale}/${after.join('/')}` : `${root}${locale}/`;
}

/** A root-relative path (/events/x/) under the base path (/timeline/events/x/); other links unchanged. */
export function withBase(base: string, path: string): string {
  const root = base.replace(/\/+$/, '');
  return root && path.startsWith('/') && !path.startsWith('//') && !path.startsWith(`${root}/`) ? `${root}${path}` : path;
}

/** The charts that have an embeddable page of their own. */
export const EMBED_CHARTS = ['counts', 'overview', 'map'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

export type Paths = ReturnType<typeof createPaths>;

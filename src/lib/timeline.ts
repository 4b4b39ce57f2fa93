import { caracasDay } from './caracas-time.ts';
import { compareDates } from './dates.ts';
import type { Actor, Metric, Photo, Place, Timeline, TimelineCorrection, TimelineEvent } from './model.ts';
import type { ActorData, Correction, EventData, MetricData, PlaceData } from './schema/index.ts';

/** An entry's frontmatter as the loader returns it: the photo's file already read by Astro's image(). */
export type EventInput = Omit<EventData, 'image'> & { image?: Photo };

/** Validated content as the loaders return it, before references are resolved. */
export interface TimelineInput {
  events: { slug: string; data: EventInput }[];
  actors: { id: string; data: ActorData }[];
  places: { id: string; data: PlaceData }[];
  metrics: { id: string; data: MetricData }[];
}

function index<T>(items: { id: string; data: T }[]): Map<string, T & { id: string }> {
  return new Map(items.map(({ id, data }) => [id, { ...data, id }]));
}

function lookup<T>(map: Map<string, T>, id: string, what: string, slug: string): T {
  const found = map.get(id);
  // The content check refuses unknown references before the build; this guards against skipping it.
  if (!found) throw new Error(`content/events/${slug}.mdx: unknown ${what} "${id}" (run npm run check)`);
  return found;
}

/** A correction dated by its day, or by its day and time (the day is then the day in Caracas). */
function toCorrection(correction: Correction): TimelineCorrection {
  if (!('ms' in correction.date)) return { ...correction, date: correction.date };
  const time = correction.date.ms;
  return { ...correction, date: caracasDay(time), time };
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compareDates(a.date, b.date) || a.slug.localeCompare(b.slug);
}

/** Resolves every reference and puts the events in reading order. Pure: no I/O, no Astro. */
export function buildTimeline(input: TimelineInput): Timeline {
  const actors: Map<string, Actor> = index(input.actors);
  const places: Map<string, Place> = index(input.places);
  const metrics: Map<string, Metric> = index(input.metrics);
  const events = input.events.map(({ slug, data }): TimelineEvent => ({
    slug,
    title: data.title,
    summary: data.summary,
    date: data.date,
    end: data.end,
    certainty: data.certainty,
    certaintyNote: data.certaintyNote,
    category: data.category,
    actors: data.actors.map((id) => lookup(actors, id, 'actor', slug)),
    places: data.places.map((id) => lookup(places, id, 'place', slug)),
    sources: data.sources,
    figures: data.figures.map((figure) => ({
      metric: lookup(metrics, figure.metric, 'metric', slug),
      value: figure.value,
      qualifier: figure.qualifier,
      claimant: lookup(actors, figure.claimant, 'claimant', slug),
      asOf: figure.asOf,
      note: figure.note,
      eventSlug: slug,
      certainty: data.certainty,
    })),
    image: data.image,
    importance: data.importance as 1 | 2 | 3,
    added: data.added.ms,
    updated: data.updated,
    corrections: data.corrections.map(toCorrection),
    draft: data.draft,
  }));
  events.sort(compareEvents);
  return { events, actors, places, metrics };
}

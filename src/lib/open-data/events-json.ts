import { caracasIso } from '../caracas-time.ts';
import type { Timeline, TimelineEvent } from '../model.ts';

/** What /data/events.json says about its terms and where it comes from. */
export interface DataAbout {
  title: string;
  licence: string;
  licenceUrl: string;
  documentation: string;
}

/**
 * /data/events.json: every entry's structured fields, references kept as ids and resolved in the
 * actors, places and metrics lists beside them, so a researcher can join them as in the content.
 */
export function eventsJson(timeline: Timeline, url: (slug: string) => string, about: DataAbout): string {
  const data = {
    ...about,
    events: timeline.events.map((event) => eventRecord(event, url(event.slug))),
    actors: Object.fromEntries([...timeline.actors].sort(byKey).map(([id, { id: _, ...actor }]) => [id, actor])),
    places: Object.fromEntries([...timeline.places].sort(byKey).map(([id, { id: _, ...place }]) => [id, place])),
    metrics: Object.fromEntries([...timeline.metrics].sort(byKey).map(([id, { id: _, ...metric }]) => [id, metric])),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => a.localeCompare(b);

function eventRecord(event: TimelineEvent, url: string) {
  return {
    slug: event.slug,
    url,
    title: event.title,
    summary: event.summary,
    date: event.date.iso,
    end: event.end?.iso,
    certainty: event.certainty,
    certaintyNote: event.certaintyNote,
    category: event.category,
    actors: event.actors.map((actor) => actor.id),
    places: event.places.map((place) => place.id),
    sources: event.sources,
    figures: event.figures.map((claim) => ({
      metric: claim.metric.id,
      value: claim.value,
      qualifier: claim.qualifier,
      claimant: claim.claimant.id,
      asOf: claim.asOf.iso,
      note: claim.note,
    })),
    importance: event.importance,
    added: caracasIso(event.added),
    updated: event.updated?.iso,
    // As the editor wrote it: the day, or the day and time (in Caracas time) when one was given.
    corrections: event.corrections.map(({ time, ...correction }) => ({ ...correction, date: time === undefined ? correction.date.iso : caracasIso(time) })),
  };
}

import { getCollection, type CollectionEntry } from 'astro:content';
import { partNumbers } from '../lib/parts.ts';
import { buildTimeline } from '../lib/timeline.ts';
import type { Timeline } from '../lib/model.ts';

export interface LoadedContent {
  timeline: Timeline;
  /** The MDX entries by slug, for rendering bodies. */
  entries: Map<string, CollectionEntry<'events'>>;
  /** The part of the timeline each event falls in, by slug (lib/parts.ts). */
  partOf: Map<string, number>;
}

/**
 * The only module that reads Astro's collections. `getCollection()` deep-copies every entry on
 * each call, so the content is loaded once per build and shared by every page.
 * Drafts appear in `astro dev` only.
 */
let content: Promise<LoadedContent> | undefined;

export function loadContent(): Promise<LoadedContent> {
  content ??= (async () => {
    const [events, actors, places, metrics] = await Promise.all([
      getCollection('events', (entry) => import.meta.env.DEV || !entry.data.draft),
      getCollection('actors'),
      getCollection('places'),
      getCollection('metrics'),
    ]);
    const timeline = buildTimeline({
      events: events.map((entry) => ({ slug: entry.id, data: entry.data })),
      actors,
      places,
      metrics,
    });
    return { timeline, entries: new Map(events.map((entry) => [entry.id, entry])), partOf: partNumbers(timeline.events) };
  })();
  return content;
}

import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, SOURCE_LOCALE, type Locale } from '../lib/i18n/strings.ts';
import { localizeInput, type Translations } from '../lib/localize.ts';
import type { Timeline } from '../lib/model.ts';
import { partNumbers } from '../lib/parts.ts';
import type { EventTranslation } from '../lib/schema/index.ts';
import { buildTimeline, type TimelineInput } from '../lib/timeline.ts';

/** What a page of an edition renders: an entry's own MDX, or its translation's. */
export type Body = CollectionEntry<'events'> | { id: string; body?: string; filePath?: string; data: EventTranslation };

export interface LoadedContent {
  timeline: Timeline;
  /** The MDX to render for each event, by slug: in this edition's language where there is a translation. */
  entries: Map<string, Body>;
  /** Slugs of the events shown in the source language for want of a translation (the page says so). */
  untranslated: ReadonlySet<string>;
  /** The part of the timeline each event falls in, by slug (lib/parts.ts). */
  partOf: Map<string, number>;
  /**
   * Each event's position in `timeline.events`, by slug: a page finds its event and neighbours
   * here, not by searching the list, which would make the event pages quadratic in the entries.
   */
  positionOf: Map<string, number>;
}

/**
 * The only module that reads Astro's collections. `getCollection()` deep-copies every entry on
 * each call, so the content is loaded once per build (and once more per edition for its words)
 * and shared by every page. Drafts appear in `astro dev` only.
 */
let source: Promise<{ input: TimelineInput; entries: CollectionEntry<'events'>[] }> | undefined;
const editions = new Map<Locale, Promise<LoadedContent>>();

function loadSource() {
  source ??= (async () => {
    const [events, actors, places, metrics] = await Promise.all([
      getCollection('events', (entry) => import.meta.env.DEV || !entry.data.draft),
      getCollection('actors'),
      getCollection('places'),
      getCollection('metrics'),
    ]);
    return { input: { events: events.map((entry) => ({ slug: entry.id, data: entry.data })), actors, places, metrics }, entries: events };
  })();
  return source;
}

/** An edition's words from content/<lang>/ (collections "<lang>-events", "<lang>-actors"…). */
async function loadTranslations(locale: Locale) {
  // The collection names are made per edition in content.config.ts, so they are not literal types here.
  const collection = (name: string) => getCollection(`${locale}-${name}` as 'events') as unknown as Promise<{ id: string; data: any; body?: string; filePath?: string }[]>;
  const [events, actors, places, metrics] = await Promise.all(['events', 'actors', 'places', 'metrics'].map(collection));
  const byId = (items: { id: string; data: any }[]) => new Map(items!.map((item) => [item.id, item.data]));
  const translations: Translations = { events: byId(events!), actors: byId(actors!), places: byId(places!), metrics: byId(metrics!) };
  return { translations, bodies: new Map(events!.map((entry) => [entry.id, entry])) };
}

const positions = (timeline: Timeline) => new Map(timeline.events.map((event, at) => [event.slug, at]));

export function loadContent(locale: Locale = DEFAULT_LOCALE): Promise<LoadedContent> {
  let content = editions.get(locale);
  if (!content) {
    content = (async () => {
      const { input, entries } = await loadSource();
      const own = new Map<string, Body>(entries.map((entry) => [entry.id, entry]));
      if (locale === SOURCE_LOCALE) {
        const timeline = buildTimeline(input);
        return { timeline, entries: own, untranslated: new Set<string>(), partOf: partNumbers(timeline.events), positionOf: positions(timeline) };
      }
      const { translations, bodies } = await loadTranslations(locale);
      const localized = localizeInput(input, translations);
      const timeline = buildTimeline(localized.input);
      for (const event of timeline.events) if (localized.untranslated.has(event.slug)) event.textLocale = SOURCE_LOCALE;
      for (const [slug, body] of bodies) if (own.has(slug)) own.set(slug, body as Body);
      return { timeline, entries: own, untranslated: localized.untranslated, partOf: partNumbers(timeline.events), positionOf: positions(timeline) };
    })();
    editions.set(locale, content);
  }
  return content;
}

import type { ActorTranslation, EventTranslation, MetricTranslation, PlaceTranslation } from './schema/index.ts';
import type { TimelineInput } from './timeline.ts';

/** An edition's words for the content, as the loaders return them (content/<lang>/…). */
export interface Translations {
  events: Map<string, EventTranslation>;
  actors: Map<string, ActorTranslation>;
  places: Map<string, PlaceTranslation>;
  metrics: Map<string, MetricTranslation>;
}

/** The timeline's content in another edition's words, and which entries have no translation yet. */
export interface LocalizedInput {
  input: TimelineInput;
  /** Slugs of entries shown in the source language, with a notice, for want of a translation. */
  untranslated: Set<string>;
}

const withText = <T extends object>(base: T, words: Partial<T> | undefined): T => {
  if (!words) return base;
  const defined = Object.fromEntries(Object.entries(words).filter(([, value]) => value !== undefined));
  return { ...base, ...defined };
};

/**
 * Puts an edition's words on the shared facts: titles, summaries and notes of the entries; names,
 * roles and notes of actors and places; labels and definitions of metrics. Facts are never taken
 * from a translation. An entry without a translation keeps its source-language words and is listed
 * in `untranslated`, so the page can say so instead of dropping it. Pure.
 */
export function localizeInput(input: TimelineInput, translations: Translations): LocalizedInput {
  const untranslated = new Set<string>();
  const events = input.events.map(({ slug, data }) => {
    const words = translations.events.get(slug);
    if (!words) {
      untranslated.add(slug);
      return { slug, data };
    }
    return {
      slug,
      data: {
        ...data,
        title: words.title,
        summary: words.summary,
        certaintyNote: words.certaintyNote ?? data.certaintyNote,
        figures: data.figures.map((figure, index) => withText(figure, words.figures?.[index])),
        sources: data.sources.map((source, index) => withText(source, words.sources?.[index])),
        corrections: data.corrections.map((correction, index) => withText(correction, words.corrections?.[index])),
        // The photo's file and credit are the entry's; its alt and caption may be translated.
        image: data.image && withText(data.image, words.image),
      },
    };
  });
  return {
    input: {
      events,
      actors: input.actors.map(({ id, data }) => ({ id, data: withText(data, translations.actors.get(id)) })),
      places: input.places.map(({ id, data }) => ({ id, data: withText(data, translations.places.get(id)) })),
      metrics: input.metrics.map(({ id, data }) => ({ id, data: withText(data, translations.metrics.get(id)) })),
    },
    untranslated,
  };
}

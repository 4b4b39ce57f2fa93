import { z } from 'astro/zod';
import { expecting, text } from './fields.ts';

/**
 * Another edition's words for an entry: content/<lang>/events/<slug>.mdx, the same file name as
 * the entry in content/events/. Only words: the facts (dates, figures, actors, places, sources)
 * are shared by every edition and live in the entry itself, so a corrected figure is corrected in
 * every edition at once. Lists follow the entry's own lists, item by item, in the same order.
 */
const FACTS_ARE_SHARED = 'facts are shared by every edition and set in the entry in content/events/; a translation holds only title, summary, certaintyNote, the notes of figures and sources, the changes of corrections, and the alt and caption of the photo';

const noteItem = z.strictObject(
  {
    /** That item's note in this language (of a figure or a source); for a place, its note. */
    note: text('the note, translated').optional(),
  },
  expecting(`an item with only a note (${FACTS_ARE_SHARED})`),
);

const sourceItem = z.strictObject(
  {
    /** Only where the outlet is described rather than named ("International news report (outlet not named)"): that description, in this language. */
    outlet: text('the description of an unnamed outlet, translated').optional(),
    note: text('the note, translated').optional(),
  },
  expecting(`an item with a note, and an outlet only where it is described rather than named (${FACTS_ARE_SHARED})`),
);

export const eventTranslationSchema = z.strictObject(
  {
    /** The headline, in this language. */
    title: text('the headline, translated'),
    /** One sentence, in this language: lists, feeds and link previews. */
    summary: text('one sentence summing up the event, translated'),
    /** The entry's certaintyNote, in this language (only when the entry has one). */
    certaintyNote: text('the note on how the date was worked out, translated').optional(),
    /** One item per figure of the entry, in its order: `- note: "…"`, or `- {}` for a figure without a note. */
    figures: z.array(noteItem, expecting('a list with one item per figure of the entry')).optional(),
    /** One item per source of the entry, in its order: `- note: "…"`, or `- {}`. */
    sources: z.array(sourceItem, expecting('a list with one item per source of the entry')).optional(),
    /** One item per correction of the entry, in its order: `- change: "…"`. */
    corrections: z
      .array(
        z.strictObject(
          {
            /** What changed, in this language. */
            change: text('what was changed, translated'),
          },
          expecting(`an item with only a change (${FACTS_ARE_SHARED})`),
        ),
        expecting('a list with one item per correction of the entry'),
      )
      .optional(),
    /** The entry's photo, in this language: its `alt` and `caption` (the file and the credit are the entry's). */
    image: z
      .strictObject(
        {
          /** What the photo shows, in this language. */
          alt: text('what the photo shows, translated').optional(),
          /** The line under the photo, in this language (only when the entry has one). */
          caption: text('the line under the photo, translated').optional(),
        },
        expecting(`the photo's alt and caption, translated (the file and credit are set in the entry in content/events/)`),
      )
      .optional(),
  },
  expecting(`the translated title and summary between --- lines (${FACTS_ARE_SHARED})`),
);

export type EventTranslation = z.infer<typeof eventTranslationSchema>;

/** content/<lang>/actors.yaml: an actor's words in this language; people keep their names. */
export const actorTranslationSchema = z.strictObject(
  {
    /** The name readers of this edition know, where it differs (an organisation's own name in Spanish). */
    name: text('the name in this language').optional(),
    /** Who they are, in a few words. */
    role: text('who they are, in a few words').optional(),
  },
  expecting('an actor with name and/or role'),
);

/** content/<lang>/places.yaml: a place's words in this language. */
export const placeTranslationSchema = z.strictObject(
  {
    name: text('the name in this language').optional(),
    note: text('a short note').optional(),
    /** The country's name in this language, where it differs ("Estados Unidos"): what the locator map's caption shows. */
    countryName: text('the name of the place’s country in this language').optional(),
  },
  // The country stays as written in content/places.yaml: it is how the map finds the country's outline.
  expecting('a place with name, note and/or countryName (the country itself is shared, as in content/places.yaml)'),
);

/** content/<lang>/metrics.yaml: what a figure counts, in this language: what the charts say. */
export const metricTranslationSchema = z.strictObject(
  {
    /** A short label for charts and tables, in this language. */
    label: text('a short label for charts'),
    /** A label of a few words for chart annotations, in this language. */
    short: text('a label of a few words for charts').optional(),
    /** What is counted and what is not, in this language. */
    definition: text('what is counted and what is not'),
  },
  expecting('a metric with label and definition'),
);

export type ActorTranslation = z.infer<typeof actorTranslationSchema>;
export type PlaceTranslation = z.infer<typeof placeTranslationSchema>;
export type MetricTranslation = z.infer<typeof metricTranslationSchema>;

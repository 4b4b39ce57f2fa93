import { z } from 'astro/zod';
import { endsBefore, parsePartialDate, type PartialDate } from '../dates.ts';
import { CATEGORY_NAMES } from './categories.ts';
import { correctionSchema } from './correction.ts';
import { INSTANT_EXAMPLE } from '../instants.ts';
import { expecting, instant, partialDate, reference, text } from './fields.ts';
import { figureSchema } from './figure.ts';
import { photoFile, photoSchema } from './photo.ts';
import { sourceSchema } from './source.ts';

export const CERTAINTIES = {
  reported: 'The date is given in the sources.',
  approximate: 'The sources give the date only roughly ("early January", "recently").',
  inferred: 'The date is worked out from words such as "this weekend" or "as of Tuesday".',
} as const;

export type Certainty = keyof typeof CERTAINTIES;

const CERTAINTY_NAMES = Object.keys(CERTAINTIES) as [Certainty, ...Certainty[]];

/**
 * The frontmatter of one event in content/events/<slug>.mdx, with the photo's file read by `photoSrc`:
 * a path here and in the content check, Astro's image() in the build (src/content.config.ts).
 */
export const eventSchemaWith = <Src extends z.ZodType>(photoSrc: Src) => z
  .strictObject(
    {
      /** The headline of the event, in a few words. */
      title: text('a short headline'),
      /** One sentence, used in lists, feeds and link previews. */
      summary: text('one sentence summing up the event'),
      /** When it happened, as precisely as known: "2024", "2026-01" or "2026-01-03". */
      date: partialDate(),
      /** For spans: the last day (or month, or year), at the same precision as date. */
      end: partialDate().optional(),
      /** How the date is known: reported, approximate or inferred. */
      certainty: z.enum(CERTAINTY_NAMES, expecting(`one of ${CERTAINTY_NAMES.join(', ')}`)).default('reported'),
      /** Required unless certainty is reported: from what the date was worked out. */
      certaintyNote: text('a sentence saying from what the date was worked out').optional(),
      /** One of the fixed categories (see src/lib/schema/categories.ts). */
      category: z.enum(CATEGORY_NAMES, expecting(`one of ${CATEGORY_NAMES.join(', ')}`)),
      /** Who took part: ids from content/actors.yaml. */
      actors: z.array(reference('an actor in content/actors.yaml'), expecting('a list of actor ids')).default([]),
      /** Where it happened: ids from content/places.yaml. */
      places: z.array(reference('a place in content/places.yaml'), expecting('a list of place ids')).default([]),
      /** Where it was reported: at least one source. */
      sources: z
        .array(sourceSchema, expecting('a list of sources, each with an outlet'))
        .min(1, { message: 'is empty (expected at least one source with its outlet)' }),
      /** Numbers the event reports, each as a claim. */
      figures: z.array(figureSchema, expecting('a list of figures')).default([]),
      /** A photo, with what it shows and who took it: shown on the card, the event page and its link preview. */
      image: photoSchema(photoSrc).optional(),
      /** 1 (default) to 3: how prominent the event is in overviews. */
      importance: z
        .number(expecting('1, 2 or 3'))
        .int({ message: 'expected 1, 2 or 3' })
        .min(1, { message: 'expected 1, 2 or 3' })
        .max(3, { message: 'expected 1, 2 or 3' })
        .default(1),
      /**
       * When the entry went up on the site (not when the event happened), as a date and time with
       * its offset from UTC: -04:00 in Caracas. `npm run new` writes the time the draft was started:
       * set it to the time of publishing when you delete draft: true. Readers see it as "Added …",
       * the latest page and the feeds are ordered by it, and it tells returning readers what is new.
       */
      added: instant(`the date and time the entry went up on the site, in quotes, with its offset from UTC, as ${INSTANT_EXAMPLE}`, 'added'),
      /** The day the entry was last substantially updated. */
      updated: partialDate().optional(),
      /** Corrections made after publication, oldest first. */
      corrections: z.array(correctionSchema, expecting('a list of corrections')).default([]),
      /** A draft shows in `npm run dev` only and never reaches the built site. */
      draft: z.boolean(expecting('true or false')).default(false),
    },
    expecting('frontmatter between --- lines at the top of the file'),
  )
  .superRefine((event, ctx) => {
    for (const issue of crossFieldIssues(event)) ctx.addIssue({ code: 'custom', ...issue });
  });

/** The frontmatter of one event, as src/lib and the content check read it: the photo's file named by its path. */
export const eventSchema = eventSchemaWith(photoFile());

/**
 * Rules that involve more than one field. Exported so the content check can apply them even when
 * another field already failed (zod skips object refinements then), and so list every problem at once.
 * Tolerant of raw, unvalidated input.
 */
/** A date as written (the content check's raw input) or as parsed (the schema's own output). */
function dateOf(value: unknown): PartialDate | undefined {
  if (typeof value === 'string') {
    const parsed = parsePartialDate(value);
    return parsed.ok ? parsed.date : undefined;
  }
  return value && typeof value === 'object' && 'iso' in value && 'precision' in value ? (value as PartialDate) : undefined;
}

export function crossFieldIssues(raw: Record<string, unknown>): { path: string[]; input?: unknown; message: string }[] {
  const issues: { path: string[]; input?: unknown; message: string }[] = [];
  const certainty = raw.certainty ?? 'reported';
  // Only a known certainty asks for a note: a misspelt one gets its own message, not this one too.
  if ((certainty === 'approximate' || certainty === 'inferred') && raw.certaintyNote === undefined) {
    issues.push({
      path: ['certaintyNote'],
      message: `is missing: a date that is ${certainty} needs a note saying from what it was worked out (expected e.g. certaintyNote: "The report says 'as of Tuesday morning'.")`,
    });
  }
  const start = dateOf(raw.date);
  const end = dateOf(raw.end);
  if (start && end && endsBefore(end, start)) {
    issues.push({
      path: ['end'],
      input: typeof raw.end === 'string' ? raw.end : end.iso,
      message: `"${end.iso}" is before the start date "${start.iso}" (expected an end on or after the date)`,
    });
  }
  return issues;
}

export type EventData = z.infer<typeof eventSchema>;

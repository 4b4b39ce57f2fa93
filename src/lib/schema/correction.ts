import { z } from 'astro/zod';
import { INSTANT_EXAMPLE } from '../instants.ts';
import { dayOrInstant, expecting, text } from './fields.ts';

/** A correction made after publication: shown on the entry, never silently edited away. */
export const correctionSchema = z.strictObject(
  {
    /**
     * When the correction was made: the day, or the day and time with its offset from UTC. With the
     * time, readers who visited earlier that day are told the entry was corrected since; with the
     * day alone, only readers whose last visit was on an earlier day (in Caracas) are.
     */
    date: dayOrInstant(`the day of the correction in quotes, as "YYYY-MM-DD", or its date and time as ${INSTANT_EXAMPLE}`, 'date'),
    /** What was wrong and what it now says. */
    change: text('what was changed, in a sentence'),
  },
  expecting('a correction with date and change'),
);

export type Correction = z.infer<typeof correctionSchema>;

import { z } from 'astro/zod';
import { expecting, partialDate, text } from './fields.ts';

/** A correction made after publication: shown on the entry, never silently edited away. */
export const correctionSchema = z.strictObject(
  {
    /** When the correction was made. */
    date: partialDate('the day of the correction in quotes, as "YYYY-MM-DD"'),
    /** What was wrong and what it now says. */
    change: text('what was changed, in a sentence'),
  },
  expecting('a correction with date and change'),
);

export type Correction = z.infer<typeof correctionSchema>;

import { z } from 'astro/zod';
import { expecting, httpsUrl, partialDate, text } from './fields.ts';

/** Where a fact was reported. Only what is known: a source without URL or date is allowed and shown as such. */
export const sourceSchema = z.strictObject(
  {
    /** The outlet or organisation that published it, e.g. "Associated Press". */
    outlet: text('the outlet that published the report, e.g. "Associated Press"'),
    /** The headline, when known. */
    title: text('the headline of the report').optional(),
    /** The address of the report, https only, when known. When there is none, say why in `note`. */
    url: httpsUrl('the address of the report').optional(),
    /** When the report was published, when known. */
    published: partialDate().optional(),
    /** Anything a reader should know about the source, e.g. which agency it quotes, or why it has no url ("Address not given in the copy used."). */
    note: text('a short note about the source').optional(),
  },
  expecting('a source with at least an outlet'),
);

export type Source = z.infer<typeof sourceSchema>;

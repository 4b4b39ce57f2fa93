import { z } from 'astro/zod';
import { expecting, partialDate, reference, text } from './fields.ts';

export const QUALIFIERS = {
  exact: '',
  'more-than': 'more than',
  'at-least': 'at least',
  nearly: 'nearly',
  about: 'about',
} as const;

export type Qualifier = keyof typeof QUALIFIERS;

const QUALIFIER_NAMES = Object.keys(QUALIFIERS) as [Qualifier, ...Qualifier[]];

/**
 * A figure is a claim, never a bare number: who claims it, what exactly it counts (a metric),
 * how precise it is (a qualifier) and as of when.
 */
export const figureSchema = z.strictObject(
  {
    /** What the number counts: the id of a metric in content/metrics.yaml. */
    metric: reference('a metric in content/metrics.yaml'),
    /** The number itself, without separators: 3231, not "3,231". */
    value: z.number(expecting('a number without separators, such as 3231')).nonnegative({
      message: 'is negative (expected a count of zero or more)',
    }),
    /** How the claimant qualified it: exact, more-than, at-least, nearly or about. */
    qualifier: z.enum(QUALIFIER_NAMES, expecting(`one of ${QUALIFIER_NAMES.join(', ')}`)).default('exact'),
    /** Who claims it: the id of an actor in content/actors.yaml. */
    claimant: reference('the actor who claims the figure, in content/actors.yaml'),
    /** The date the figure describes, which may differ from the event's date. */
    asOf: partialDate(),
    /** Anything that qualifies the figure, e.g. what it leaves out. */
    note: text('a short note on the figure').optional(),
  },
  expecting('a figure with metric, value, claimant and asOf'),
);

export type Figure = z.infer<typeof figureSchema>;

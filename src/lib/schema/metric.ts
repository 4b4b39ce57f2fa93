import { z } from 'astro/zod';
import { expecting, reference, text } from './fields.ts';

export const UNITS = {
  people: 'people',
  'usd-per-year': 'US dollars a year',
  events: 'events',
} as const;

const UNIT_NAMES = Object.keys(UNITS) as [keyof typeof UNITS, ...(keyof typeof UNITS)[]];

/**
 * What exactly a figure counts. "Full freedoms granted by the courts" and "releases verified by
 * Foro Penal" are different metrics, so they are never drawn as one series.
 */
export const metricSchema = z.strictObject(
  {
    /** A short label for charts and tables: "Full freedoms granted". */
    label: text('a short label for charts'),
    /** A label of a few words for chart annotations, where space is short: "Full freedoms (government)". */
    short: text('a label of a few words for charts').optional(),
    /** Which comparison chart the metric belongs to, e.g. "releases": metrics of one topic are drawn together. */
    topic: reference('a topic', 'releases').optional(),
    /** What is counted and what is not, in one or two sentences. */
    definition: text('what is counted and what is not'),
    /** people, usd-per-year or events. */
    unit: z.enum(UNIT_NAMES, expecting(`one of ${UNIT_NAMES.join(', ')}`)),
  },
  expecting('a metric with label, definition and unit'),
);

export type MetricData = z.infer<typeof metricSchema>;

/**
 * The columns of /data/figures.csv, in order. The CSV writer and the /data/ page both read this
 * list, and each edition's strings say what every column holds, so the documentation cannot drift.
 */
export const FIGURE_COLUMNS = [
  'event_slug',
  'event_title',
  'metric',
  'metric_label',
  'value',
  'unit',
  'qualifier',
  'claimant',
  'claimant_name',
  'as_of',
  'certainty',
  'note',
  'source',
  'event_url',
] as const;

export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

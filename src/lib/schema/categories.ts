/**
 * The fixed list of event categories. Each has a one-line definition, shown to editors in the
 * check messages and the editor's guide, and to readers in the legend.
 */
export const CATEGORIES = {
  detention: 'Arrests and detentions of people for political reasons.',
  release: 'Releases of detainees, or announcements of releases.',
  legislation: 'Laws and their passage, signature or scope.',
  courts: 'How courts, judges and prosecutors apply the law.',
  government: 'Changes of office and decisions of the Venezuelan government.',
  military: 'Military and armed operations.',
  diplomacy: 'Relations between Venezuela and other governments.',
  protest: 'Protests, vigils and hunger strikes.',
  report: 'Counts and findings published by NGOs, agencies or researchers.',
  statement: 'What officials, NGOs or relatives said about events.',
} as const;

export type Category = keyof typeof CATEGORIES;

export const CATEGORY_NAMES = Object.keys(CATEGORIES) as [Category, ...Category[]];

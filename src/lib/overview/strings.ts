/**
 * The overview's English strings, kept together so they can move into src/lib/i18n/strings.ts
 * (and get a Spanish table) in one step. Category and certainty names come from the edition.
 */
export const OVERVIEW_STRINGS = {
  title: 'The whole story at a glance',
  intro:
    'Every event on the timeline below, coloured by category and sized by importance. Time is not to scale: long empty stretches are cut out (zig-zag) and crowded days are spread apart.',
  /** The summary paragraph, from the data. `cluster` and `others` are already formatted. */
  summary: (facts: { count: number; firstYear: number; lastYear: number; cluster?: { when: string; count: number }; others: string }) => {
    const span = facts.firstYear === facts.lastYear ? `in ${facts.firstYear}` : `from ${facts.firstYear} to ${facts.lastYear}`;
    const head = `${facts.count} ${facts.count === 1 ? 'event' : 'events'} ${span}.`;
    if (!facts.cluster || facts.cluster.count === facts.count) return facts.cluster ? `${head} All of them fall in ${facts.cluster.when}.` : head;
    const { when, count } = facts.cluster;
    const where = count > facts.count / 2 ? `Most of them, ${count}, fall in ${when}` : `The busiest stretch is ${when}, with ${count}`;
    return `${head} ${where}; the others are in ${facts.others}.`;
  },
  chartLabel: 'Events on a compressed time axis. Each link jumps to the event on the timeline.',
  keyboardHint: 'Left and right arrow keys move between events (Home and End: first and last); Enter jumps to the event.',
  here: 'The ▼ marker follows the event you are reading.',
  /** The length of a cut-out empty stretch, written on the break. */
  breakLabel: (years: number, months: number) => (years >= 1 ? `${years} yr${years === 1 ? '' : 's'}` : `${months} mth${months === 1 ? '' : 's'}`),
  /** A mark's accessible name: the title and the date as the timeline shows it. */
  markLabel: (title: string, date: string, certainty?: string) => `${title}, ${date}${certainty ? ` (${certainty})` : ''}`,
  legendLabel: 'How to read the marks',
  legend: {
    point: 'A day',
    span: 'Several days',
    period: 'A month or a year, day not known',
    uncertain: 'Date inferred or approximate',
  },
  categoriesLabel: 'Categories',
  tableSummary: 'The events as a table',
  tableHeadings: { date: 'Date', event: 'Event', category: 'Category' },
} as const;

export type OverviewStrings = typeof OVERVIEW_STRINGS;

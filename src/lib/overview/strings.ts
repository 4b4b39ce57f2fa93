const number = (value: number) => value.toLocaleString('en-GB');

/** "1 event", "2,000 events". Also exported alone, for the browser script. */
export const eventCount = (count: number) => `${number(count)} ${count === 1 ? 'event' : 'events'}`;

/** How many of a column's events a filter leaves. */
export const binCount = (shown: number, total: number) => `${number(shown)} of ${eventCount(total)} shown`;

/** A column's accessible name: its stretch of time and its count. */
export const binName = (period: string, count: string) => `${period}: ${count}`;

/** A column's categories for its detail box, the largest first: "Release 120 · Protest 80". */
export const binBreakdown = (parts: readonly (readonly [name: string, count: number])[]) =>
  parts.map(([name, count]) => `${name} ${number(count)}`).join(' · ');

/**
 * The overview's English strings, kept together so they can move into src/lib/i18n/strings.ts
 * (and get a Spanish table) in one step. Category and certainty names come from the edition.
 */
export const OVERVIEW_STRINGS = {
  title: 'The whole story at a glance',
  intro:
    'Every event on the timeline below, coloured by category and sized by importance. Time is not to scale: long empty stretches are cut out (zig-zag) and crowded days are spread apart.',
  /**
   * The summary paragraph, from the data. `cluster`, `others`, `busiest` and `half` are already
   * formatted. A long timeline whose events run over years without a pause has no one stretch to
   * name: it gets its busiest month and the shortest run of months that holds half of its events.
   */
  summary: (facts: {
    count: number;
    firstYear: number;
    lastYear: number;
    cluster?: { when: string; count: number };
    others: string;
    busiest?: { when: string; count: number };
    half?: string;
  }) => {
    const span = facts.firstYear === facts.lastYear ? `in ${facts.firstYear}` : `from ${facts.firstYear} to ${facts.lastYear}`;
    const head = `${eventCount(facts.count)} ${span}.`;
    if (facts.busiest) {
      return `${head} The busiest month is ${facts.busiest.when}, with ${number(facts.busiest.count)}${facts.half ? `; half of them fall in ${facts.half}` : ''}.`;
    }
    if (!facts.cluster || facts.cluster.count === facts.count) return facts.cluster ? `${head} All of them fall in ${facts.cluster.when}.` : head;
    const { when, count } = facts.cluster;
    const where = count > facts.count / 2 ? `Most of them, ${number(count)}, fall in ${when}` : `The busiest stretch is ${when}, with ${number(count)}`;
    return `${head} ${where}; the others are in ${facts.others}.`;
  },
  /** Many years outside the busiest stretch, said in one go. */
  otherYears: (count: number, first: number, last: number) => `${count} different years, from ${first} to ${last}`,
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
  /** The density view, drawn instead of one mark per event when they are too many to tell apart. */
  density: {
    intro: (unit: string) =>
      `Every event on the timeline below, counted by ${unit} and coloured by category. Time is not to scale: long empty stretches are cut out (zig-zag).`,
    /** Said when some events are known only to a coarser date than the columns. */
    vagueNote: (rough: string) => ` An event known only to its ${rough} counts in its first column.`,
    unit: { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' },
    /** What is coarser than a column, for the vague events it counts. */
    rough: { day: 'month or year', week: 'month or year', month: 'year', quarter: 'year', year: 'year' },
    chartLabel: (unit: string) => `Events per ${unit} on a compressed time axis. Each link jumps to the first event of its ${unit} on the timeline.`,
    keyboardHint: (unit: string) =>
      `Left and right arrow keys move between ${unit}s (Home and End: first and last); Enter jumps to the first event of the ${unit}.`,
    binLabel: (period: string, count: number, vague: number, rough: string) =>
      binName(period, `${eventCount(count)}${vague ? ` (${number(vague)} dated only to the ${rough})` : ''}`),
    /** The scale's lines, numbered at the right. */
    gridLabel: (value: number) => number(value),
    legendColumn: (unit: string) => `One column per ${unit}, as tall as its number of events (scale on the right)`,
    stackOrder: 'Stacked from the axis up in this order:',
    tableSummary: (unit: string) => `The counts per ${unit} as a table`,
    tableHeadings: { period: (unit: string) => unit.replace(/^./, (first) => first.toUpperCase()), count: 'Events' },
    /** A bin's count in the table, with how many of them are dated more roughly than the bin. */
    tableCount: (count: number, vague: number, rough: string) => `${number(count)}${vague ? ` (${number(vague)} dated only to the ${rough})` : ''}`,
  },
  /** In place of the table when there are too many events for one. */
  tooMany: (count: number) => ({
    before: `The ${eventCount(count)} themselves are too many to list here: they are all in the open data file `,
    file: 'events.json',
    middle: ', and on ',
    timeline: 'the timeline',
    after: ' itself.',
  }),
  tableSummary: 'The events as a table',
  tableHeadings: { date: 'Date', event: 'Event', category: 'Category' },
} as const;

export type OverviewStrings = typeof OVERVIEW_STRINGS;

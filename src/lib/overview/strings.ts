import { formatNumber } from '../figures.ts';
import { fill } from '../i18n/fill.ts';
import type { Locale } from '../i18n/strings.ts';

/**
 * The words the browser script needs to name a column while the reader filters: sent with the
 * chart, so the script speaks the page's language without carrying every edition's strings.
 */
export interface CountWords {
  intl: string;
  one: string;
  many: string;
  /** "{shown} of {count} shown", where {count} is "30 events". */
  shown: string;
}

const COUNT_WORDS: Record<Locale, CountWords> = {
  en: { intl: 'en-GB', one: 'event', many: 'events', shown: '{shown} of {count} shown' },
  es: { intl: 'es-VE', one: 'hecho', many: 'hechos', shown: '{shown} de {count} a la vista' },
};

export function countWords(locale: Locale): CountWords {
  return COUNT_WORDS[locale];
}

/** "1 event", "2,000 events" ("2.000 hechos"). */
export const eventCount = (words: CountWords, count: number) => `${formatNumber(count, words.intl)} ${count === 1 ? words.one : words.many}`;

/** How many of a column's events a filter leaves. */
export const binCount = (words: CountWords, shown: number, total: number) =>
  fill(words.shown, { shown: formatNumber(shown, words.intl), count: eventCount(words, total) });

/** A column's accessible name: its stretch of time and its count. */
export const binName = (period: string, count: string) => `${period}: ${count}`;

/** A column's categories for its detail box, the largest first: "Release 120 · Protest 80". */
export const binBreakdown = (words: CountWords, parts: readonly (readonly [name: string, count: number])[]) =>
  parts.map(([name, count]) => `${name} ${formatNumber(count, words.intl)}`).join(' · ');

/**
 * The overview's strings in each edition's language. Category and certainty names come from the
 * edition's interface strings.
 */
function english() {
  const words = COUNT_WORDS.en;
  const number = (n: number) => formatNumber(n, words.intl);
  const events = (n: number) => eventCount(words, n);
  return {
  title: 'The whole story at a glance',
  intro:
    'Every event on the timeline, coloured by category and sized by importance. Time is not to scale: long empty stretches are cut out (zig-zag) and crowded days are spread apart.',
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
    const head = `${events(facts.count)} ${span}.`;
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
      `Every event on the timeline, counted by ${unit} and coloured by category. Time is not to scale: long empty stretches are cut out (zig-zag).`,
    /** Said when some events are known only to a coarser date than the columns. */
    vagueNote: (rough: string) => ` An event known only to its ${rough} counts in its first column.`,
    unit: { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' },
    /** What is coarser than a column, for the vague events it counts. */
    rough: { day: 'month or year', week: 'month or year', month: 'year', quarter: 'year', year: 'year' },
    chartLabel: (unit: string) => `Events per ${unit} on a compressed time axis. Each link jumps to the first event of its ${unit} on the timeline.`,
    keyboardHint: (unit: string) =>
      `Left and right arrow keys move between ${unit}s (Home and End: first and last); Enter jumps to the first event of the ${unit}.`,
    binLabel: (period: string, count: number, vague: number, rough: string) =>
      binName(period, `${events(count)}${vague ? ` (${number(vague)} dated only to the ${rough})` : ''}`),
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
    before: `The ${events(count)} themselves are too many to list here: they are all in the open data file `,
    file: 'events.json',
    middle: ', and on ',
    timeline: 'the timeline',
    after: ' itself.',
  }),
  tableSummary: 'The events as a table',
  tableHeadings: { date: 'Date', event: 'Event', category: 'Category' },
};
}

export type OverviewStrings = ReturnType<typeof english>;

function spanish(): OverviewStrings {
  const words = COUNT_WORDS.es;
  const number = (n: number) => formatNumber(n, words.intl);
  const events = (n: number) => eventCount(words, n);
  return {
    title: 'La historia de un vistazo',
    intro:
      'Cada hecho de la cronología, con el color de su categoría y un tamaño según su importancia. El tiempo no está a escala: los periodos largos sin hechos se cortan (zigzag) y los días con muchos hechos se separan.',
    summary: (facts) => {
      const span = facts.firstYear === facts.lastYear ? `en ${facts.firstYear}` : `de ${facts.firstYear} a ${facts.lastYear}`;
      const head = `${events(facts.count)} ${span}.`;
      if (facts.busiest) {
        return `${head} El mes con más hechos es ${facts.busiest.when}, con ${number(facts.busiest.count)}${facts.half ? `; la mitad ocurre entre ${facts.half}` : ''}.`;
      }
      if (!facts.cluster || facts.cluster.count === facts.count) return facts.cluster ? `${head} Todos ocurren en ${facts.cluster.when}.` : head;
      const { when, count } = facts.cluster;
      const where = count > facts.count / 2 ? `La mayoría, ${number(count)}, ocurre en ${when}` : `El periodo con más hechos es ${when}, con ${number(count)}`;
      return `${head} ${where}; los demás, en ${facts.others}.`;
    },
    otherYears: (count, first, last) => `${count} años distintos, de ${first} a ${last}`,
    chartLabel: 'Hechos en un eje de tiempo comprimido. Cada enlace lleva al hecho en la cronología.',
    keyboardHint: 'Las flechas izquierda y derecha pasan de un hecho a otro (Inicio y Fin: el primero y el último); Intro lleva al hecho.',
    here: 'El marcador ▼ sigue el hecho que usted está leyendo.',
    breakLabel: (years, months) => (years >= 1 ? `${years} ${years === 1 ? 'año' : 'años'}` : `${months} ${months === 1 ? 'mes' : 'meses'}`),
    markLabel: (title, date, certainty) => `${title}, ${date}${certainty ? ` (${certainty})` : ''}`,
    legendLabel: 'Cómo leer las marcas',
    legend: {
      point: 'Un día',
      span: 'Varios días',
      period: 'Un mes o un año, sin día conocido',
      uncertain: 'Fecha deducida o aproximada',
    },
    categoriesLabel: 'Categorías',
    density: {
      intro: (unit) =>
        `Cada hecho de la cronología, contado por ${unit} y con el color de su categoría. El tiempo no está a escala: los periodos largos sin hechos se cortan (zigzag).`,
      vagueNote: (rough) => ` Un hecho del que solo se conoce ${rough} cuenta en su primera columna.`,
      unit: { day: 'día', week: 'semana', month: 'mes', quarter: 'trimestre', year: 'año' },
      rough: { day: 'el mes o el año', week: 'el mes o el año', month: 'el año', quarter: 'el año', year: 'el año' },
      chartLabel: (unit) => `Hechos por ${unit} en un eje de tiempo comprimido. Cada enlace lleva al primer hecho de su ${unit} en la cronología.`,
      keyboardHint: (unit) =>
        `Las flechas izquierda y derecha pasan de un ${unit} a otro (Inicio y Fin: el primero y el último); Intro lleva al primer hecho del ${unit}.`,
      binLabel: (period, count, vague, rough) => binName(period, `${events(count)}${vague ? ` (${number(vague)} fechados solo por ${rough})` : ''}`),
      gridLabel: (value) => number(value),
      legendColumn: (unit) => `Una columna por ${unit}, tan alta como su número de hechos (escala a la derecha)`,
      stackOrder: 'Apilados desde el eje hacia arriba en este orden:',
      tableSummary: (unit) => `Los hechos por ${unit}, en una tabla`,
      tableHeadings: { period: (unit) => unit.replace(/^./, (first) => first.toUpperCase()), count: 'Hechos' },
      tableCount: (count, vague, rough) => `${number(count)}${vague ? ` (${number(vague)} fechados solo por ${rough})` : ''}`,
    },
    tooMany: (count) => ({
      before: `Los ${events(count)} son demasiados para listarlos aquí: están todos en el archivo de datos abiertos `,
      file: 'events.json',
      middle: ' y en ',
      timeline: 'la cronología',
      after: ' misma.',
    }),
    tableSummary: 'Los hechos en una tabla',
    tableHeadings: { date: 'Fecha', event: 'Hecho', category: 'Categoría' },
  };
}

const BUILT = new Map<Locale, OverviewStrings>();
/** One builder per edition: a new edition that lacks one does not compile. */
const BUILDERS: Record<Locale, () => OverviewStrings> = { es: spanish, en: english };

/** The overview's strings for an edition. */
export function overviewStrings(locale: Locale): OverviewStrings {
  if (!BUILT.has(locale)) BUILT.set(locale, BUILDERS[locale]());
  return BUILT.get(locale)!;
}

/** The English strings: the default of the layout functions, as their unit tests use them. */
export const OVERVIEW_STRINGS = overviewStrings('en');

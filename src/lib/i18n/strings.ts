import type { FigureColumn } from '../open-data/columns.ts';
import type { Category, Certainty, Qualifier } from '../schema/index.ts';

/**
 * Every interface string, in one place per language, so the Spanish edition is a second table
 * rather than a search through markup. Content (titles, summaries, bodies) lives in content/.
 */
export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag used for dates and numbers in each edition. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB' };

export interface UiStrings {
  siteTitle: string;
  siteTagline: string;
  siteDescription: string;
  skipToContent: string;
  navTimeline: string;
  navAbout: string;
  mainNavLabel: string;
  timelineHeading: string;
  timelineIntro: string;
  eventCount: (count: number) => string;
  yearAsAWhole: (year: number) => string;
  gap: (years: number, months: number) => string;
  readMore: string;
  figuresHeading: string;
  claimedBy: (claimant: string) => string;
  asOf: (date: string) => string;
  certainty: Record<Certainty, string>;
  certaintyExplained: Record<Certainty, string>;
  category: Record<Category, string>;
  qualifier: Record<Qualifier, string>;
  categoryLabel: string;
  sourcesHeading: string;
  sourceNoUrl: string;
  sourceNoDate: string;
  actorsHeading: string;
  placesHeading: string;
  correctionsHeading: string;
  correctedOn: (date: string) => string;
  updatedOn: (date: string) => string;
  previousEvent: string;
  nextEvent: string;
  eventNavLabel: string;
  backToTimeline: string;
  metricHeading: string;
  claimantHeading: string;
  valueHeading: string;
  asOfHeading: string;
  noteHeading: string;
  side: Record<'government' | 'ngo' | 'media' | 'foreign' | 'other', string>;
  countsTitle: string;
  countsIntro: string;
  countsSummary: (facts: { series: number; claimants: number; period: string; highest: string; lowest: string }) => string;
  countsKey: string;
  countsTableSummary: string;
  countsPointLabel: (facts: { value: string; metric: string; claimant: string; date: string; certainty?: string }) => string;
  countsEmpty: string;
  gapHeading: string;
  gapDatesLabel: string;
  gapTitle: (date: string) => string;
  gapIntro: string;
  whatItCounts: string;
  eventHeading: string;
  facetKind: Record<'category' | 'actor' | 'place', string>;
  facetKindPlural: Record<'category' | 'actor' | 'place', string>;
  facetTitle: (kind: string, name: string) => string;
  allEvents: string;
  otherValues: (kindPlural: string) => string;
  filtersLabel: string;
  filtersIntro: string;
  clearFilters: string;
  /** With {shown} and {total}: filled in by the browser script as the filter changes. */
  showingEvents: string;
  navSearch: string;
  searchTitle: string;
  searchLabel: string;
  searchButton: string;
  searchNeedsJs: string;
  /** With {count} and {query}. */
  searchResults: string;
  searchNoResults: string;
  searchLoading: string;
  readingBarLabel: string;
  readingNow: string;
  readingNoFigure: string;
  jumpToOverview: string;
  /** With {shown} and {total}. */
  tableShowsLatest: string;
  notFoundTitle: string;
  notFoundText: string;
  footerText: string;
  /** Badge on an entry with draft: true, seen only in `npm run dev`. */
  draftBadge: string;
  draftExplained: string;
  /** Mark on a timeline card whose entry has corrections. */
  correctedMark: string;
  editorNoteLabel: string;
  /** After a quotation that was translated. */
  quoteTranslated: string;
  /** The accessible name of an inline citation link: "Source 2: Associated Press". */
  citeLabel: (number: number, outlet: string) => string;
  /** Feeds: the item that announces a correction, and the feeds' names in the page head. */
  correctionTitle: (title: string) => string;
  rssFeedName: string;
  jsonFeedName: string;
  /** The last line of every link-preview image. */
  previewFooter: string;
  /** The site's own preview image, described for screen readers of social networks. */
  previewAlt: (title: string) => string;
  navData: string;
  feedsLabel: string;
  dataTitle: string;
  dataIntro: string;
  dataFilesHeading: string;
  dataEventsFile: string;
  dataFiguresFile: string;
  dataColumnsHeading: string;
  dataColumnHeading: string;
  dataColumnMeaning: string;
  dataColumns: Record<FigureColumn, string>;
  figureCount: (count: number) => string;
  dataMetricsHeading: string;
  dataMetricUnit: string;
  dataLicenceHeading: string;
  dataLicenceText: (licence: string) => string;
  dataCaveat: string;
  embedTitle: string;
  embedSource: string;
  embedHeading: string;
  embedIntro: string;
  embedChartName: Record<'timeline' | 'counts' | 'overview' | 'map', string>;
  /** A long timeline in parts: "events 101–200 of 2,000". */
  partRange: (first: string, last: string, total: string) => string;
  partTitle: (range: string) => string;
  partsNavLabel: string;
  nextPart: string;
  previousPart: string;
  firstPart: string;
  /** Said to screen readers when the next part has been added below: with {range}. */
  partLoaded: string;
  partLoading: string;
}

export const STRINGS: Record<Locale, UiStrings> = {
  en: {
    siteTitle: 'Venezuela’s Amnesty Law: a timeline',
    siteTagline: 'Political prisoners, the 2026 Amnesty Law and the fight over the numbers',
    siteDescription:
      'A sourced timeline of Venezuela’s 2026 Amnesty Law and the release of political prisoners, with every figure kept beside who claims it.',
    skipToContent: 'Skip to content',
    navTimeline: 'Timeline',
    navAbout: 'How this is made',
    mainNavLabel: 'Main',
    timelineHeading: 'Timeline',
    timelineIntro:
      'From the arrests after the 2024 election and Maduro’s capture to the Amnesty Law and the dispute over how many people have really been freed. Each figure is shown with who claims it, what it counts and as of when.',
    eventCount: (count) => `${count} ${count === 1 ? 'event' : 'events'}`,
    yearAsAWhole: (year) => `During ${year}`,
    gap: (years, months) =>
      years >= 1 ? `${years} ${years === 1 ? 'year' : 'years'} with no events in this timeline` : `${months} months with no events in this timeline`,
    readMore: 'Read more',
    figuresHeading: 'Figures',
    claimedBy: (claimant) => `according to ${claimant}`,
    asOf: (date) => `as of ${date}`,
    certainty: { reported: 'Reported date', approximate: 'Approximate date', inferred: 'Inferred date' },
    certaintyExplained: {
      reported: 'The date is given in the sources.',
      approximate: 'The sources give this date only roughly.',
      inferred: 'This date is worked out from the sources’ wording, not stated in them.',
    },
    category: {
      detention: 'Detention',
      release: 'Release',
      legislation: 'Legislation',
      courts: 'Courts',
      government: 'Government',
      military: 'Military',
      diplomacy: 'Diplomacy',
      protest: 'Protest',
      report: 'Report',
      statement: 'Statement',
    },
    qualifier: { exact: '', 'more-than': 'more than', 'at-least': 'at least', nearly: 'nearly', about: 'about' },
    categoryLabel: 'Category',
    sourcesHeading: 'Sources',
    sourceNoUrl: 'no link available',
    sourceNoDate: 'publication date not given',
    actorsHeading: 'Who',
    placesHeading: 'Where',
    correctionsHeading: 'Corrections',
    correctedOn: (date) => `Corrected on ${date}`,
    updatedOn: (date) => `Updated ${date}`,
    previousEvent: 'Previous event',
    nextEvent: 'Next event',
    eventNavLabel: 'Previous and next events',
    backToTimeline: 'Back to the timeline',
    metricHeading: 'What is counted',
    claimantHeading: 'Who claims it',
    valueHeading: 'Figure',
    asOfHeading: 'As of',
    noteHeading: 'Note',
    side: { government: 'Government', ngo: 'NGO', media: 'News media', foreign: 'Foreign government', other: 'Other' },
    countsTitle: 'How many have been freed? The competing counts',
    countsIntro:
      'Each line is one claimant counting one thing. The government’s “full freedoms” and the NGOs’ verified or documented releases measure different things, so they are drawn apart, never merged.',
    countsSummary: ({ series, claimants, period, highest, lowest }) =>
      `The chart shows ${series} counts from ${claimants} claimants, ${period}. The highest is ${highest}; the lowest is ${lowest}. They do not count the same thing: see what each counts below the chart.`,
    countsKey:
      'Filled marker: a reported date. Hollow marker: an inferred or approximate date. Arrow up: “more than” or “at least”. Arrow down: “nearly”. Select a marker to open the event that reported it.',
    countsTableSummary: 'The figures as a table',
    countsPointLabel: ({ value, metric, claimant, date, certainty }) =>
      `${value}: ${metric}, according to ${claimant}, as of ${date}${certainty ? ` (${certainty})` : ''}`,
    countsEmpty: 'No figures for this chart yet.',
    gapHeading: 'The gap between the counts',
    gapDatesLabel: 'Compare the counts on another date',
    gapTitle: (date) => `As of ${date}`,
    gapIntro: 'The latest figure of each claimant on the chosen date, on one scale, with what each one counts. Pick a date:',
    whatItCounts: 'What it counts',
    eventHeading: 'Reported in',
    facetKind: { category: 'Category', actor: 'Who', place: 'Where' },
    facetKindPlural: { category: 'Categories', actor: 'People and organisations', place: 'Places' },
    facetTitle: (kind, name) => `${kind}: ${name}`,
    allEvents: 'All events',
    otherValues: (kindPlural) => `Other ${kindPlural.toLowerCase()}`,
    filtersLabel: 'Filter the timeline',
    filtersIntro: 'Show only the events of a category, a person or organisation, or a place. Choose several to combine them.',
    clearFilters: 'Show all events',
    showingEvents: 'Showing {shown} of {total} events',
    navSearch: 'Search',
    searchTitle: 'Search the timeline',
    searchLabel: 'Words to find in the events',
    searchButton: 'Search',
    searchNeedsJs:
      'Search runs in your browser and needs JavaScript. Without it, use the filters on the timeline, or the pages for each category, person and place.',
    searchResults: '{count} events found for “{query}”',
    searchNoResults: 'No events found. Try fewer or other words.',
    searchLoading: 'Searching…',
    readingBarLabel: 'Where you are in the timeline',
    readingNow: 'Reading',
    readingNoFigure: 'no figure yet',
    jumpToOverview: 'Overview',
    tableShowsLatest: 'The table shows the latest {shown} of {total} figures.',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at this address. The event may have been renamed or retired.',
    footerText:
      'Built from two news reports; each entry lists its sources. No cookies, no analytics, no third-party requests.',
    draftBadge: 'Draft',
    draftExplained: 'Draft: shown in the local preview only, never published.',
    correctedMark: 'Corrected',
    editorNoteLabel: 'Editor’s note',
    quoteTranslated: 'translated',
    citeLabel: (number, outlet) => `Source ${number}: ${outlet}`,
    correctionTitle: (title) => `Correction: ${title}`,
    rssFeedName: 'RSS feed',
    jsonFeedName: 'JSON Feed',
    previewFooter: 'Every figure with who claims it, what it counts and as of when',
    previewAlt: (title) => `${title}: the title and date of the event, on the timeline’s card`,
    navData: 'Data',
    feedsLabel: 'Follow the timeline',
    dataTitle: 'Open data',
    dataIntro:
      'Every entry’s structured fields and every figure, as files for your own analysis. They are rebuilt with the site, so they always match what the timeline shows.',
    dataFilesHeading: 'The files',
    dataEventsFile: 'Every event with its date, certainty, category, actors, places, sources, figures and corrections, and the lists of actors, places and metrics it refers to.',
    dataFiguresFile: 'One row per figure, UTF-8, comma-separated, quoted where needed (RFC 4180). The columns:',
    dataColumnsHeading: 'Columns of figures.csv',
    dataColumnHeading: 'Column',
    dataColumnMeaning: 'What it holds',
    dataColumns: {
      event_slug: 'The event that reports the figure: its page is /events/<event_slug>/.',
      event_title: 'The headline of that event.',
      metric: 'What the figure counts: the id of a metric, defined on this page and in events.json.',
      metric_label: 'The metric in words.',
      value: 'The number, without separators.',
      unit: 'people, usd-per-year or events.',
      qualifier: 'How its claimant qualified it: exact, more-than, at-least, nearly or about.',
      claimant: 'Who claims it: the id of a person or organisation in events.json.',
      claimant_name: 'The claimant by name.',
      as_of: 'The date the figure describes: YYYY, YYYY-MM or YYYY-MM-DD, as precise as known.',
      certainty: 'How sure the date of the event is: reported, approximate or inferred (worked out from words such as "this weekend").',
      note: 'What the figure leaves out, if anything.',
      source: 'Where it was reported: the outlets of the event’s sources, separated by "; ".',
      event_url: 'The address of the event’s page.',
    },
    figureCount: (count) => `${count} ${count === 1 ? 'figure' : 'figures'}`,
    dataMetricsHeading: 'What each metric counts',
    dataMetricUnit: 'Unit',
    dataLicenceHeading: 'Licence',
    dataLicenceText: (licence) =>
      `The data and the text written for this timeline are published under ${licence}: reuse them, with credit to the timeline and to the sources each entry names. Quotations belong to the people and outlets quoted.`,
    dataCaveat:
      'A figure is a claim, not a fact: keep its claimant, its metric and its date with it. The government’s “full freedoms” and the NGOs’ verified releases count different things and must not be added up or compared as if they were one series.',
    embedTitle: 'Embed the timeline',
    embedSource: 'Open the full timeline',
    embedHeading: 'Put the timeline on your own page',
    embedIntro:
      'Copy this into your article. The frame sets its own height, links open in your page’s window, and nothing is loaded from any other site.',
    embedChartName: { timeline: 'The timeline', counts: 'The competing counts', overview: 'The whole story at a glance', map: 'The map of places' },
    partRange: (first, last, total) => `events ${first}–${last} of ${total}`,
    partTitle: (range) => `The timeline, ${range}`,
    partsNavLabel: 'More of the timeline',
    nextPart: 'Next',
    previousPart: 'Previous',
    firstPart: 'Back to the start of the timeline',
    partLoaded: 'Added {range} below.',
    partLoading: 'Loading more events…',
  },
};

/** Fills "{name}" placeholders of a template string, for strings the browser completes. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function strings(locale: Locale): UiStrings {
  return STRINGS[locale];
}

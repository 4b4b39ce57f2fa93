import type { FigureColumn } from '../open-data/columns.ts';
import type { SinceWords } from '../since-visit.ts';
import type { Category, Certainty, Qualifier } from '../schema/index.ts';

/** Every interface string an edition must give (en.ts, es.ts): the compiler names any one missing. */
export interface UiStrings {
  siteTitle: string;
  /** After a page's own title in the browser tab: short, so the page's title is what shows. */
  siteShortTitle: string;
  siteTagline: string;
  siteDescription: string;
  skipToContent: string;
  navTimeline: string;
  navAbout: string;
  mainNavLabel: string;
  timelineHeading: string;
  /** The home page's headline: the story's claim, not its topic. */
  leadHeadline: string;
  /** One sentence under the headline. */
  leadDek: string;
  /** Under the two latest counts when they measure different things. */
  leadMeasures: string;
  /** The link from the two counts to the gap between them: a sentence of its own. */
  leadGapLink: string;
  goToTimeline: string;
  onThisPage: string;
  /** The home page's parts, as the "on this page" list names them. */
  pageSections: Record<'timeline' | 'counts' | 'gap' | 'overview' | 'map', string>;
  eventCount: (count: number) => string;
  yearAsAWhole: (year: number) => string;
  gap: (years: number, months: number) => string;
  readMore: string;
  figuresHeading: string;
  /** The scrolling region around an event page's table of figures, named apart from its heading. */
  figuresTableLabel: string;
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
  /** The same, short enough for a phone's reading bar (the full word is there for screen readers). */
  sideShort: Record<'government' | 'ngo' | 'media' | 'foreign' | 'other', string>;
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
  /** Above a facet's index of events, when they are too many for cards. */
  facetIndexNote: string;
  /** Below the embedded timeline's first part: the rest is on the site. */
  embedRest: (shown: string, total: string) => string;
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
  /** With {query}: one event found. */
  searchResult: string;
  /** With {count} and {query}. */
  searchResults: string;
  searchNoResults: string;
  searchLoading: string;
  /** The button under the results that shows the next ones. */
  searchMore: string;
  readingBarLabel: string;
  /** The side panel's name (from 1100 px), apart from the bar's, which it replaces. */
  readingPanelLabel: string;
  readingNow: string;
  readingNoFigure: string;
  /** The reading bar when neither side has claimed a figure yet. */
  readingNoFigures: string;
  jumpToOverview: string;
  /** With {shown} and {total}. */
  tableShowsLatest: string;
  /** Under the counts chart when it draws a sample of the figures: {shown}, {total}. */
  chartShowsSample: string;
  notFoundTitle: string;
  notFoundText: string;
  footerText: string;
  /** Badge on an entry with draft: true, seen only in `npm run dev`. */
  draftBadge: string;
  draftExplained: string;
  /** Marks on a card the browser finds new, or corrected, since the reader's last visit. */
  newMark: string;
  correctedMark: string;
  /** After either mark, for screen readers: " since your last visit". */
  markSuffix: string;
  /** When an entry went up, and was last corrected, on cards and event pages: {time} is the date and time. */
  stampAdded: string;
  stampCorrected: string;
  /** "24 February 2026, 10:15". */
  dateAndTime: (date: string, time: string) => string;
  /** Named after every time shown: the site's times are Caracas's. */
  caracasTime: string;
  /** The latest page: every entry by when it went up, newest first. */
  latestTitle: string;
  latestIntro: string;
  latestPartTitle: (range: string) => string;
  /** Above the entries that went up on one day: "Added on 22 November 2026". */
  latestDay: (date: string) => string;
  /** The choice between the timeline's order and the latest page's. */
  orderLabel: string;
  orderByDate: string;
  orderByAdded: string;
  /** The notice of what is new since the reader's last visit, filled in by the browser. */
  since: SinceWords & { label: string; first: string; markRead: string; marked: string };
  /** The about page: what the site keeps in the reader's browser, and how to clear it. */
  aboutStorageHeading: string;
  aboutStorageIntro: string;
  aboutStorageItems: Record<'lastVisit' | 'visitBaseline' | 'timelineParts', string>;
  aboutStorageClear: string;
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
  /** The alt text of a card shared by the events of the same places, before the places. */
  previewAltPlaces: string;
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
  /** The about page's own text around the editors' MDX. */
  aboutMetricsHeading: string;
  aboutMetricsIntro: string;
  aboutDatesHeading: string;
  aboutDatesText: string;
  aboutCategoriesHeading: string;
  categoryExplained: Record<Category, string>;
  unit: Record<'people' | 'usd-per-year' | 'events', string>;
  unitLabel: string;
  /** This edition's language, named in itself ("Español"), for the language switcher. */
  languageName: string;
  languageNavLabel: string;
  /** Shown on an entry that has no translation in this edition yet. */
  untranslatedNotice: string;
  /** Beside the date of a card whose words are in the other language. */
  untranslatedMark: string;
}

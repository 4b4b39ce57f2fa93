import type { PartialDate } from './dates.ts';
import type { ActorData, Category, Certainty, Correction, MetricData, PlaceData, Qualifier, Source } from './schema/index.ts';

/** Plain, resolved objects that pages and charts work with: every reference replaced by its record. */

export interface Actor extends ActorData {
  id: string;
}

export interface Place extends PlaceData {
  id: string;
  /** The country's name in the edition's words, where content/<lang>/places.yaml gives one; else `country` is shown. */
  countryName?: string;
}

export interface Metric extends MetricData {
  id: string;
}

/** A photo's file as the build knows it: Astro's image() gives these (and more) for <Picture>. */
export interface PhotoFile {
  src: string;
  width: number;
  height: number;
  /** The file's format as Astro reads it (the content check admits only jpg, jpeg, png, webp and avif). */
  format: 'jpg' | 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'svg' | 'tiff' | 'apng';
}

/** An entry's photo, with what it shows and who took it. */
export interface Photo {
  src: PhotoFile;
  alt: string;
  credit: string;
  caption?: string;
}

/** A figure as a claim: the number with who claims it, what it counts and as of when. */
export interface Claim {
  metric: Metric;
  value: number;
  qualifier: Qualifier;
  claimant: Actor;
  asOf: PartialDate;
  note?: string;
  /** The event that reports it, and how sure its date is. */
  eventSlug: string;
  certainty: Certainty;
}

/** A correction, its day in Caracas, and its instant when the editor gave the time. */
export interface TimelineCorrection extends Omit<Correction, 'date'> {
  date: PartialDate;
  /** When it was made, in milliseconds since 1970, if a time was given; otherwise only its day is known. */
  time?: number;
}

export interface TimelineEvent {
  slug: string;
  title: string;
  summary: string;
  date: PartialDate;
  end?: PartialDate;
  certainty: Certainty;
  certaintyNote?: string;
  category: Category;
  actors: Actor[];
  places: Place[];
  sources: Source[];
  figures: Claim[];
  image?: Photo;
  importance: 1 | 2 | 3;
  /** When the entry went up on the site, in milliseconds since 1970 (UTC). */
  added: number;
  updated?: PartialDate;
  corrections: TimelineCorrection[];
  draft: boolean;
  /** Set when the event's words are not in the edition's language, for want of a translation: their language. */
  textLocale?: string;
}

export interface Timeline {
  /** In reading order: by date, coarser dates first at the same start, then by slug. */
  events: TimelineEvent[];
  actors: Map<string, Actor>;
  places: Map<string, Place>;
  metrics: Map<string, Metric>;
}

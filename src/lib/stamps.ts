import { caracasIso, formatCaracas } from './caracas-time.ts';
import { formatPartialDate } from './dates.ts';
import { latestCorrection } from './entry-times.ts';
import type { TimelineCorrection, TimelineEvent } from './model.ts';

/** One stamp: what a `<time>` element says and its `datetime`. */
export interface Stamp {
  /** "24 February 2026, 10:15", or "26 February 2026" for a correction dated by its day alone. */
  text: string;
  /** "2026-02-24T10:15:00-04:00", or "2026-02-26". */
  datetime: string;
  /** True when the text has a time of day, which is Caracas's: the zone is to be named. */
  timed: boolean;
}

export interface Stamps {
  added: Stamp;
  /** The latest correction, when there is one. */
  corrected?: Stamp;
}

/** The words a stamp needs from its edition. */
export interface StampWords {
  intl: string;
  dateAndTime: (date: string, time: string) => string;
}

/** An instant as a stamp: its date and time in Caracas, in the edition's words. */
export function instantStamp(ms: number, words: StampWords): Stamp {
  const { date, time } = formatCaracas(ms, words.intl);
  return { text: words.dateAndTime(date, time), datetime: caracasIso(ms), timed: true };
}

/** A correction as a stamp: with its time when the editor gave one, else its day. */
export function correctionStamp(correction: Pick<TimelineCorrection, 'date' | 'time'>, words: StampWords): Stamp {
  if (correction.time !== undefined) return instantStamp(correction.time, words);
  return { text: formatPartialDate(correction.date, words.intl), datetime: correction.date.iso, timed: false };
}

/** When the entry went up, and when it was last corrected: "Added 24 February 2026, 10:15", "Corrected 26 February 2026". */
export function entryStamps(event: Pick<TimelineEvent, 'added' | 'corrections'>, words: StampWords): Stamps {
  const latest = latestCorrection(event.corrections);
  return { added: instantStamp(event.added, words), ...(latest ? { corrected: correctionStamp(latest, words) } : {}) };
}

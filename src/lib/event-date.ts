import { formatPartialDate, formatSpan, type PartialDate } from './dates.ts';
import type { Certainty } from './schema/index.ts';

export interface DisplayDate {
  /** "20–21 February 2026", "January 2026", "2024". */
  text: string;
  /** `datetime` for the start `<time>`: "2026-02-20", "2026-01" or "2024". */
  datetime: string;
  /** `datetime` of the end, for spans. */
  endDatetime?: string;
  /** Set when the date is not reported as such, so the reader is told. */
  certainty?: Exclude<Certainty, 'reported'>;
}

/** How an event's date reads: at its own precision, as a span when it has an end, with its certainty. */
export function displayDate(
  event: { date: PartialDate; end?: PartialDate; certainty: Certainty },
  locale: string,
): DisplayDate {
  const text = event.end ? formatSpan(event.date, event.end, locale) : formatPartialDate(event.date, locale);
  return {
    text,
    datetime: event.date.iso,
    endDatetime: event.end?.iso,
    certainty: event.certainty === 'reported' ? undefined : event.certainty,
  };
}

/**
 * Dates as editors know them: a year ("2024"), a month ("2026-01") or a day ("2026-01-03").
 * Everything here works in UTC so that a date never shifts to the day before in Caracas (UTC-4)
 * or to the day after in Moscow: the machine's time zone is never consulted.
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: Precision;
  /** The canonical text: "2024", "2026-01" or "2026-01-03"; also a valid HTML `datetime`. */
  iso: string;
}

export type DateParse = { ok: true; date: PartialDate } | { ok: false; problem: string };

export const DATE_FORMS = '"YYYY", "YYYY-MM" or "YYYY-MM-DD"';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses an editor's date, refusing impossible ones instead of rolling them over. */
export function parsePartialDate(text: string): DateParse {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) {
    return { ok: false, problem: `"${text}" is not a date written as ${DATE_FORMS}` };
  }
  const year = Number(match[1]);
  // Date.UTC reads years 0–99 as 1900–1999; no event of this timeline is that old.
  if (year < 1000) {
    return { ok: false, problem: `"${text}" has the year ${match[1]}, and years before 1000 are not supported` };
  }
  if (match[2] === undefined) {
    return { ok: true, date: { year, precision: 'year', iso: match[1]! } };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return { ok: false, problem: `"${text}" has month ${match[2]}, and months run from 01 to 12` };
  }
  if (match[3] === undefined) {
    return { ok: true, date: { year, month, precision: 'month', iso: `${match[1]}-${match[2]}` } };
  }
  const day = Number(match[3]);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return {
      ok: false,
      problem: `"${text}" is not a real calendar date: ${MONTH_NAMES[month - 1]} ${year} has ${lastDay} days`,
    };
  }
  return { ok: true, date: { year, month, day, precision: 'day', iso: `${match[1]}-${match[2]}-${match[3]}` } };
}

/** Parses a date that has already been validated; throws if it was not. */
export function toPartialDate(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.date;
}

/** The first instant the date covers, in UTC milliseconds. */
export function startOf(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first instant after the date, in UTC milliseconds (so a year covers [start, end)). */
export function endOf(date: PartialDate): number {
  if (date.precision === 'year') return Date.UTC(date.year + 1, 0, 1);
  if (date.precision === 'month') return Date.UTC(date.year, date.month!, 1);
  return Date.UTC(date.year, date.month! - 1, date.day! + 1);
}

/** Today as a day-precision date, in UTC. */
export function todayUtc(now: Date = new Date()): PartialDate {
  return toPartialDate(now.toISOString().slice(0, 10));
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * Orders dates by where they start; at the same start the coarser one comes first,
 * so "2026-01" (the month as a whole) is read before "2026-01-01".
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return startOf(a) - startOf(b) || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** True when `end` finishes before `start` begins: a span cannot run backwards. */
export function endsBefore(end: PartialDate, start: PartialDate): boolean {
  return endOf(end) <= startOf(start);
}

const FORMAT_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { timeZone: 'UTC', year: 'numeric' },
  month: { timeZone: 'UTC', year: 'numeric', month: 'long' },
  day: { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, FORMAT_OPTIONS[precision]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "2024", "January 2026" or "3 January 2026" (in the given locale), never shifted by a time zone. */
export function formatPartialDate(date: PartialDate, locale: string): string {
  return formatterFor(locale, date.precision).format(startOf(date));
}

/**
 * A span as one phrase: "20–21 February 2026", "8 January – 20 February 2026".
 * Both ends of the same precision share the locale's range format; mixed precisions are joined plainly.
 */
export function formatSpan(start: PartialDate, end: PartialDate, locale: string): string {
  if (start.precision === end.precision) {
    return formatterFor(locale, start.precision).formatRange(startOf(start), startOf(end));
  }
  return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
}

/** Whole months from the start of `a` to the start of `b` (may be negative). */
export function monthsBetween(a: PartialDate, b: PartialDate): number {
  return (b.year - a.year) * 12 + ((b.month ?? 1) - (a.month ?? 1));
}

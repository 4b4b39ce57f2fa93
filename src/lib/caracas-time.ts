import { startOf, toPartialDate, type PartialDate } from './dates.ts';

/**
 * Times of day, as the site shows them: in Caracas, where the story happens and the newsroom
 * works, whatever the zone of the machine that builds the site or of the reader's browser.
 * Venezuela is four hours behind UTC all year today, but Intl knows its past offsets (−04:30 from
 * 2007 to 2016), so nothing here assumes one.
 */
export const CARACAS_ZONE = 'America/Caracas';

interface ZoneParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: CARACAS_ZONE });
    formatters.set(key, found);
  }
  return found;
}

const NUMERIC: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};

/** The wall-clock reading in Caracas at an instant. */
function partsAt(ms: number): ZoneParts {
  const parts = Object.fromEntries(formatter('en-US', NUMERIC).formatToParts(ms).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Caracas's offset from UTC at an instant, in minutes (−240 today). */
export function caracasOffset(ms: number): number {
  const { year, month, day, hour, minute, second } = partsAt(ms);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** The instant as Caracas reads it, with its offset: "2026-02-24T10:15:00-04:00", a valid HTML `datetime`. */
export function caracasIso(ms: number): string {
  const { year, month, day, hour, minute, second } = partsAt(ms);
  const offset = caracasOffset(ms);
  const sign = offset < 0 ? '-' : '+';
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The day in Caracas at an instant: late evening in Caracas is already the next day in UTC. */
export function caracasDay(ms: number): PartialDate {
  const { year, month, day } = partsAt(ms);
  return toPartialDate(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
}

/** The instant a date begins in Caracas: midnight there on its first day. */
export function startOfCaracasDay(date: PartialDate): number {
  const midnightUtc = startOf(date);
  // The offset at UTC midnight is the offset at Caracas midnight, but for a change of offset within those hours.
  const guess = midnightUtc - caracasOffset(midnightUtc) * 60_000;
  return midnightUtc - caracasOffset(guess) * 60_000;
}

/** "24 February 2026" and "10:15" (or "24 de febrero de 2026" and "10:15 a. m."), in Caracas, in the locale's own clock. */
export function formatCaracas(ms: number, locale: string): { date: string; time: string } {
  return {
    date: formatter(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(ms),
    time: formatter(locale, { timeStyle: 'short' }).format(ms),
  };
}

/** "22 February": the day of an instant in Caracas, with its year only when it is not the year of `now`. */
export function formatCaracasDay(ms: number, locale: string, now: number): string {
  const sameYear = partsAt(ms).year === partsAt(now).year;
  return formatter(locale, sameYear ? { month: 'long', day: 'numeric' } : { year: 'numeric', month: 'long', day: 'numeric' }).format(ms);
}

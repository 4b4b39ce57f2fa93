import { daysInMonth, MONTH_NAMES } from './dates.ts';

/**
 * Instants as editors write them: a date and a time with the offset from UTC at which that time
 * was read, "2026-02-24T10:15:00-04:00" (10:15 in Caracas). The offset makes the text one instant
 * anywhere, so nothing here consults the machine's time zone. Used for when an entry went up on
 * the site (`added`) and, optionally, for when a correction was made.
 */

export const INSTANT_FORM = '"YYYY-MM-DDTHH:MM:SS-04:00"';

/** What an editor is asked to write, with an example in Caracas time. */
export const INSTANT_EXAMPLE = '"2026-02-24T10:15:00-04:00"';

export interface Instant {
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  ms: number;
  /** The text as written (trimmed). */
  iso: string;
}

export type InstantParse = { ok: true; instant: Instant } | { ok: false; problem: string };

// Seconds (and their fraction) may be left out; the offset may not: without it the time is anyone's.
const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
/** Looks like a date with a time, however wrongly written: "2026-02-24 10:15", "2026-02-24T10h15". */
const LOOKS_TIMED = /^\d{4}-\d{1,2}-\d{1,2}[Tt\s]+\S/;

/** True when the text is meant as a date and a time rather than a day ("2026-02-24T…", "2026-02-24 10:15"). */
export function looksLikeInstant(text: string): boolean {
  return LOOKS_TIMED.test(text.trim());
}

/** Parses a date and time with its offset, refusing an impossible date or time instead of rolling it over. */
export function parseInstant(text: string): InstantParse {
  const trimmed = text.trim();
  const match = INSTANT_PATTERN.exec(trimmed);
  if (!match) {
    return { ok: false, problem: `"${text}" is not a date and time written as ${INSTANT_FORM}` };
  }
  const [, y, mo, d, h, mi, s = '00', fraction = '', offset] = match;
  if (offset === undefined) {
    return { ok: false, problem: `"${text}" has no offset from UTC, so the time could be anyone's (add it: -04:00 for Caracas)` };
  }
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1000) return { ok: false, problem: `"${text}" has the year ${y}, and years before 1000 are not supported` };
  if (month < 1 || month > 12) return { ok: false, problem: `"${text}" has month ${mo}, and months run from 01 to 12` };
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return { ok: false, problem: `"${text}" is not a real calendar date: ${MONTH_NAMES[month - 1]} ${year} has ${lastDay} days` };
  }
  if (Number(h) > 23) return { ok: false, problem: `"${text}" has the hour ${h}, and hours run from 00 to 23` };
  if (Number(mi) > 59) return { ok: false, problem: `"${text}" has the minute ${mi}, and minutes run from 00 to 59` };
  if (Number(s) > 59) return { ok: false, problem: `"${text}" has the second ${s}, and seconds run from 00 to 59` };
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    const [oh, om] = offset.slice(1).split(':').map(Number) as [number, number];
    // UTC−12:00 to UTC+14:00 are the offsets in use anywhere.
    if (om > 59 || oh > 14 || (offset.startsWith('-') && oh > 12)) {
      return { ok: false, problem: `"${text}" has the offset ${offset}, which no place uses (Caracas is -04:00)` };
    }
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  const local = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s), fraction ? Math.round(Number(fraction) * 1000) : 0);
  return { ok: true, instant: { ms: local - offsetMinutes * 60_000, iso: trimmed } };
}

/** Parses an instant that has already been validated; throws if it was not. */
export function toInstant(text: string): Instant {
  const parsed = parseInstant(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.instant;
}

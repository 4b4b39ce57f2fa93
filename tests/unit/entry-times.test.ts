/**
 * When entries went up and were corrected: instants as editors write them, Caracas time as the
 * site shows it (whatever the machine's zone), the order of the latest page, ties included, and
 * the stamps on cards and event pages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caracasDay, caracasIso, caracasOffset, formatCaracas, formatCaracasDay, startOfCaracasDay } from '../../src/lib/caracas-time.ts';
import { toPartialDate } from '../../src/lib/dates.ts';
import { correctionInstant, lastChanged, lastCorrected, latestCorrection } from '../../src/lib/entry-times.ts';
import { looksLikeInstant, parseInstant } from '../../src/lib/instants.ts';
import { compareByAdded, groupByAddedDay, latestFirst, recentActivity } from '../../src/lib/latest.ts';
import { STRINGS } from '../../src/lib/i18n/strings.ts';
import { partRangeText, splitIntoParts } from '../../src/lib/parts.ts';
import { entryStamps } from '../../src/lib/stamps.ts';
import { fixtureEvent, fixtureTimeline } from './helpers/timeline-fixture.ts';

const at = (iso: string) => Date.parse(iso);
const ZONES = ['America/Caracas', 'UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Los_Angeles'];
const savedZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedZone;
});

describe('parseInstant()', () => {
  it.each([
    ['2026-02-24T10:15:00-04:00', '2026-02-24T14:15:00.000Z'],
    ['2026-02-24T10:15-04:00', '2026-02-24T14:15:00.000Z'],
    ['2026-02-24T14:15:00Z', '2026-02-24T14:15:00.000Z'],
    ['2026-02-25T00:15:00+10:00', '2026-02-24T14:15:00.000Z'],
    ['2026-02-24T10:15:00.5-04:00', '2026-02-24T14:15:00.500Z'],
    ['2010-01-01T08:00:00-04:30', '2010-01-01T12:30:00.000Z'],
  ])('reads %s as the instant %s', (text, utc) => {
    const parsed = parseInstant(text);
    expect(parsed.ok && new Date(parsed.instant.ms).toISOString()).toBe(utc);
  });

  it('gives the same instant in every machine zone: the offset written is the only one used', () => {
    const readings = ZONES.map((zone) => {
      process.env.TZ = zone;
      const parsed = parseInstant('2026-11-22T03:43:42-04:00');
      return parsed.ok && parsed.instant.ms;
    });
    expect(new Set(readings)).toEqual(new Set([at('2026-11-22T07:43:42Z')]));
  });

  it.each([
    ['2026-02-24T10:15:00', 'has no offset from UTC'],
    ['2026-02-24', 'is not a date and time written as'],
    ['24/02/2026 10:15', 'is not a date and time written as'],
    ['2026-02-29T10:15:00-04:00', 'is not a real calendar date: February 2026 has 28 days'],
    ['2026-04-31T10:15:00-04:00', 'April 2026 has 30 days'],
    ['2026-13-01T10:15:00-04:00', 'has month 13'],
    ['2026-02-24T23:59:60-04:00', 'has the second 60'],
    ['2026-02-24T10:15:00-13:00', 'has the offset -13:00, which no place uses'],
    ['0999-02-24T10:15:00-04:00', 'years before 1000 are not supported'],
  ])('refuses %j: %s', (text, words) => {
    const parsed = parseInstant(text);
    expect(!parsed.ok && parsed.problem).toContain(words);
  });

  it.each([
    ['2026-02-26', false],
    ['2026-02', false],
    ['2026-02-26T16:20:00-04:00', true],
    ['2026-02-26 16:20', true],
    [' 2026-02-26T16:20 ', true],
  ])('looksLikeInstant(%j) is %s: a correction date with a time is judged as a date and time', (text, timed) => {
    expect(looksLikeInstant(text)).toBe(timed);
  });
});

describe('Caracas time', () => {
  it.each(ZONES)('writes an instant as Caracas reads it, with its offset, on a machine in %s', (zone) => {
    process.env.TZ = zone;
    expect(caracasIso(at('2026-11-22T07:43:42Z'))).toBe('2026-11-22T03:43:42-04:00');
    // Late evening in Caracas is already tomorrow in UTC.
    expect(caracasIso(at('2026-02-25T03:59:59Z'))).toBe('2026-02-24T23:59:59-04:00');
    expect(caracasDay(at('2026-02-25T03:59:59Z')).iso).toBe('2026-02-24');
    expect(caracasDay(at('2026-02-25T04:00:00Z')).iso).toBe('2026-02-25');
  });

  it('knows the offsets Caracas has had: -04:30 from 2007 to 2016', () => {
    expect(caracasOffset(at('2010-06-01T12:00:00Z'))).toBe(-270);
    expect(caracasIso(at('2010-06-01T12:00:00Z'))).toBe('2010-06-01T07:30:00-04:30');
    expect(caracasOffset(at('2026-06-01T12:00:00Z'))).toBe(-240);
  });

  it('starts a day, a month or a year at midnight in Caracas', () => {
    expect(new Date(startOfCaracasDay(toPartialDate('2026-02-26'))).toISOString()).toBe('2026-02-26T04:00:00.000Z');
    expect(new Date(startOfCaracasDay(toPartialDate('2026-03'))).toISOString()).toBe('2026-03-01T04:00:00.000Z');
    expect(new Date(startOfCaracasDay(toPartialDate('2012'))).toISOString()).toBe('2012-01-01T04:30:00.000Z');
  });

  it.each([
    ['en-GB', '24 February 2026', '10:15', '22 February'],
    ['es-VE', '24 de febrero de 2026', '10:15 a. m.', '22 de febrero'],
  ])('formats in %s, in the locale’s own clock, whatever the machine’s zone', (locale, date, time, day) => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(formatCaracas(at('2026-02-24T14:15:00Z'), locale)).toEqual({ date, time });
      expect(formatCaracasDay(at('2026-02-23T03:00:00Z'), locale, at('2026-03-01T12:00:00Z'))).toBe(day);
    }
  });

  it('gives the year of a last visit only when it is not this year', () => {
    expect(formatCaracasDay(at('2025-12-31T12:00:00Z'), 'en-GB', at('2026-01-02T12:00:00Z'))).toBe('31 December 2025');
    expect(formatCaracasDay(at('2026-01-01T03:00:00Z'), 'en-GB', at('2026-01-02T12:00:00Z'))).toBe('31 December 2025');
  });
});

describe('correction times', () => {
  const day = { date: toPartialDate('2026-02-26'), change: 'Fixed on the day.' };
  const timed = { date: toPartialDate('2026-02-26'), time: at('2026-02-26T20:20:00Z'), change: 'Fixed at 16:20.' };

  it('takes a correction dated by its day to be made at the start of that day in Caracas, and a timed one at its time', () => {
    expect(correctionInstant(day)).toBe(at('2026-02-26T00:00:00-04:00'));
    expect(correctionInstant(timed)).toBe(at('2026-02-26T16:20:00-04:00'));
  });

  it('reads a correction written with its time as that instant, on its day in Caracas', () => {
    const [event] = fixtureTimeline([fixtureEvent('e', '2026-02-20', [], { corrections: [{ date: '2026-02-27T02:10:00+01:00', change: 'Fixed.' }] })]).events;
    expect(event!.corrections[0]).toMatchObject({ time: at('2026-02-27T01:10:00Z'), date: { iso: '2026-02-26' } });
  });

  it('finds the latest correction by its instant, and when the entry last changed after it went up', () => {
    const event = { added: at('2026-02-20T12:00:00Z'), updated: toPartialDate('2026-02-28'), corrections: [timed, day] };
    expect(latestCorrection(event.corrections)).toBe(timed);
    expect(lastCorrected(event)).toBe(timed.time);
    expect(lastChanged(event)).toBe(at('2026-02-28T04:00:00Z'));
    expect(lastCorrected({ corrections: [] })).toBeUndefined();
    // A change dated before the entry went up (it was on the site before the time was recorded) is no change since.
    expect(lastChanged({ ...event, added: at('2026-11-22T07:43:42Z') })).toBeUndefined();
  });
});

describe('the order of the latest page', () => {
  const entry = (slug: string, date: string, added: string) => ({ slug, date: toPartialDate(date), added: at(added) });

  it('puts the entry that went up last first, whenever its event happened', () => {
    const order = latestFirst([
      entry('recent-event-added-first', '2026-02-24', '2026-02-24T12:00:00-04:00'),
      entry('old-event-added-last', '2020-05-03', '2026-02-25T09:00:00-04:00'),
      entry('middle', '2026-02-20', '2026-02-24T18:00:00-04:00'),
    ]).map((event) => event.slug);
    expect(order).toEqual(['old-event-added-last', 'middle', 'recent-event-added-first']);
  });

  it('breaks a tie of the same instant by the later event first, then by slug, whatever order the entries come in', () => {
    const batch = '2026-11-22T03:43:42-04:00';
    const entries = [
      entry('b-same-day', '2026-02-24', batch),
      entry('year-only', '2024', batch),
      entry('a-same-day', '2026-02-24', batch),
      entry('month-only', '2026-02', batch),
      entry('later-event', '2026-02-25', batch),
    ];
    const expected = ['later-event', 'a-same-day', 'b-same-day', 'month-only', 'year-only'];
    expect(latestFirst(entries).map((event) => event.slug)).toEqual(expected);
    expect(latestFirst([...entries].reverse()).map((event) => event.slug)).toEqual(expected);
    expect(compareByAdded(entries[0]!, entries[0]!)).toBe(0);
  });

  it('tells the same instant written in two offsets apart from none: it is one instant', () => {
    const order = latestFirst([entry('b', '2026-02-24', '2026-02-24T14:15:00Z'), entry('a', '2026-02-24', '2026-02-24T10:15:00-04:00')]);
    expect(order.map((event) => event.slug)).toEqual(['a', 'b']);
  });

  it('groups them by the day in Caracas they went up on, keeping the order', () => {
    const days = groupByAddedDay([
      entry('late', '2026-02-24', '2026-02-25T23:30:00-04:00'),
      entry('evening', '2026-02-24', '2026-02-24T23:30:00-04:00'),
      entry('morning', '2026-02-24', '2026-02-24T08:00:00-04:00'),
    ]);
    expect(days.map(({ day, events }) => [day.iso, events.map((event) => event.slug)])).toEqual([
      ['2026-02-25', ['late']],
      ['2026-02-24', ['evening', 'morning']],
    ]);
  });

  it('is cut into parts of 100 like the timeline, each part saying where it falls', () => {
    const many = Array.from({ length: 230 }, (_, index) => entry(`e${index}`, '2026-02-24', new Date(at('2026-02-24T00:00:00Z') + index * 60_000).toISOString()));
    const parts = splitIntoParts(latestFirst(many));
    expect(parts.map((part) => part.events.length)).toEqual([100, 100, 30]);
    expect(parts[0]!.events[0]!.slug).toBe('e229');
    expect(partRangeText(3, 230, { intl: 'en-GB', partRange: STRINGS.en.partRange })).toBe('events 201–230 of 230');
  });
});

describe('recentActivity()', () => {
  const event = (added: string, corrected?: string) => ({
    added: at(added),
    corrections: corrected ? [{ date: toPartialDate(corrected.slice(0, 10)), time: at(corrected), change: 'x' }] : [],
  });

  it('lists the entries that changed last, newest first, a correction counting as a change, in whole seconds', () => {
    const activity = recentActivity(
      [event('2026-02-20T10:00:00Z'), event('2026-02-10T10:00:00Z', '2026-02-22T10:00:00.900Z'), event('2026-02-21T10:00:00Z')],
      2,
    );
    expect(activity).toEqual([
      [at('2026-02-10T10:00:00Z') / 1000, at('2026-02-22T10:00:00Z') / 1000],
      [at('2026-02-21T10:00:00Z') / 1000, 0],
    ]);
  });
});

describe('entryStamps()', () => {
  const words = (locale: 'en' | 'es') => ({ intl: locale === 'en' ? 'en-GB' : 'es-VE', dateAndTime: STRINGS[locale].dateAndTime });

  it('says when the entry went up, in Caracas time, with the datetime of a valid HTML <time>', () => {
    const stamps = entryStamps({ added: at('2026-02-24T14:15:00Z'), corrections: [] }, words('en'));
    expect(stamps).toEqual({ added: { text: '24 February 2026, 10:15', datetime: '2026-02-24T10:15:00-04:00', timed: true } });
    expect(entryStamps({ added: at('2026-02-24T14:15:00Z'), corrections: [] }, words('es')).added.text).toBe('24 de febrero de 2026, 10:15 a. m.');
  });

  it('adds the latest correction, by its day alone when no time was given', () => {
    const corrections = [
      { date: toPartialDate('2026-02-26'), time: at('2026-02-26T20:20:00Z'), change: 'x' },
      { date: toPartialDate('2026-02-27'), change: 'y' },
    ];
    expect(entryStamps({ added: at('2026-02-24T14:15:00Z'), corrections }, words('en')).corrected).toEqual({ text: '27 February 2026', datetime: '2026-02-27', timed: false });
    expect(entryStamps({ added: at('2026-02-24T14:15:00Z'), corrections: corrections.slice(0, 1) }, words('en')).corrected).toEqual({
      text: '26 February 2026, 16:20',
      datetime: '2026-02-26T16:20:00-04:00',
      timed: true,
    });
  });
});

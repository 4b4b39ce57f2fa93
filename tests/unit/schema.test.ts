import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../src/lib/dates.ts';
import type { z } from 'astro/zod';
import {
  actorSchema,
  correctionSchema,
  crossFieldIssues,
  eventSchema,
  figureSchema,
  metricSchema,
  placeSchema,
  sourceSchema,
} from '../../src/lib/schema/index.ts';
import { dayOrInstant, httpsUrl, instant, partialDate, reference } from '../../src/lib/schema/fields.ts';

const validEvent = {
  title: 'Amnesty Law passed',
  summary: 'The National Assembly passes the Amnesty Law.',
  date: '2026-02-19',
  category: 'legislation',
  sources: [{ outlet: 'Associated Press' }],
  added: '2026-02-19T21:05:00-04:00',
};

/** The messages of a failed parse, by field path. */
function messages(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('eventSchema', () => {
  it('fills in the defaults an editor may leave out', () => {
    expect(eventSchema.parse(validEvent)).toEqual({
      ...validEvent,
      date: toPartialDate(validEvent.date),
      added: { iso: validEvent.added, ms: Date.parse(validEvent.added) },
      certainty: 'reported',
      actors: [],
      places: [],
      figures: [],
      importance: 1,
      corrections: [],
      draft: false,
    });
  });

  it('trims the title, and calls a title of spaces empty rather than missing', () => {
    expect(eventSchema.parse({ ...validEvent, title: '  Amnesty Law passed  ' }).title).toBe('Amnesty Law passed');
    expect(messages(eventSchema, { ...validEvent, title: '   ' })).toEqual({ title: 'is empty (expected a short headline)' });
  });

  it.each(['title', 'summary', 'date', 'category', 'sources', 'added'])('says %s is missing when it is left out', (field) => {
    const { [field as keyof typeof validEvent]: _, ...rest } = validEvent;
    expect(messages(eventSchema, rest)[field]).toMatch(/^is missing \(expected /);
  });

  it('refuses a field it does not know', () => {
    const result = eventSchema.safeParse({ ...validEvent, tags: ['amnesty'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['tags'] });
  });

  it.each([
    ['approximate', undefined, ['certaintyNote']],
    ['inferred', undefined, ['certaintyNote']],
    ['inferred', 'The report says "this weekend".', []],
    ['reported', undefined, []],
  ])('with certainty %s and note %j, the fields at fault are %j', (certainty, certaintyNote, fields) => {
    expect(Object.keys(messages(eventSchema, { ...validEvent, certainty, certaintyNote }))).toEqual(fields);
  });

  it.each([
    ['2026-02-19', '2026-02-21', true],
    ['2026-02-19', '2026-02-19', true],
    ['2026-02-19', '2026-02-18', false],
    ['2026-02', '2026-02-28', true],
    ['2026', '2025-12', false],
  ])('with date %s and end %s, accepted = %s', (date, end, accepted) => {
    expect(eventSchema.safeParse({ ...validEvent, date, end }).success).toBe(accepted);
  });

  it.each([0, 4, 1.5, '2'])('refuses importance %j (expected 1, 2 or 3)', (importance) => {
    expect(messages(eventSchema, { ...validEvent, importance }).importance).toBe('expected 1, 2 or 3');
  });
});

describe('instant(), as the field added', () => {
  const added = instant('a date and time', 'added');

  it.each([
    ['2026-02-24T10:15:00-04:00', '2026-02-24T14:15:00.000Z'],
    ['2026-02-24T10:15-04:00', '2026-02-24T14:15:00.000Z'],
    ['2026-02-24T14:15:00Z', '2026-02-24T14:15:00.000Z'],
    ['2026-02-24T10:15:00.250-04:00', '2026-02-24T14:15:00.250Z'],
    ['2010-01-01T08:00:00-04:30', '2010-01-01T12:30:00.000Z'],
  ])('accepts %s, and passes it on parsed, as the instant it names', (text, utc) => {
    expect(added.parse(text)).toEqual({ iso: text, ms: Date.parse(utc) });
  });

  it.each([
    ['2026-02-24T10:15:00', '"2026-02-24T10:15:00" has no offset from UTC, so the time could be anyone\'s (add it: -04:00 for Caracas)'],
    ['2026-02-24 10:15:00-04:00', '"2026-02-24 10:15:00-04:00" is not a date and time written as "YYYY-MM-DDTHH:MM:SS-04:00"'],
    ['2026-02-24', '"2026-02-24" is not a date and time written as "YYYY-MM-DDTHH:MM:SS-04:00"'],
    ['2026-02-29T10:15:00-04:00', '"2026-02-29T10:15:00-04:00" is not a real calendar date: February 2026 has 28 days'],
    ['2026-02-24T24:00:00-04:00', '"2026-02-24T24:00:00-04:00" has the hour 24, and hours run from 00 to 23'],
    ['2026-02-24T10:60:00-04:00', '"2026-02-24T10:60:00-04:00" has the minute 60, and minutes run from 00 to 59'],
    ['2026-02-24T10:15:00+04:60', '"2026-02-24T10:15:00+04:60" has the offset +04:60, which no place uses (Caracas is -04:00)'],
  ])('refuses %j, saying why and what is expected', (text, problem) => {
    expect(messages(added, text)['']).toBe(`${problem} (expected a date and time)`);
  });

  it('refuses an unquoted time, which YAML has made a timestamp, saying to quote it', () => {
    expect(messages(added, new Date('2026-02-24T14:15:00Z'))['']).toBe(
      'is not in quotes, so YAML reads it as a timestamp or a number (expected a date and time, e.g. added: "2026-02-24T10:15:00-04:00")',
    );
  });
});

describe('dayOrInstant(), as a correction\'s date', () => {
  const date = dayOrInstant('a day or a date and time', 'date');

  it.each([
    ['2026-02-26', { iso: '2026-02-26', precision: 'day' }],
    ['2026-02', { iso: '2026-02', precision: 'month' }],
    ['2026-02-26T16:20:00-04:00', { iso: '2026-02-26T16:20:00-04:00', ms: Date.parse('2026-02-26T20:20:00Z') }],
  ])('accepts %s, passed on parsed as a day or an instant', (text, parsed) => {
    expect(date.parse(text)).toMatchObject(parsed);
  });

  it.each([
    ['2026-02-30', '"2026-02-30" is not a real calendar date: February 2026 has 28 days'],
    ['2026-02-26T16:20', '"2026-02-26T16:20" has no offset from UTC, so the time could be anyone\'s (add it: -04:00 for Caracas)'],
    ['2026-02-26 16:20', '"2026-02-26 16:20" is not a date and time written as "YYYY-MM-DDTHH:MM:SS-04:00"'],
  ])('refuses %j, judging a text with a time as a date and time', (text, problem) => {
    expect(messages(date, text)['']).toBe(`${problem} (expected a day or a date and time)`);
  });
});

describe('partialDate()', () => {
  const date = partialDate();

  it.each([
    ['2024', { year: 2024, precision: 'year', iso: '2024' }],
    ['2026-01', { year: 2026, month: 1, precision: 'month', iso: '2026-01' }],
    ['2026-01-03', { year: 2026, month: 1, day: 3, precision: 'day', iso: '2026-01-03' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day', iso: '2024-02-29' }],
  ])('accepts %s, and passes it on parsed, at its precision', (text, parsed) => {
    expect(date.parse(text)).toEqual(parsed);
  });

  it.each([
    ['2026-02-30', '"2026-02-30" is not a real calendar date: February 2026 has 28 days'],
    ['2026-13', '"2026-13" has month 13, and months run from 01 to 12'],
    ['3 January 2026', '"3 January 2026" is not a date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD"'],
  ])('refuses %j, saying why and what is expected', (text, problem) => {
    expect(messages(date, text)['']).toBe(`${problem} (expected a date in quotes, written as "YYYY", "YYYY-MM" or "YYYY-MM-DD")`);
  });

  it.each([
    ['a YAML timestamp', new Date(Date.UTC(2026, 2, 2))],
    ['a number', 2024],
  ])('says a date is not in quotes when YAML has turned it into %s', (_, value) => {
    expect(messages(date, value)['']).toMatch(/^is not in quotes, so YAML reads it as a timestamp or a number \(expected .*e\.g\. date: "2026-01-03"\)$/);
  });

  it('says "is missing" for an absent required date', () => {
    expect(messages(date, undefined)['']).toMatch(/^is missing \(expected a date in quotes/);
  });
});

describe('httpsUrl()', () => {
  const url = httpsUrl('the address of the report');

  it.each(['https://apnews.com/article/x', 'https://www.reuters.com/world/americas/x?id=1#top', 'HTTPS://EXAMPLE.COM/a'])('accepts %s', (value) => {
    expect(url.safeParse(value).success).toBe(true);
  });

  it.each(['http://elpitazo.net/x', 'javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,hi', 'ftp://example.com/x', 'www.example.com', '//example.com/x', 'https://', ''])(
    'refuses %j, asking for https://',
    (value) => {
      expect(messages(url, value)['']).toBe(
        `"${value}" is not an https address (expected the address of the report, starting with https://; leave the field out when there is none)`,
      );
    },
  );
});

describe('reference()', () => {
  const actor = reference('an actor in content/actors.yaml');

  it.each(['foro-penal', 'un', 'opcw-2026'])('accepts the id %s', (id) => {
    expect(actor.safeParse(id).success).toBe(true);
  });

  it.each(['Foro Penal', 'foro_penal', '-foro', 'foro--penal', 'Foro-Penal'])('refuses %j as not an id', (id) => {
    expect(messages(actor, id)['']).toMatch(/^is not an id \(expected the lowercase-and-hyphens id of an actor/);
  });
});

describe('figureSchema', () => {
  const figure = { metric: 'political-prisoners', value: 777, claimant: 'foro-penal', asOf: '2026-01-19' };

  it('reads a figure without qualifier as exact', () => {
    expect(figureSchema.parse(figure)).toEqual({ ...figure, qualifier: 'exact', asOf: toPartialDate(figure.asOf) });
  });

  it.each(['metric', 'value', 'claimant', 'asOf'])('refuses a figure without %s: a figure is a claim, never a bare number', (field) => {
    const { [field as keyof typeof figure]: _, ...rest } = figure;
    expect(messages(figureSchema, rest)[field]).toMatch(/^is missing \(expected /);
  });

  it.each([
    ['3,231', 'expected a number without separators, such as 3231'],
    [-1, 'is negative (expected a count of zero or more)'],
  ])('refuses the value %j', (value, message) => {
    expect(messages(figureSchema, { ...figure, value }).value).toBe(message);
  });

  it('refuses a qualifier outside the list', () => {
    expect(messages(figureSchema, { ...figure, qualifier: 'around' }).qualifier).toBe('expected one of exact, more-than, at-least, nearly, about');
  });
});

describe('the data schemas', () => {
  it.each([
    ['actor', actorSchema, { name: 'Foro Penal', kind: 'ngo', url: 'https://foropenal.com' }],
    ['place', placeSchema, { name: 'Caracas', kind: 'city', country: 'Venezuela', lat: 10.5, lon: -66.9 }],
    ['metric', metricSchema, { label: 'Political prisoners', definition: 'People held for political reasons.', unit: 'people' }],
    ['source', sourceSchema, { outlet: 'Reuters', url: 'https://www.reuters.com/x', published: '2026-01-08' }],
    ['correction', correctionSchema, { date: '2026-01-22', change: 'The count was first given as 770.' }],
    ['correction', correctionSchema, { date: '2026-01-22T09:40:00-04:00', change: 'The count was first given as 770.' }],
  ] as const)('accept a valid %s', (_, schema, value) => {
    expect((schema as z.ZodType).safeParse(value).success).toBe(true);
  });

  it.each([
    ['actor', actorSchema, { name: 'Foro Penal', kind: 'NGO' }, 'kind'],
    ['actor', actorSchema, { name: 'Foro Penal', kind: 'ngo', url: 'http://foropenal.com' }, 'url'],
    ['place', placeSchema, { name: 'Caracas', kind: 'city', country: 'Venezuela', lat: 91, lon: -66.9 }, 'lat'],
    ['place', placeSchema, { name: 'Caracas', kind: 'city', country: 'Venezuela', lat: 10.5, lon: -181 }, 'lon'],
    ['metric', metricSchema, { label: 'Releases', definition: 'Releases.', unit: 'persons' }, 'unit'],
    ['source', sourceSchema, { title: 'A report' }, 'outlet'],
    ['correction', correctionSchema, { date: '2026-02-30', change: 'x' }, 'date'],
  ] as const)('refuse a bad %s, naming the field %s', (_, schema, value, field) => {
    expect(Object.keys(messages(schema as z.ZodType, value))).toEqual([field]);
  });
});

describe('crossFieldIssues()', () => {
  it.each([
    ['nothing at all', {}],
    ['a certainty that is not text', { certainty: 42 }],
    ['an unquoted date and end', { date: new Date(), end: new Date(0) }],
    ['an impossible end', { date: '2026-02-19', end: '2026-02-30' }],
  ])('tolerates raw input with %s and finds no cross-field problem', (_, raw) => {
    expect(crossFieldIssues(raw as Record<string, unknown>)).toEqual([]);
  });

  it('finds both a missing note and a backwards span at once', () => {
    expect(crossFieldIssues({ date: '2026-02-21', end: '2026-02-20', certainty: 'approximate' }).map((issue) => issue.path)).toEqual([
      ['certaintyNote'],
      ['end'],
    ]);
  });
});

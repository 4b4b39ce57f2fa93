import { afterEach, describe, expect, it } from 'vitest';
import {
  compareDates,
  daysInMonth,
  endOf,
  endsBefore,
  formatPartialDate,
  formatSpan,
  monthsBetween,
  parsePartialDate,
  startOf,
  toPartialDate,
  todayUtc,
} from '../../src/lib/dates.ts';

const d = toPartialDate;
/** Intl puts thin spaces (U+2009) around the en dash of a range in some places. */
const THIN = '\u2009';

describe('parsePartialDate()', () => {
  it.each([
    ['2024', { year: 2024, precision: 'year', iso: '2024' }],
    ['2026-01', { year: 2026, month: 1, precision: 'month', iso: '2026-01' }],
    ['2026-01-03', { year: 2026, month: 1, day: 3, precision: 'day', iso: '2026-01-03' }],
    ['2026-12-31', { year: 2026, month: 12, day: 31, precision: 'day', iso: '2026-12-31' }],
  ])('reads %s at the precision it is written in', (text, date) => {
    expect(parsePartialDate(text)).toEqual({ ok: true, date });
  });

  it('accepts 29 February in a leap year (2024-02-29)', () => {
    expect(parsePartialDate('2024-02-29')).toMatchObject({ ok: true, date: { iso: '2024-02-29', day: 29 } });
  });

  it.each([
    ['2026-02-30', 'February 2026 has 28 days'],
    ['2025-02-29', 'February 2025 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2026-04-31', 'April 2026 has 30 days'],
    ['2026-01-32', 'January 2026 has 31 days'],
    ['2026-01-00', 'January 2026 has 31 days'],
  ])('refuses %s instead of rolling it over into the next month', (text, reason) => {
    const parsed = parsePartialDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toBe(`"${text}" is not a real calendar date: ${reason}`);
  });

  it('refuses 30 February instead of rolling it over to March', () => {
    const parsed = parsePartialDate('2026-02-30');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).not.toMatch(/March|03-02/);
  });

  it.each(['2026-13', '2026-00', '2026-13-01'])('refuses month %s, saying months run from 01 to 12', (text) => {
    const parsed = parsePartialDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(/has month (13|00), and months run from 01 to 12/);
  });

  it.each(['', '26', '20260103', '2026-1-3', '2026/01/03', '03/01/2026', '2026-01-03T00:00', 'January 2026', '2026-01-03Z', '+2026'])(
    'refuses the malformed %j and names the three accepted forms',
    (text) => {
      expect(parsePartialDate(text)).toEqual({
        ok: false,
        problem: `"${text}" is not a date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD"`,
      });
    },
  );

  it('ignores spaces around the date but keeps the canonical form in iso', () => {
    expect(parsePartialDate(' 2026-01-03 ')).toMatchObject({ ok: true, date: { iso: '2026-01-03' } });
  });

  it('toPartialDate() throws the same problem for an impossible date', () => {
    expect(() => toPartialDate('2025-02-29')).toThrow('"2025-02-29" is not a real calendar date');
  });
});

describe('daysInMonth()', () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('startOf() and endOf()', () => {
  it.each([
    ['2024', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)],
    ['2026-01', Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1)],
    ['2024-02', Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)],
    ['2025-12', Date.UTC(2025, 11, 1), Date.UTC(2026, 0, 1)],
    ['2026-01-03', Date.UTC(2026, 0, 3), Date.UTC(2026, 0, 4)],
    ['2024-02-29', Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1)],
    ['2025-12-31', Date.UTC(2025, 11, 31), Date.UTC(2026, 0, 1)],
  ])('%s covers [start, end) in UTC', (text, start, end) => {
    expect(startOf(d(text))).toBe(start);
    expect(endOf(d(text))).toBe(end);
  });
});

describe('compareDates()', () => {
  it('orders dates by where they start, whatever their precision', () => {
    const texts = ['2026-01-03', '2026-02', '2025-12-31', '2024', '2026-01-02'];
    const sorted = texts.map(d).sort(compareDates).map((date) => date.iso);
    expect(sorted).toEqual(['2024', '2025-12-31', '2026-01-02', '2026-01-03', '2026-02']);
  });

  it('puts the coarser date first when two start on the same day: year, then month, then day', () => {
    const sorted = ['2026-01-01', '2026-01', '2026'].map(d).sort(compareDates).map((date) => date.iso);
    expect(sorted).toEqual(['2026', '2026-01', '2026-01-01']);
  });

  it('reads "2026-01" before "2026-01-01" and after "2025-12-31"', () => {
    expect(compareDates(d('2026-01'), d('2026-01-01'))).toBeLessThan(0);
    expect(compareDates(d('2026-01-01'), d('2026-01'))).toBeGreaterThan(0);
    expect(compareDates(d('2025-12-31'), d('2026-01'))).toBeLessThan(0);
  });

  it.each(['2024', '2026-01', '2026-01-03'])('treats %s as equal to itself', (text) => {
    expect(compareDates(d(text), d(text))).toBe(0);
  });
});

describe('endsBefore()', () => {
  it.each([
    ['2026-02-20', '2026-02-21', true],
    ['2026-02-21', '2026-02-21', false],
    ['2026-02-22', '2026-02-21', false],
    ['2026-01', '2026-02-01', true],
    ['2026-02', '2026-02-21', false],
    ['2026-01-31', '2026-02', true],
    ['2025', '2026-01-01', true],
    ['2026', '2026-12-31', false],
  ])('end %s, start %s: runs backwards = %s', (end, start, expected) => {
    expect(endsBefore(d(end), d(start))).toBe(expected);
  });
});

describe('monthsBetween()', () => {
  it.each([
    ['2026-01', '2026-01', 0],
    ['2025-11', '2026-02', 3],
    ['2026-02', '2025-11', -3],
    ['2024', '2026-03', 26],
    ['2026-01-31', '2026-02-01', 1],
    ['2026-01-01', '2026-01-31', 0],
  ])('from %s to %s is %i whole months', (a, b, months) => {
    expect(monthsBetween(d(a), d(b))).toBe(months);
  });
});

describe('formatPartialDate()', () => {
  it.each([
    ['2026-01-03', 'en-GB', '3 January 2026'],
    ['2026-01', 'en-GB', 'January 2026'],
    ['2024', 'en-GB', '2024'],
    ['2026-01-03', 'es', '3 de enero de 2026'],
    ['2026-01', 'es', 'enero de 2026'],
    ['2024', 'es', '2024'],
    ['2026-01-01', 'en-GB', '1 January 2026'],
    ['2025-12-31', 'es', '31 de diciembre de 2025'],
  ])('shows %s in %s as %j', (text, locale, shown) => {
    expect(formatPartialDate(d(text), locale)).toBe(shown);
  });
});

describe('formatSpan()', () => {
  it.each([
    // Same precision: Intl's range format, which in en-GB puts thin spaces around the dash.
    ['2026-02-20', '2026-02-21', 'en-GB', `20${THIN}–${THIN}21 February 2026`],
    ['2026-02-20', '2026-02-21', 'es', '20–21 de febrero de 2026'],
    ['2026-01-08', '2026-02-20', 'en-GB', `8 January${THIN}–${THIN}20 February 2026`],
    ['2026-01-08', '2026-02-20', 'es', `8 de enero${THIN}–${THIN}20 de febrero de 2026`],
    ['2025-12-30', '2026-01-02', 'en-GB', `30 December 2025${THIN}–${THIN}2 January 2026`],
    ['2026-01', '2026-03', 'en-GB', `January${THIN}–${THIN}March 2026`],
    ['2026-01', '2026-03', 'es', 'enero–marzo de 2026'],
    ['2024', '2026', 'en-GB', `2024${THIN}–${THIN}2026`],
    ['2024', '2026', 'es', '2024–2026'],
    // Mixed precisions: joined plainly, each end in full.
    ['2026-01', '2026-02-03', 'en-GB', 'January 2026 – 3 February 2026'],
    ['2026-01', '2026-02-03', 'es', 'enero de 2026 – 3 de febrero de 2026'],
  ])('shows %s to %s in %s as %j', (start, end, locale, shown) => {
    expect(formatSpan(d(start), d(end), locale)).toBe(shown);
  });

  it('shows a span that starts and ends on the same day as that one day', () => {
    expect(formatSpan(d('2026-01-03'), d('2026-01-03'), 'en-GB')).toBe('3 January 2026');
  });

  it('reads as the documented "20–21 February 2026" once spacing around the dash is ignored', () => {
    const shown = formatSpan(d('2026-02-20'), d('2026-02-21'), 'en-GB');
    expect(shown.replace(/\s*–\s*/g, '–')).toBe('20–21 February 2026');
  });
});

describe('dates never shift with the machine’s time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // Caracas is UTC-4 (the test script's zone), Pago Pago UTC-11, Kiritimati UTC+14.
  describe.each(['America/Caracas', 'Pacific/Pago_Pago', 'Pacific/Kiritimati'])('in %s', (zone) => {
    it('shows 1 January 2026 as 1 January 2026, not 31 December 2025', () => {
      process.env.TZ = zone;
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
      expect(formatPartialDate(d('2026-01-01'), 'en-GB')).toBe('1 January 2026');
      expect(formatPartialDate(d('2026-01'), 'es')).toBe('enero de 2026');
      expect(formatPartialDate(d('2026'), 'en-GB')).toBe('2026');
      expect(formatSpan(d('2026-01-01'), d('2026-01-02'), 'es')).toBe('1–2 de enero de 2026');
    });

    it('starts a day at UTC midnight', () => {
      process.env.TZ = zone;
      expect(new Date(startOf(d('2026-01-01'))).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    });
  });

  it('is tested under a zone where UTC midnight is still the day before (the test is not vacuous)', () => {
    process.env.TZ = 'America/Caracas';
    expect(new Date(startOf(d('2026-01-01'))).getDate()).toBe(31);
  });

  it('todayUtc() gives the UTC day, even when it is still yesterday in Caracas', () => {
    process.env.TZ = 'America/Caracas';
    expect(todayUtc(new Date('2026-01-03T02:00:00Z')).iso).toBe('2026-01-03');
    expect(todayUtc(new Date('2026-01-02T23:59:59Z'))).toMatchObject({ iso: '2026-01-02', precision: 'day' });
  });
});

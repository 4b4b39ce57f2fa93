import { describe, expect, it } from 'vitest';
import { formatPartialDate, toPartialDate } from '../../src/lib/dates.ts';
import { formatNumber } from '../../src/lib/figures.ts';
import { INTL_LOCALE, STRINGS } from '../../src/lib/i18n/strings.ts';

const es = STRINGS.es;
const day = (iso: string) => formatPartialDate(toPartialDate(iso), INTL_LOCALE.es);

describe('the Spanish edition’s words', () => {
  it.each([
    ['2026-02-24', 'al 24 de febrero de 2026'],
    ['2026-02', 'a febrero de 2026'],
    ['2024', 'en 2024'],
  ])('says "as of" %s as Spanish does: %s', (iso, said) => {
    expect(es.asOf(day(iso))).toBe(said);
  });

  it('names the date of "the gap" the same way, capitalised', () => {
    expect(es.gapTitle(day('2026-02-24'))).toBe('Al 24 de febrero de 2026');
    expect(es.gapTitle(day('2026-02'))).toBe('A febrero de 2026');
  });

  it('writes numbers and dates as Venezuela does', () => {
    expect(formatNumber(3231, INTL_LOCALE.es)).toBe('3.231');
    expect(formatNumber(3231, INTL_LOCALE.en)).toBe('3,231');
    expect(day('2026-02-19')).toBe('19 de febrero de 2026');
  });

  it('counts in the singular and the plural', () => {
    expect(es.eventCount(1)).toBe('1 hecho');
    expect(es.eventCount(19)).toBe('19 hechos');
    expect(es.eventCount(2000)).toBe('2.000 hechos');
    expect(STRINGS.en.eventCount(2000)).toBe('2,000 events');
    expect(es.otherValues(es.facetKindPlural.place)).toBe('Otros lugares');
    expect(es.otherValues(es.facetKindPlural.category)).toBe('Otras categorías');
  });
});

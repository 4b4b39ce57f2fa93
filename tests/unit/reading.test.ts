import { describe, expect, it } from 'vitest';
import { runningCounts } from '../../src/lib/counts/running.ts';
import { allClaims, buildSeries } from '../../src/lib/counts/series.ts';
import { emptyFilter, facetValues, filterToSearch, isEmptyFilter, matchesFilter, parseFilter } from '../../src/lib/facets.ts';
import { fixtureTimeline } from './helpers/timeline-fixture.ts';

const timeline = fixtureTimeline();
const series = buildSeries(allClaims(timeline.events), timeline.actors);

describe('runningCounts()', () => {
  const steps = runningCounts(timeline.events, series);
  const at = (slug: string) => steps.find((step) => step.slug === slug)!.figures;

  it('shows no government figure before the government has claimed one', () => {
    expect(at('e1').government).toBeUndefined();
    expect(at('e1').ngo?.value).toBe(300);
  });

  it('moves to the latest figure of each side as the reader passes later events', () => {
    expect(at('e2').ngo?.value).toBe(459);
    expect(at('e3').government?.value).toBe(3231);
    // On the same as-of date, the larger NGO figure is the headline: 109 (24 Feb) is later than 459 (20 Feb).
    expect(at('e3').ngo?.value).toBe(109);
  });

  it('counts a month-precision event as read once its whole month is', () => {
    const month = timeline.events.find((event) => event.slug === 'e4')!;
    expect(month.date.precision).toBe('month');
    expect(at('e4').government?.value).toBe(3231);
  });
});

describe('facets and filters', () => {
  it('facetValues() lists categories in the documented order and others by number of events', () => {
    expect(facetValues(timeline.events, 'category').map((value) => value.id)).toEqual(['report']);
    expect(facetValues(timeline.events, 'place')).toEqual([]);
  });

  it('parses a shared URL and writes it back the same, values sorted', () => {
    const state = parseFilter('?actor=ngo-b&category=release&category=detention');
    expect(state).toEqual({ category: ['detention', 'release'], actor: ['ngo-b'], place: [] });
    expect(filterToSearch(state)).toBe('?category=detention&category=release&actor=ngo-b');
    expect(filterToSearch(emptyFilter())).toBe('');
    expect(isEmptyFilter(parseFilter(''))).toBe(true);
  });

  it('matches any value within a group and all groups together', () => {
    const event = { category: ['release'], actor: ['foro-penal', 'arreaza'], place: [] };
    expect(matchesFilter(event, { category: ['release', 'detention'], actor: [], place: [] })).toBe(true);
    expect(matchesFilter(event, { category: ['release'], actor: ['foro-penal'], place: [] })).toBe(true);
    expect(matchesFilter(event, { category: ['release'], actor: [], place: ['caracas'] })).toBe(false);
  });
});

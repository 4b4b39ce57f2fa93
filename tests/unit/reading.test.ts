import { describe, expect, it } from 'vitest';
import { readingSteps } from '../../src/lib/counts/reading-steps.ts';
import { latestFigures, runningCounts, runningSeries } from '../../src/lib/counts/running.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { chosenInWindow, countsMarkerX, readingAmong } from '../../src/lib/reading.ts';
import { allClaims, buildSeries, sampleSeries } from '../../src/lib/counts/series.ts';
import { emptyFilter, facetValues, filterToSearch, isEmptyFilter, matchesFilter, parseFilter } from '../../src/lib/facets.ts';
import { fixtureEvent, fixtureTimeline, FIXTURE_EVENTS } from './helpers/timeline-fixture.ts';

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

describe('latestFigures(): the story in two numbers', () => {
  it('gives each side its latest figure: the latest as-of date, then the headline over a breakdown', () => {
    const figures = latestFigures(series);
    expect(figures.map(({ side, claim }) => [side, claim.value, claim.claimant.id, claim.asOf.iso])).toEqual([
      ['government', 3231, 'official', '2026-02-24'],
      ['ngo', 109, 'ngo-a', '2026-02-24'],
    ]);
  });

  it('changes with a newer figure in the content, whatever the order of the events', () => {
    const later = fixtureEvent('e0', '2026-01-01', [{ metric: 'documented', value: 777, claimant: 'ngo-b', asOf: '2026-03-02' }]);
    const grown = fixtureTimeline([later, ...FIXTURE_EVENTS]);
    const ngo = latestFigures(buildSeries(allClaims(grown.events), grown.actors)).find((figure) => figure.side === 'ngo')!;
    expect([ngo.claim.value, ngo.claim.claimant.id, ngo.claim.asOf.iso]).toEqual([777, 'ngo-b', '2026-03-02']);
  });

  it('leaves out a side that has claimed nothing', () => {
    const ngoOnly = fixtureTimeline(FIXTURE_EVENTS.slice(0, 2));
    expect(latestFigures(buildSeries(allClaims(ngoOnly.events), ngoOnly.actors)).map((figure) => figure.side)).toEqual(['ngo']);
  });
});

describe('runningSeries(): what the side panel charts beside the running counts', () => {
  it('keeps the series the running counts draw on, not the others', () => {
    expect(runningSeries(timeline.events, series).map((one) => one.key).sort()).toEqual(['ngo-a/verified', 'ngo-b/documented', 'official/freedoms']);
  });
});

describe('sampleSeries(): a small drawing’s worth of each series', () => {
  const many = series.map((one) => ({ ...one, claims: Array.from({ length: 101 }, (_, index) => ({ ...one.claims[0]!, value: index })) }));

  it('keeps at most the number asked, evenly spread, the first and the last always', () => {
    const [sampled] = sampleSeries(many, 11);
    expect(sampled!.claims.map((claim) => claim.value)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it('leaves a series that fits as it is', () => {
    expect(sampleSeries(series, 30)).toEqual(series);
  });
});

describe('readingSteps()', () => {
  const { texts, steps } = readingSteps(timeline.events, series, { intl: 'en-GB', qualifier: en.qualifier });

  it('says, at each event, each side’s value, then what it counts (and for an NGO, whose), as of when', () => {
    const at = (slug: string) => steps.find((step) => step[0] === slug)!;
    expect(at('e1')[1]).toBe(-1);
    expect(texts[at('e1')[2]]).toEqual(['300', 'releases documented (NGO B), 10 Feb']);
    expect(texts[at('e3')[1]]).toEqual(['3,231', 'full freedoms, 24 Feb']);
    expect(texts[at('e3')[2]]).toEqual(['109', 'releases verified (NGO A), 24 Feb']);
  });

  it('sends each distinct text once', () => {
    expect(new Set(texts.map((text) => text.join('|'))).size).toBe(texts.length);
    // e3 and e4 read the same figures: the same texts, not copies.
    expect(steps.find((step) => step[0] === 'e4')!.slice(1)).toEqual(steps.find((step) => step[0] === 'e3')!.slice(1));
  });
});

describe('readingAmong(): the event being read', () => {
  const boxes = [
    { top: -300, bottom: -20 },
    { top: 0, bottom: 250 },
    { top: 280, bottom: 520 },
    { top: 560, bottom: 900 },
  ];

  it('is the last card whose top has passed the middle of the window', () => {
    expect(readingAmong(boxes, 400)).toBe(2);
    expect(readingAmong(boxes, 200)).toBe(1);
  });

  it('is none of them when none has: the one before them, which the page finds', () => {
    expect(readingAmong([{ top: 500, bottom: 700 }], 400)).toBe(-1);
  });

  it('is the card the reader chose while its top is in the window, even far below the middle', () => {
    expect(chosenInWindow(boxes[3]!, 800)).toBe(true);
    expect(chosenInWindow({ top: 0, bottom: 250 }, 800)).toBe(true);
    expect(chosenInWindow(boxes[0]!, 800)).toBe(false);
    expect(chosenInWindow({ top: 800, bottom: 1000 }, 800)).toBe(false);
  });
});

describe('countsMarkerX(): where the counts chart marks the date being read', () => {
  const day = 86_400_000;
  const from = Date.UTC(2026, 1, 18);
  const scale = { from, to: from + 10 * day, left: 48, right: 348 };

  it('marks the end of the event’s date, when the counts of that day are known', () => {
    expect(countsMarkerX({ start: '2026-02-20' }, scale)).toBe(48 + 3 * 30);
    expect(countsMarkerX({ start: '2026-02-19', end: '2026-02-20' }, scale)).toBe(48 + 3 * 30);
  });

  it('marks nothing before the chart begins, and keeps a later date at the right edge', () => {
    expect(countsMarkerX({ start: '2024' }, scale)).toBeUndefined();
    expect(countsMarkerX({ start: '2026-03' }, scale)).toBe(348);
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

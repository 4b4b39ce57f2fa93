import { describe, expect, it } from 'vitest';
import { random } from '../../bench/synthetic.ts';
import { expectGolden } from './helpers/golden.ts';
import { startOf, toPartialDate } from '../../src/lib/dates.ts';
import type { TimelineEvent } from '../../src/lib/model.ts';
import { binEvents, slotCount } from '../../src/lib/overview/bins.ts';
import { columnHeight, stackPaths } from '../../src/lib/overview/columns.ts';
import { chooseBins, DENSITY_RULES, DENSITY_SIZE, layoutDensity, type DensityLayout } from '../../src/lib/overview/density.ts';
import { overviewSummary } from '../../src/lib/overview/describe.ts';
import { chooseOverview, showsTable, TABLE_MAX_EVENTS, VIEW_RULES } from '../../src/lib/overview/view.ts';
import { CATEGORY_NAMES } from '../../src/lib/schema/categories.ts';
import { fixtureEvent, fixtureTimeline } from './helpers/timeline-fixture.ts';


const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * `count` events between two days, bunched towards the end as in the story (a few known only to
 * the month or the year), each of a category in turn-ish, in reading order.
 */
function manyEvents(count: number, from: string, to: string, seed = 1, extra: string[] = []): TimelineEvent[] {
  const next = random(seed);
  const start = startOf(toPartialDate(from));
  const span = startOf(toPartialDate(to)) - start;
  const dates = Array.from({ length: count }, () => {
    const day = iso(start + Math.floor((span * (1 - next() ** 3)) / DAY) * DAY);
    const precision = next();
    return precision < 0.04 ? day.slice(0, 4) : precision < 0.12 ? day.slice(0, 7) : day;
  });
  const entries = [...dates, ...extra].map((date, index) =>
    fixtureEvent(`e${index}`, date, [], { category: CATEGORY_NAMES[Math.floor(next() * CATEGORY_NAMES.length)] }),
  );
  return fixtureTimeline(entries).events;
}

const dayEvents = (dates: string[]) => fixtureTimeline(dates.map((date, index) => fixtureEvent(`d${index}`, date, []))).events;

describe('binEvents()', () => {
  const events = fixtureTimeline([
    fixtureEvent('a', '2026-02', [], { category: 'release', certainty: 'approximate', certaintyNote: 'Month only.' }),
    fixtureEvent('b', '2026-02-02', [], { category: 'release' }),
    fixtureEvent('c', '2026-02-05', [], { category: 'courts' }),
    fixtureEvent('d', '2026-02-09', [], { category: 'release' }),
    fixtureEvent('e', '2026-03-30', [], { category: 'protest' }),
  ]).events;

  it('counts each event in the bin its start falls in, by category, each bin one run of the reading order', () => {
    const weeks = binEvents(events, 'week');
    expect(weeks.map((bin) => [iso(bin.from), iso(bin.to), bin.first, bin.count])).toEqual([
      ['2026-01-26', '2026-02-02', 0, 1],
      ['2026-02-02', '2026-02-09', 1, 2],
      ['2026-02-09', '2026-02-16', 3, 1],
      ['2026-03-30', '2026-04-06', 4, 1],
    ]);
    expect(weeks[1]!.byCategory[CATEGORY_NAMES.indexOf('release')]).toBe(1);
    expect(weeks[1]!.byCategory[CATEGORY_NAMES.indexOf('courts')]).toBe(1);
    const months = binEvents(events, 'month');
    expect(months.map((bin) => [iso(bin.from), bin.count])).toEqual([['2026-02-01', 4], ['2026-03-01', 1]]);
    expect(binEvents(events, 'quarter').map((bin) => [iso(bin.from), iso(bin.to), bin.count])).toEqual([['2026-01-01', '2026-04-01', 5]]);
  });

  it('calls "vague" an event known only to a coarser date than its bin', () => {
    expect(binEvents(events, 'week').map((bin) => bin.vague)).toEqual([1, 0, 0, 0]);
    expect(binEvents(events, 'month').map((bin) => bin.vague)).toEqual([0, 0]);
  });

  it('refuses events out of reading order, which would split a bin', () => {
    expect(() => binEvents([...events].reverse(), 'month')).toThrow(/reading order/);
  });

  it('counts the empty bins between, but none inside a long empty stretch', () => {
    // March to May, then nothing for a year (cut out), then January.
    const bins = binEvents(dayEvents(['2024-03-10', '2024-05-02', '2025-06-01', '2025-07-20']), 'month');
    expect(bins).toHaveLength(4);
    expect(slotCount(bins, 'month')).toBe(3 + 2);
  });
});

describe('chooseBins()', () => {
  it.each([
    ['a few weeks', 'day', 300, '2026-01-01', '2026-02-20'],
    ['a year', 'week', 300, '2025-01-01', '2026-01-01'],
    ['seven years', 'month', 2000, '2019-01-01', '2026-10-31'],
    ['twenty years', 'quarter', 600, '2006-01-01', '2026-01-01'],
    ['sixty years', 'year', 600, '1966-01-01', '2026-01-01'],
  ] as const)('counts %s of events by %s (%i events): the finest size with at most 120 bins, about 6 units wide or more', (_, unit, count, from, to) => {
    const events = manyEvents(count, from, to);
    const chosen = chooseBins(events);
    expect(chosen.unit).toBe(unit);
    if (unit !== 'year') expect(slotCount(chosen.bins, chosen.unit)).toBeLessThanOrEqual(DENSITY_RULES.maxBins);
    const drawn = chosen.scale.segments.reduce((total, segment) => total + segment.x1 - segment.x0, 0);
    expect(drawn / slotCount(chosen.bins, chosen.unit)).toBeGreaterThanOrEqual(DENSITY_RULES.minPitch);
    // No bin much narrower than the rest: a February is 28/31 of a March.
    for (const bin of chosen.bins) expect(chosen.scale(bin.to) - chosen.scale(bin.from)).toBeGreaterThanOrEqual((DENSITY_RULES.minPitch * 28) / 31 - 1e-9);
    expect(chosen.bins.reduce((total, bin) => total + bin.count, 0)).toBe(events.length);
  });
});

describe('layoutDensity()', () => {
  const seven = layoutDensity(manyEvents(2000, '2019-01-01', '2026-10-31'), 'en-GB');

  it('gives the busiest bin the same height whatever the number of events', () => {
    const few = layoutDensity(manyEvents(400, '2019-01-01', '2026-10-31', 2), 'en-GB');
    for (const layout of [seven, few]) {
      const tallest = Math.max(...layout.bins.map((bin) => bin.column.height));
      expect(tallest).toBeCloseTo(DENSITY_SIZE.columnHeight);
      expect(layout.height).toBe(few.height);
    }
    expect(seven.peak).toBeGreaterThan(few.peak);
  });

  it('keeps every column inside the picture, on its slot, as tall as its count', () => {
    for (const bin of seven.bins) {
      expect(bin.column.x).toBeGreaterThanOrEqual(0);
      expect(bin.column.x + bin.column.width).toBeLessThanOrEqual(DENSITY_SIZE.width - DENSITY_SIZE.gutter);
      expect(bin.column.y + bin.column.height).toBeCloseTo(seven.axisY, 0);
      expect(bin.column.height).toBeCloseTo(columnHeight(bin.count, seven.columns), 0);
      expect(bin.cx).toBeCloseTo(bin.column.x + bin.column.width / 2, 0);
    }
  });

  it('gives every bin a target at least 24 units tall, covering its slot, none overlapping', () => {
    const hits = seven.bins.map((bin) => bin.hit);
    for (const [index, hit] of hits.entries()) {
      expect(hit.height).toBeGreaterThanOrEqual(24);
      const next = hits[index + 1];
      if (next) expect(hit.x + hit.width).toBeLessThanOrEqual(next.x + 0.11);
      const bin = seven.bins[index]!;
      expect(hit.x).toBeLessThanOrEqual(bin.column.x);
      expect(hit.x + hit.width).toBeGreaterThanOrEqual(bin.column.x + bin.column.width);
    }
  });

  it('widens a lone bin’s target into the empty time around it, up to 24 CSS px at the narrowest drawing', () => {
    const sparse = layoutDensity(
      // A week in June, alone, three months before a busy autumn: no break between, empty weeks around it.
      dayEvents(['2025-06-04', ...Array.from({ length: 60 }, (_, day) => iso(startOf(toPartialDate('2025-09-01')) + day * 2 * DAY))]),
      'en-GB',
    );
    expect(sparse.unit).toBe('week');
    const lone = sparse.bins[0]!;
    expect(lone.hit.width).toBeGreaterThan(lone.column.width + 1);
    expect((lone.hit.width * DENSITY_RULES.minShownWidth) / DENSITY_SIZE.width).toBeGreaterThanOrEqual(DENSITY_RULES.targetPx - 0.2);
  });

  it('cuts out long empty stretches as breaks, as the marks view does', () => {
    const gap = layoutDensity(manyEvents(300, '2024-01-01', '2026-01-01', 3, ['2015-03-02', '2015-03-09', '2015-04']), 'en-GB');
    expect(gap.breaks.map((one) => one.label)).toEqual(['8 yrs']);
    expect(gap.axis).toHaveLength(2);
    // No bin sits in the break.
    for (const bin of gap.bins) expect(bin.cx < gap.breaks[0]!.x0 || bin.cx > gap.breaks[0]!.x1).toBe(true);
  });

  it('names each bin by its stretch of time and its count, saying how many are dated more roughly', () => {
    const weeks = layoutDensity(manyEvents(300, '2025-01-01', '2026-01-01', 4), 'en-GB');
    expect(weeks.unit).toBe('week');
    for (const bin of weeks.bins) expect(bin.label).toMatch(/^\d{1,2}( [A-Z][a-z]+( \d{4})?)?\s?–\s?\d{1,2} [A-Z][a-z]+ \d{4}: \d+ events?( \(\d+ dated only to the month or year\))?$/);
    expect(weeks.bins.some((bin) => bin.vague > 0 && bin.label.includes('dated only to the month or year'))).toBe(true);
    expect(seven.bins.at(-1)!.label).toMatch(/^[A-Z][a-z]+ 2026: [\d,]+ events/);
  });

  it('links each bin to its first event and draws one path per category present', () => {
    const events = manyEvents(300, '2025-01-01', '2026-01-01', 5);
    const layout = layoutDensity(events, 'en-GB');
    for (const bin of layout.bins) expect(bin.slug).toBe(events[bin.first]!.slug);
    expect(layout.stacks.map((stack) => stack.category)).toEqual(CATEGORY_NAMES.filter((category) => events.some((event) => event.category === category)));
  });

  it('numbers the scale with round values no higher than the peak', () => {
    expect(seven.grid.length).toBeGreaterThanOrEqual(2);
    for (const line of seven.grid) {
      expect(line.value).toBeLessThanOrEqual(seven.peak);
      expect(line.y).toBeCloseTo(seven.axisY - line.value * seven.columns.perEvent, 0);
    }
  });
});

describe('stackPaths()', () => {
  const scale = { base: 100, perEvent: 2, minHeight: 2 };

  it('stacks categories from the axis up in their order, their parts adding up to the column', () => {
    const [first, second, third] = stackPaths([{ x: 10, width: 5 }], [[3, 0, 2]], scale, 3);
    expect(first).toBe('M10,94h5V100h-5z');
    expect(second).toBe('');
    expect(third).toBe('M10,90h5V94h-5z');
  });

  it('keeps a single event visible however tall the peak, and draws nothing for an empty column', () => {
    const paths = stackPaths([{ x: 0, width: 4 }, { x: 6, width: 4 }], [[1], [0]], { base: 50, perEvent: 0.01, minHeight: 2 }, 1);
    expect(paths).toEqual(['M0,48h4V50h-4z']);
  });
});

describe('chooseOverview()', () => {
  it('keeps a mark per event for the story as it is', () => {
    expect(chooseOverview(manyEvents(19, '2026-01-01', '2026-03-01'), 'en-GB').kind).toBe('marks');
  });

  it(`counts the events instead past ${VIEW_RULES.maxMarks} of them, or when the marks would need more than ${VIEW_RULES.maxRows} rows`, () => {
    expect(chooseOverview(manyEvents(VIEW_RULES.maxMarks + 1, '2019-01-01', '2026-10-31'), 'en-GB').kind).toBe('density');
    const sameWeek = dayEvents(Array.from({ length: 30 }, (_, index) => `2026-02-0${1 + (index % 2)}`));
    const view = chooseOverview(sameWeek, 'en-GB');
    expect(view.kind).toBe('density');
    if (view.kind === 'density') expect(view.layout.unit).toBe('day');
  });

  it(`carries the table up to ${TABLE_MAX_EVENTS} events`, () => {
    expect(showsTable(TABLE_MAX_EVENTS)).toBe(true);
    expect(showsTable(TABLE_MAX_EVENTS + 1)).toBe(false);
  });
});

describe('the summary at scale', () => {
  it('names the busiest month and the shortest run of months holding half the events, when they never pause', () => {
    const events = manyEvents(2000, '2019-01-01', '2026-10-31');
    expect(overviewSummary(events, 'en-GB')).toMatch(
      /^2,000 events from 2019 to 2026\. The busiest month is [A-Z][a-z]+ 2026, with [\d,]+; half of them fall in [A-Z][a-z]+ 20\d\d\s?–\s?[A-Z][a-z]+ 2026\.$/,
    );
  });

  it('still names a short busy stretch, with the years of the others given as a range when there are many', () => {
    const spread = Array.from({ length: 8 }, (_, index) => `${2010 + 2 * index}-06-01`);
    const busy = Array.from({ length: 40 }, (_, index) => `2026-0${1 + (index % 3)}-1${index % 10}`);
    expect(overviewSummary(dayEvents([...spread, ...busy]), 'en-GB')).toMatch(
      /^48 events from 2010 to 2026\. Most of them, 40, fall in January\s?–\s?March 2026; the others are in 8 different years, from 2010 to 2024\.$/,
    );
  });
});

describe('the density layout', () => {
  it('matches the stored golden layout (numbers rounded to 0.1)', () => {
    // Seven years of events bunched towards the end, after a lone spring of 2015: a break, month bins.
    const layout = layoutDensity(manyEvents(600, '2019-01-01', '2026-10-31', 7, ['2015-03-02', '2015-03-09', '2015-04']), 'en-GB');
    expectGolden('overview-density.json', serialise(layout));
  });
});

function serialise(layout: DensityLayout) {
  return {
    unit: layout.unit,
    size: [layout.size.width, layout.height],
    axisY: layout.axisY,
    peak: layout.peak,
    axis: layout.axis.map((part) => [part.x0, part.x1]),
    breaks: layout.breaks.map((gap) => ({ x0: gap.x0, x1: gap.x1, label: gap.label })),
    grid: layout.grid.map((line) => [line.y, line.label]),
    ticks: layout.ticks.filter((tick) => tick.label).map((tick) => [tick.x, tick.level, tick.label!.text]),
    stacks: layout.stacks.map((stack) => stack.category),
    bins: layout.bins.map((bin) => ({
      label: bin.label,
      first: bin.first,
      x: bin.column.x,
      y: bin.column.y,
      width: bin.column.width,
      height: bin.column.height,
      hit: [bin.hit.x, bin.hit.width],
    })),
  };
}

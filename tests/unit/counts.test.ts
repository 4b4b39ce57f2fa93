import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asOfDates, extremes, latestDate } from '../../src/lib/counts/describe.ts';
import { layoutCounts, NARROW, timeTickFormat, WIDE, type CountsLayout } from '../../src/lib/counts/layout.ts';
import { allClaims, buildSeries, latestAsOf } from '../../src/lib/counts/series.ts';
import { claimantSide } from '../../src/lib/counts/sides.ts';
import { toPartialDate } from '../../src/lib/dates.ts';
import { dodgeLabels } from '../../src/lib/dodge-labels.ts';
import { FIXTURE_EVENTS, fixtureEvent, fixtureTimeline } from './helpers/timeline-fixture.ts';

const timeline = fixtureTimeline();
const claims = allClaims(timeline.events);
const label = (series: { metric: { label: string }; claims: { value: number }[] }) => ({
  value: String(series.claims.at(-1)!.value),
  name: series.metric.label,
});

describe('counts series', () => {
  it('claimantSide() counts a person as the side of the organisation they belong to', () => {
    expect(claimantSide(timeline.actors.get('official')!, timeline.actors)).toBe('government');
    expect(claimantSide(timeline.actors.get('ngo-a')!, timeline.actors)).toBe('ngo');
    expect(claimantSide(timeline.actors.get('relative')!, timeline.actors)).toBe('other');
  });

  it('buildSeries() keeps each claimant and metric apart and orders each series by as-of date', () => {
    const series = buildSeries(claims, timeline.actors);
    expect(series.map((one) => one.key)).toEqual(['official/freedoms', 'ngo-b/documented', 'relative/strikers', 'ngo-a/verified']);
    expect(series[1]!.claims.map((claim) => claim.value)).toEqual([300, 459]);
  });

  it('buildSeries() filters by topic or by metric ids', () => {
    expect(buildSeries(claims, timeline.actors, { topic: 'releases' }).map((one) => one.metric.id).sort()).toEqual(['documented', 'freedoms', 'verified']);
    expect(buildSeries(claims, timeline.actors, { metrics: ['strikers'] }).map((one) => one.key)).toEqual(['relative/strikers']);
  });

  it('latestAsOf() gives each series its latest figure on or before the date, and leaves out series not yet counted', () => {
    const series = buildSeries(claims, timeline.actors, { topic: 'releases' });
    const on20 = latestAsOf(series, toPartialDate('2026-02-20'));
    expect(on20.map((row) => [row.series.key, row.claim.value])).toEqual([['ngo-b/documented', 459]]);
    const on24 = latestAsOf(series, toPartialDate('2026-02-24'));
    expect(on24).toHaveLength(3);
    expect(latestDate(series)!.iso).toBe('2026-02-24');
    expect(asOfDates(series).map((date) => date.iso)).toEqual(['2026-02-10', '2026-02-20', '2026-02-24']);
    expect(extremes(series)!.lowest.key).toBe('ngo-a/verified');
  });
});

describe('dodgeLabels()', () => {
  it('leaves labels that do not touch where they want to be', () => {
    expect(dodgeLabels([{ target: 10, size: 4 }, { target: 50, size: 4 }], 0, 100)).toEqual([10, 50]);
  });

  it('never lets labels overlap, keeps their order, and stays within bounds', () => {
    const labels = [95, 3, 4, 5, 6, 50, 51, 97].map((target) => ({ target, size: 8 }));
    const centres = dodgeLabels(labels, 0, 100);
    const placed = labels.map((label, index) => ({ ...label, centre: centres[index]! })).sort((a, b) => a.centre - b.centre);
    for (let i = 1; i < placed.length; i++) expect(placed[i]!.centre - placed[i - 1]!.centre).toBeGreaterThanOrEqual(8 - 1e-9);
    expect(placed.map((label) => label.target)).toEqual([...labels.map((label) => label.target)].sort((a, b) => a - b));
    expect(Math.min(...centres) - 4).toBeGreaterThanOrEqual(0);
    expect(Math.max(...centres) + 4).toBeLessThanOrEqual(100);
  });
});

function overlaps(layout: CountsLayout) {
  const boxes = layout.series.map((one) => ({ top: one.label.y - layout.size.fontSize, bottom: one.label.y - layout.size.fontSize + one.label.lines.length * layout.size.fontSize * 1.2 }));
  boxes.sort((a, b) => a.top - b.top);
  return boxes.some((box, index) => index > 0 && box.top < boxes[index - 1]!.bottom - 0.5);
}

describe('layoutCounts()', () => {
  const series = buildSeries(claims, timeline.actors);

  it.each([['wide', WIDE], ['narrow', NARROW]] as const)('places every label (%s) without overlap and inside the picture', (_, size) => {
    const layout = layoutCounts(series, size, label);
    expect(overlaps(layout)).toBe(false);
    for (const one of layout.series) {
      expect(one.label.y - size.fontSize).toBeGreaterThanOrEqual(-0.5);
      expect(one.label.y - size.fontSize + one.label.lines.length * size.fontSize * 1.2).toBeLessThanOrEqual(layout.size.height + 0.5);
    }
  });

  it('draws values on a linear scale from zero, so 3,231 stands about 30 times as high as 109', () => {
    const layout = layoutCounts(series, WIDE, label);
    const height = (key: string) => layout.plot.bottom - layout.series.find((one) => one.series.key === key)!.points.at(-1)!.y;
    expect(height('official/freedoms') / height('ngo-a/verified')).toBeCloseTo(3231 / 109, 0);
  });

  it('marks inferred and approximate dates hollow, and qualifiers as bounds', () => {
    const layout = layoutCounts(series, WIDE, label);
    const point = (key: string) => layout.series.find((one) => one.series.key === key)!.points.at(-1)!;
    expect(point('official/freedoms').hollow).toBe(true);
    expect(point('ngo-b/documented').hollow).toBe(false);
    expect(point('relative/strikers').mark).toBe('lower-bound');
    expect(point('relative/strikers').dateRange).toBeDefined();
  });

  it('gives series of the same side different shapes and dashes', () => {
    const layout = layoutCounts(series, WIDE, label);
    const ngo = layout.series.filter((one) => one.side === 'ngo');
    expect(ngo).toHaveLength(2);
    expect(ngo[0]!.symbol).not.toBe(ngo[1]!.symbol);
    expect(ngo[0]!.dash).not.toBe(ngo[1]!.dash);
  });

  it('changes when an entry adds a figure: a new series appears with its label', () => {
    const more = fixtureTimeline([...FIXTURE_EVENTS, fixtureEvent('e5', '2026-02-26', [{ metric: 'verified', value: 150, claimant: 'ngo-b', asOf: '2026-02-26' }])]);
    const layout = layoutCounts(buildSeries(allClaims(more.events), more.actors), WIDE, label);
    expect(layout.series.map((one) => one.series.key)).toContain('ngo-b/verified');
  });

  it('matches the stored golden layout (numbers rounded to 0.1)', () => {
    const layout = layoutCounts(series, WIDE, label);
    const golden = JSON.stringify(
      {
        size: layout.size,
        plot: layout.plot,
        xTicks: layout.xTicks.map((tick) => [tick.x, tick.date.toISOString().slice(0, 10)]),
        yTicks: layout.yTicks.map((tick) => [tick.y, tick.value]),
        series: layout.series.map((one) => ({
          key: one.series.key,
          side: one.side,
          dash: one.dash,
          path: one.path,
          points: one.points.map((point) => [point.x, point.y, point.hollow, point.mark]),
          label: one.label,
        })),
      },
      null,
      1,
    );
    const file = join(import.meta.dirname, 'golden/counts-layout.json');
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      if (!process.env.UPDATE_GOLDEN) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to write it`);
      writeFileSync(file, `${golden}\n`);
    }
    expect(golden).toBe(readFileSync(file, 'utf8').trimEnd());
  });
});

describe('the counts chart names its time ticks for the span it covers', () => {
  const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const name = (first: string, last: string, tick: string) => new Intl.DateTimeFormat('en-GB', timeTickFormat(at(first), at(last))).format(at(tick));

  it('by day and month over a few months, as the real story runs', () => {
    expect(name('2026-01-03', '2026-02-24', '2026-02-01')).toBe('1 Feb');
  });

  it('by month and year over a year or two, and by the year alone beyond, where "1 Jan" would repeat', () => {
    expect(name('2025-01-01', '2026-06-30', '2026-01-01')).toBe('Jan 2026');
    expect(name('2019-05-25', '2026-10-30', '2024-01-01')).toBe('2024');
  });
});

import { describe, expect, it } from 'vitest';
import { expectGolden } from './helpers/golden.ts';
import { endOf, startOf } from '../../src/lib/dates.ts';
import { describeOverview, overviewSummary } from '../../src/lib/overview/describe.ts';
import { textWidth } from '../../src/lib/text-metrics.ts';
import { layoutOverview, OVERVIEW_SIZE, type OverviewLayout } from '../../src/lib/overview/layout.ts';
import { fixtureEvent, fixtureTimeline } from './helpers/timeline-fixture.ts';

/** Eight events shaped like the story: one each in 2020, 2024 and May 2025, then a crowded start of 2026. */
const event = (slug: string, date: string, extra: Record<string, unknown> = {}) =>
  fixtureEvent(slug, date, [], { title: `Event ${slug}`, ...extra });
const EIGHT = [
  event('y2020', '2020', { category: 'military' }),
  event('y2024', '2024', { category: 'detention', importance: 2 }),
  event('m2025-05', '2025-05', { category: 'report', certainty: 'approximate', certaintyNote: 'Only the month is given.' }),
  event('d-jan-03', '2026-01-03', { category: 'military', importance: 3 }),
  event('s-jan-08', '2026-01-08', { category: 'release', importance: 2, end: '2026-02-20' }),
  event('m-feb', '2026-02', { category: 'protest', importance: 2, certainty: 'approximate', certaintyNote: 'Only the month is given.' }),
  event('d-feb-19', '2026-02-19', { category: 'legislation', importance: 3 }),
  event('d-feb-24', '2026-02-24', { category: 'release', importance: 3, certainty: 'inferred', certaintyNote: 'From "as of Tuesday".' }),
];
const events = fixtureTimeline(EIGHT).events;
const layout = layoutOverview(events, 'en-GB');
const mark = (slug: string) => layout.marks.find((one) => one.event.slug === slug)!;

function overlap(a: { x: number; width: number }, b: { x: number; width: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width;
}

describe('layoutOverview()', () => {
  it('draws one mark per event, in reading order', () => {
    expect(layout.marks.map((one) => one.event.slug)).toEqual(events.map((one) => one.slug));
  });

  it('draws a known day as a point, an event with an end as a span, and a month or year as a period over all of it', () => {
    expect(mark('d-jan-03').kind).toBe('point');
    expect(mark('s-jan-08').kind).toBe('span');
    for (const slug of ['y2020', 'y2024', 'm2025-05', 'm-feb']) {
      const one = mark(slug);
      expect(one.kind, slug).toBe('period');
      expect(one.x).toBeCloseTo(layout.scale(startOf(one.event.date)) + 1, 0);
      expect(one.x + one.width).toBeCloseTo(layout.scale(endOf(one.event.date)) - 1, 0);
      expect(one.path).toMatch(/^M[\d.]+,[\d.]+V[\d.]+H[\d.]+V[\d.]+$/);
    }
    const span = mark('s-jan-08');
    expect(span.x + span.width).toBeCloseTo(layout.scale(endOf(span.event.end!)) - 1, 0);
  });

  it('marks inferred and approximate dates as uncertain, reported ones not', () => {
    expect(layout.marks.filter((one) => one.uncertain).map((one) => one.event.slug)).toEqual(['m2025-05', 'm-feb', 'd-feb-24']);
  });

  it('sizes marks by importance', () => {
    expect(mark('d-feb-19').r).toBeGreaterThan(0);
    const points = layout.marks.filter((one) => one.kind === 'point');
    for (const a of points) for (const b of points) if (a.event.importance > b.event.importance) expect(a.r!).toBeGreaterThan(b.r!);
    expect(mark('y2024').height).toBeGreaterThan(mark('y2020').height);
  });

  it('never lets two marks on a row overlap, and keeps every mark inside the picture', () => {
    for (const a of layout.marks) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.size.width);
      expect(a.y).toBeGreaterThanOrEqual(layout.plotTop - 0.05);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.axisY);
      for (const b of layout.marks) {
        if (a !== b && a.row === b.row) expect(overlap(a, b), `${a.event.slug} / ${b.event.slug}`).toBe(false);
      }
    }
    // Stacked, the crowded weeks still need only a few rows.
    expect(layout.rows).toBeLessThanOrEqual(4);
  });

  it('cuts out each empty stretch of six months or more, and writes its length on the break', () => {
    // 2021–2023, and June–December 2025 (nothing covers the rest of 2025 in this fixture).
    expect(layout.breaks.map((gap) => [gap.years, gap.months, gap.label])).toEqual([[3, 36, '3 yrs'], [0, 7, '7 mths']]);
  });

  it('labels ticks without any two labels on a line touching', () => {
    const labelled = layout.ticks.filter((tick) => tick.label);
    expect(labelled.map((tick) => tick.label!.text)).toEqual(expect.arrayContaining(['2020', '2024', '2025', 'Jan 2026', 'Feb', '3', '19', '24']));
    const boxes = labelled.map((tick) => {
      const width = textWidth(tick.label!.text, OVERVIEW_SIZE.fontSize);
      const x0 = tick.label!.anchor === 'middle' ? tick.label!.x - width / 2 : tick.label!.x;
      return { x0, x1: x0 + width, y: tick.label!.y };
    });
    for (const a of boxes) {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(OVERVIEW_SIZE.width);
      for (const b of boxes) if (a !== b && a.y === b.y) expect(a.x1 <= b.x0 || b.x1 <= a.x0, JSON.stringify([a, b])).toBe(true);
    }
  });

  it('stacks two events on the same day instead of drawing one over the other', () => {
    const same = layoutOverview(fixtureTimeline([...EIGHT, event('d-feb-24-b', '2026-02-24', { importance: 3 })]).events, 'en-GB');
    const [a, b] = same.marks.filter((one) => one.event.date.iso === '2026-02-24');
    expect(a!.cx).toBe(b!.cx);
    expect(a!.row).not.toBe(b!.row);
  });

  it('matches the stored golden layout (numbers rounded to 0.1)', () => {
    // One line per tick, break and mark, so that a change reads as a short diff.
    expectGolden('overview.json', serialise(layout));
  });
});

function serialise(layout: OverviewLayout) {
  return {
    size: [layout.size.width, layout.height],
    rows: layout.rows,
    axisY: layout.axisY,
    axis: layout.axis.map((part) => [part.x0, part.x1]),
    breaks: layout.breaks.map((gap) => ({ x0: gap.x0, x1: gap.x1, label: gap.label })),
    ticks: layout.ticks.map((tick) => [tick.x, tick.level, tick.label?.text ?? null]),
    marks: layout.marks.map((one) => ({
      slug: one.event.slug,
      kind: one.kind,
      row: one.row,
      x: one.x,
      y: one.y,
      width: one.width,
      height: one.height,
    })),
  };
}

describe('the overview summary', () => {
  it('counts the events, gives the years they span and the run of months where most of them fall', () => {
    const facts = describeOverview(events)!;
    expect(facts.count).toBe(8);
    expect([facts.firstYear, facts.lastYear]).toEqual([2020, 2026]);
    expect([facts.cluster!.from.iso, facts.cluster!.to.iso, facts.cluster!.count]).toEqual(['2026-01', '2026-02', 5]);
    expect(facts.otherYears).toEqual([2020, 2024, 2025]);
    expect(overviewSummary(events, 'en-GB')).toMatch(
      /^8 events from 2020 to 2026\. Most of them, 5, fall in January\s?–\s?February 2026; the others are in 2020, 2024 and 2025\.$/,
    );
  });

  it('names the busiest stretch without calling it "most" when it holds half or less, and says nothing of clusters with one event', () => {
    const spread = fixtureTimeline([event('a', '2024-03-01'), event('b', '2024-03-09'), event('c', '2025-08-01'), event('d', '2026-01-02')]).events;
    expect(overviewSummary(spread, 'en-GB')).toBe('4 events from 2024 to 2026. The busiest stretch is March 2024, with 2; the others are in 2025 and 2026.');
    const lonely = fixtureTimeline([event('a', '2024'), event('b', '2026-01-02')]).events;
    expect(describeOverview(lonely)!.cluster).toBeUndefined();
    expect(overviewSummary(lonely, 'en-GB')).toBe('2 events from 2024 to 2026.');
    expect(overviewSummary([], 'en-GB')).toBe('');
  });
});

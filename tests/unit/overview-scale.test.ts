import { describe, expect, it } from 'vitest';
import { endOf, startOf, toPartialDate } from '../../src/lib/dates.ts';
import { compressedTimeScale, pieceWidths, segmentIntervals, type TimeInterval } from '../../src/lib/overview/scale.ts';

const utc = (text: string) => startOf(toPartialDate(text));
/** The whole of a written date, as the overview draws it: "2024" is the year, "2026-02-19" the day. */
const covering = (from: string, to = from): TimeInterval => ({ from: utc(from), to: endOf(toPartialDate(to)) });

/** Shaped like the story: a year in 2020, then 2024, 2025 and a crowded January–February 2026. */
const STORY = [
  covering('2020'),
  covering('2024'),
  covering('2025'),
  covering('2025-05'),
  covering('2026-01'),
  covering('2026-01-03'),
  covering('2026-01-05'),
  covering('2026-01-08', '2026-02-20'),
  covering('2026-02'),
  covering('2026-02-19'),
  covering('2026-02-19', '2026-02-21'),
  covering('2026-02-20', '2026-02-21'),
  covering('2026-02-23'),
  covering('2026-02-24'),
];
const OPTIONS = { range: [10, 710] as [number, number], breakWidth: 52, minStep: 28 };

describe('segmentIntervals()', () => {
  it('merges overlapping and touching stretches, and splits at an empty stretch of six months or more', () => {
    const segments = segmentIntervals(STORY);
    expect(segments.map(({ from, to }) => [new Date(from).toISOString().slice(0, 10), new Date(to).toISOString().slice(0, 10)])).toEqual([
      ['2020-01-01', '2021-01-01'],
      ['2024-01-01', '2026-03-01'],
    ]);
  });

  it('keeps an empty stretch shorter than the threshold inside its segment, to scale', () => {
    expect(segmentIntervals([covering('2026-01-03'), covering('2026-06-01')])).toHaveLength(1);
    expect(segmentIntervals([covering('2026-01-03'), covering('2026-07-04')])).toHaveLength(2);
    expect(segmentIntervals([covering('2026-01-03'), covering('2026-03-01')], 1)).toHaveLength(2);
  });
});

describe('pieceWidths()', () => {
  it('is proportional to duration where that leaves every piece at least minStep wide', () => {
    expect(pieceWidths([1, 3], 400, 10)).toEqual([100, 300]);
  });

  it('raises short pieces to minStep and shares the rest among the long ones, adding up to the room available', () => {
    const widths = pieceWidths([1, 1, 1, 1000, 3000], 400, 20);
    expect(widths.slice(0, 3)).toEqual([20, 20, 20]);
    expect(widths[4]! / widths[3]!).toBeCloseTo(3);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(400);
  });

  it('gives every piece the same width when minStep cannot be honoured', () => {
    expect(pieceWidths([1, 50, 1000], 30, 20)).toEqual([10, 10, 10]);
    expect(pieceWidths([], 30, 20)).toEqual([]);
  });
});

describe('compressedTimeScale()', () => {
  const scale = compressedTimeScale(STORY, OPTIONS);

  it('runs from one end of the range to the other across the whole domain', () => {
    expect(scale.domain.map((time) => new Date(time).toISOString().slice(0, 10))).toEqual(['2020-01-01', '2026-03-01']);
    expect(scale(scale.domain[0])).toBe(10);
    expect(scale(scale.domain[1])).toBeCloseTo(710);
    expect(scale(utc('2019-06-01'))).toBe(10);
    expect(scale(utc('2027-06-01'))).toBeCloseTo(710);
  });

  it('is monotonic: a later time is never left of an earlier one, and strictly right of it within a segment', () => {
    const step = 3 * 3_600_000;
    let previous = -Infinity;
    for (let time = scale.domain[0]; time <= scale.domain[1]; time += step) {
      const x = scale(time);
      expect(x).toBeGreaterThanOrEqual(previous);
      previous = x;
    }
    for (const segment of scale.segments) {
      expect(scale(segment.from + step)).toBeGreaterThan(scale(segment.from));
    }
  });

  it('cuts out the three empty years 2021–2023 as one fixed-width break, and nothing else', () => {
    expect(scale.breaks).toHaveLength(1);
    const [gap] = scale.breaks;
    expect(new Date(gap!.from).toISOString().slice(0, 10)).toBe('2021-01-01');
    expect(new Date(gap!.to).toISOString().slice(0, 10)).toBe('2024-01-01');
    expect(gap!.x1 - gap!.x0).toBeCloseTo(52);
    expect(scale(utc('2021-01-01'))).toBeCloseTo(gap!.x0);
    expect(scale(utc('2024-01-01'))).toBeCloseTo(gap!.x1);
  });

  it('gives the crowded January–February 2026 most of the width, and every day in it at least minStep', () => {
    const cluster = scale(utc('2026-03-01')) - scale(utc('2026-01-01'));
    expect(cluster / (710 - 10)).toBeGreaterThan(0.5);
    expect(cluster).toBeGreaterThan(scale(utc('2026-01-01')) - scale(utc('2024-01-01')));
    for (const day of ['2026-01-03', '2026-01-05', '2026-02-19', '2026-02-23', '2026-02-24']) {
      expect(scale(endOf(toPartialDate(day))) - scale(utc(day)), day).toBeGreaterThanOrEqual(28 - 1e-9);
    }
  });

  it('draws no year as empty space: each year with events keeps a width of its own', () => {
    for (const year of ['2020', '2024', '2025']) {
      expect(scale(endOf(toPartialDate(year))) - scale(utc(year)), year).toBeGreaterThan(60);
    }
  });

  it('inverts: back to the same time within a segment, into the cut-out years across the break, clamped outside', () => {
    for (const day of ['2020-07-01', '2024-03-15', '2025-05-10', '2026-01-04', '2026-02-20']) {
      expect(scale.invert(scale(utc(day)))).toBeCloseTo(utc(day), -3);
    }
    const [gap] = scale.breaks;
    const inside = scale.invert((gap!.x0 + gap!.x1) / 2);
    expect(inside).toBeGreaterThan(gap!.from);
    expect(inside).toBeLessThan(gap!.to);
    expect(scale.invert(-100)).toBe(scale.domain[0]);
    expect(scale.invert(10_000)).toBe(scale.domain[1]);
  });

  it('copes with a single event and with none', () => {
    const one = compressedTimeScale([covering('2026-02-19')], OPTIONS);
    expect(one.breaks).toEqual([]);
    expect(one(utc('2026-02-19'))).toBe(10);
    expect(one(endOf(toPartialDate('2026-02-19')))).toBeCloseTo(710);
    const none = compressedTimeScale([], OPTIONS);
    expect(none.segments).toEqual([]);
    expect(none(0)).toBe(10);
  });
});

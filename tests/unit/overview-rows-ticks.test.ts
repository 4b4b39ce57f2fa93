import { describe, expect, it } from 'vitest';
import { endOf, startOf, toPartialDate } from '../../src/lib/dates.ts';
import { packRows } from '../../src/lib/overview/rows.ts';
import { compressedTimeScale } from '../../src/lib/overview/scale.ts';
import { placeLabels, scaleTicks, type LabelBox } from '../../src/lib/overview/ticks.ts';

/** A small seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('packRows()', () => {
  it('puts items that do not touch on the same row, and one that would overlap on the next', () => {
    expect(packRows([{ x0: 0, x1: 10 }, { x0: 14, x1: 20 }, { x0: 5, x1: 8 }], 2)).toEqual([0, 0, 1]);
    expect(packRows([{ x0: 0, x1: 10 }, { x0: 11, x1: 20 }], 2)).toEqual([0, 1]);
  });

  it.each([1, 2, 3, 4, 5])('never lets two items on a row overlap or come closer than the gap (random case %i)', (seed) => {
    const next = random(seed);
    const items = Array.from({ length: 80 }, () => {
      const x0 = next() * 600;
      return { x0, x1: x0 + 2 + next() * (next() < 0.2 ? 200 : 20) };
    });
    const rows = packRows(items, 2);
    for (let a = 0; a < items.length; a++) {
      for (let b = a + 1; b < items.length; b++) {
        if (rows[a] !== rows[b]) continue;
        const clear = items[a]!.x1 + 2 <= items[b]!.x0 || items[b]!.x1 + 2 <= items[a]!.x0;
        expect(clear, `items ${a} and ${b} on row ${rows[a]}`).toBe(true);
      }
    }
    // An item only climbs when each row below it already holds something in its way.
    items.forEach((item, index) => {
      for (let row = 0; row < rows[index]!; row++) {
        const blocked = items.some(
          (other, at) => at < index && rows[at] === row && !(item.x1 + 2 <= other.x0 || other.x1 + 2 <= item.x0),
        );
        expect(blocked, `item ${index} could have stayed on row ${row}`).toBe(true);
      }
    });
  });
});

describe('placeLabels()', () => {
  it('keeps labels that fit and drops the later, lower-priority one of two that would touch', () => {
    const labels: LabelBox[] = [
      { x0: 0, x1: 30, tier: 1, priority: 1 },
      { x0: 32, x1: 50, tier: 1, priority: 2 },
      { x0: 40, x1: 60, tier: 1, priority: 2 },
      { x0: 70, x1: 90, tier: 1, priority: 2 },
      { x0: 32, x1: 50, tier: 0, priority: 3 },
    ];
    expect(placeLabels(labels, 0, 100, 4)).toEqual([true, false, true, true, true]);
  });

  it('lets a higher priority win even when it comes later, and drops labels that leave the picture', () => {
    const labels: LabelBox[] = [
      { x0: 0, x1: 40, tier: 0, priority: 3 },
      { x0: 30, x1: 60, tier: 0, priority: 0 },
      { x0: 90, x1: 120, tier: 0, priority: 0 },
    ];
    expect(placeLabels(labels, 0, 100, 2)).toEqual([false, true, false]);
  });

  it.each([7, 8, 9])('never leaves two shown labels on one line touching (random case %i)', (seed) => {
    const next = random(seed);
    const labels = Array.from({ length: 60 }, (): LabelBox => {
      const x0 = next() * 500;
      return { x0, x1: x0 + 10 + next() * 40, tier: next() < 0.5 ? 0 : 1, priority: Math.floor(next() * 4) };
    });
    const shown = placeLabels(labels, 0, 560, 4);
    const kept = labels.filter((_, index) => shown[index]);
    expect(kept.length).toBeGreaterThan(5);
    for (const a of kept) {
      for (const b of kept) {
        if (a === b || a.tier !== b.tier) continue;
        expect(a.x1 + 4 <= b.x0 || b.x1 + 4 <= a.x0).toBe(true);
      }
    }
  });
});

describe('scaleTicks()', () => {
  const day = (text: string) => ({ from: startOf(toPartialDate(text)), to: endOf(toPartialDate(text)) });
  const scale = compressedTimeScale([day('2024'), day('2026-02'), day('2026-02-19'), day('2026-02-20'), day('2026-02-24')], {
    range: [0, 600],
    breakWidth: 50,
    minStep: 22,
  });
  const ticks = scaleTicks(scale, { dayMinPx: 16, monthMinPx: 30 });
  const at = (level: string) => ticks.filter((tick) => tick.level === level).map((tick) => new Date(tick.time).toISOString().slice(0, 10));

  it('ticks each year that starts in the picture, months where a month is wide enough, and days only where a day is', () => {
    expect(at('year')).toEqual(['2024-01-01']);
    // 2024 is drawn wide enough here to name its months; 2026 only has February.
    expect(at('month')).toEqual([...Array.from({ length: 11 }, (_, month) => `2024-${String(month + 2).padStart(2, '0')}-01`), '2026-02-01']);
    expect(at('day')).toEqual(['2026-02-19', '2026-02-20', '2026-02-24']);
  });

  it('sorts ticks left to right, days at their middle on the first line and months and years on the second', () => {
    const xs = ticks.map((tick) => tick.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const tick of ticks) {
      expect(tick.tier).toBe(tick.level === 'day' ? 0 : 1);
      if (tick.level === 'day') expect(tick.x).toBeCloseTo(scale(tick.time + 43_200_000));
    }
  });

  it('starts every segment with a tick, even one that begins in the middle of a month', () => {
    const odd = compressedTimeScale([day('2020-03-10'), day('2026-01-03')], { range: [0, 300], breakWidth: 50, minStep: 22 });
    const starts = scaleTicks(odd, { dayMinPx: 16, monthMinPx: 30 }).filter((tick) => tick.segmentStart);
    expect(starts.map((tick) => [new Date(tick.time).toISOString().slice(0, 10), tick.level])).toEqual([
      ['2020-03-10', 'month'],
      ['2026-01-03', 'month'],
    ]);
  });

  it('adds the days asked for, wherever they fall', () => {
    const more = scaleTicks(scale, { dayMinPx: 1000, monthMinPx: 30, days: [startOf(toPartialDate('2026-02-19'))] });
    expect(more.filter((tick) => tick.level === 'day').map((tick) => new Date(tick.time).toISOString().slice(0, 10))).toEqual(['2026-02-19']);
  });
});

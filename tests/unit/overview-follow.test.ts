import { describe, expect, it } from 'vitest';
import { binOf, binsShown, binStarts } from '../../src/lib/overview/bin-follow.ts';
import { rovingIndex } from '../../src/lib/roving.ts';
import { tipAbove, tipBeside } from '../../src/lib/tip-position.ts';

// Three bins of 2, 0 and 3 events; categories 0 (release) and 1 (protest).
const bins = { slugs: ['a', 'b', 'c', 'd', 'e'], cat: '01001', n: [2, 0, 3], ids: ['release', 'protest'] };

describe('following the overview bins in the browser', () => {
  it('finds each bin by its first event, an empty bin included', () => {
    expect(binStarts(bins.n)).toEqual([0, 2, 2]);
  });

  it('puts an event in the bin that holds it, skipping empty bins', () => {
    const starts = binStarts(bins.n);
    expect([0, 1, 2, 3, 4].map((index) => binOf(starts, index))).toEqual([0, 0, 2, 2, 2]);
  });

  it('counts what a filter leaves in each bin by category, and leads each bin to its first event left', () => {
    const starts = binStarts(bins.n);
    expect(binsShown(bins, starts, null)).toEqual({ counts: [[1, 1], [0, 0], [2, 1]], leads: ['a', 'c', 'c'] });
    const shown = binsShown(bins, starts, new Set(['b', 'e']));
    expect(shown.counts).toEqual([[0, 1], [0, 0], [0, 1]]);
    expect(shown.leads).toEqual(['b', 'c', 'e']);
  });

  it('keeps a bin emptied by the filter leading to its first event', () => {
    expect(binsShown(bins, binStarts(bins.n), new Set(['d'])).leads).toEqual(['a', 'c', 'd']);
  });
});

describe('where a detail box goes', () => {
  const frame = { left: 100, top: 50, right: 500, bottom: 450 };
  const tip = { width: 120, height: 40 };

  it('sits to the right of a counts point, or to its left at the chart edge', () => {
    expect(tipBeside(frame, { left: 200, top: 200, right: 210, bottom: 210 }, tip)).toEqual({ left: 116, top: 142 });
    expect(tipBeside(frame, { left: 440, top: 200, right: 450, bottom: 210 }, tip)).toEqual({ left: 214, top: 142 });
  });

  it('is centred above an overview mark, kept inside the frame, and below it when the window has no room above', () => {
    expect(tipAbove(frame, { left: 290, top: 200, right: 310, bottom: 220 }, tip)).toEqual({ left: 140, top: 102 });
    expect(tipAbove(frame, { left: 100, top: 200, right: 110, bottom: 220 }, tip).left).toBe(0);
    expect(tipAbove(frame, { left: 490, top: 200, right: 500, bottom: 220 }, tip).left).toBe(280);
    expect(tipAbove(frame, { left: 290, top: 30, right: 310, bottom: 60 }, tip)).toEqual({ left: 140, top: 18 });
  });
});

describe('moving through a chart with the arrow keys', () => {
  it('moves one step either way, and to the first and last with Home and End', () => {
    expect(rovingIndex('ArrowRight', 2, 5)).toBe(3);
    expect(rovingIndex('ArrowLeft', 2, 5)).toBe(1);
    expect(rovingIndex('Home', 2, 5)).toBe(0);
    expect(rovingIndex('End', 2, 5)).toBe(4);
  });

  it('stays at the ends rather than wrapping, and ignores other keys', () => {
    expect(rovingIndex('ArrowRight', 4, 5)).toBe(4);
    expect(rovingIndex('ArrowLeft', 0, 5)).toBe(0);
    expect(rovingIndex('Enter', 2, 5)).toBeUndefined();
    expect(rovingIndex('ArrowRight', 0, 0)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { inRunsOf } from '../../src/lib/grouping.ts';

describe('inRunsOf', () => {
  it('keeps every item once, in order, in runs of the size asked, the last one shorter', () => {
    const items = Array.from({ length: 19 }, (_, index) => index);
    const runs = inRunsOf(items, 8);
    expect(runs.map((run) => run.length)).toEqual([8, 8, 3]);
    expect(runs.flat()).toEqual(items);
  });

  it('gives one run for a month of fewer items than the size, and none for none', () => {
    expect(inRunsOf(['a', 'b'], 8)).toEqual([['a', 'b']]);
    expect(inRunsOf([], 8)).toEqual([]);
  });
});

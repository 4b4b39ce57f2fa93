import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_ESTIMATE_REM, CARDS_PER_RUN, inRunsOf, monthEstimate, runEstimate } from '../../src/lib/grouping.ts';

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

describe('the height a long timeline takes until laid out', () => {
  const rem = (length: string) => Number(/^([\d.]+)rem$/.exec(length)![1]);

  it('counts only the cards a filter leaves: a month or run is one card estimate taller per card shown', () => {
    expect(rem(runEstimate(0))).toBe(0);
    expect(rem(runEstimate(5)) - rem(runEstimate(4))).toBe(CARD_ESTIMATE_REM);
    expect(rem(monthEstimate(5)) - rem(monthEstimate(4))).toBe(CARD_ESTIMATE_REM);
    // A month with no card shown still has its heading.
    expect(rem(monthEstimate(0))).toBeGreaterThan(0);
  });

  it('gives an unfiltered run the height TimelineList estimates a run at before any script runs', () => {
    const styles = readFileSync(join(import.meta.dirname, '../../src/components/TimelineList.astro'), 'utf8');
    const fallback = /contain-intrinsic-size: auto var\(--run-estimate, ([\d.]+rem)\)/.exec(styles)?.[1];
    expect(fallback).toBe(runEstimate(CARDS_PER_RUN));
  });
});

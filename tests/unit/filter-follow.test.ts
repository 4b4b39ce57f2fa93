import { describe, expect, it } from 'vitest';
import { countsStrings as stringsFor } from '../../src/lib/counts/strings.ts';
import { eventSlugOf, followStatus, kept } from '../../src/lib/filter-follow.ts';

const countsStrings = stringsFor('en');

const TEXTS = countsStrings.filterStatus(5);

describe('following the filter', () => {
  it('followStatus() is empty while no filter is set, and counts what the filter leaves otherwise', () => {
    expect(followStatus(5, 5, TEXTS, false)).toBe('');
    expect(followStatus(2, 5, TEXTS, true)).toBe('Showing 2 of 5 figures: the filter hides the rest (dimmed).');
    expect(followStatus(5, 5, TEXTS, true)).toBe('Showing all 5 figures: the filter hides none of their events.');
    expect(followStatus(0, 5, TEXTS, true)).toBe('Showing none of the 5 figures: the filter hides all their events (dimmed).');
    expect(followStatus(0, 0, TEXTS, true)).toBe('');
  });

  it('countsStrings.filterStatus() speaks of one figure in the singular', () => {
    expect(countsStrings.filterStatus(1).all).toBe('Showing all 1 figure: the filter hides none of their events.');
  });

  it('kept() keeps everything without a filter, and only what the filter allows with one', () => {
    expect(kept('e1', null)).toBe(true);
    expect(kept(undefined, null)).toBe(true);
    expect(kept('e1', new Set(['e1']))).toBe(true);
    expect(kept('e2', new Set(['e1']))).toBe(false);
    expect(kept(undefined, new Set(['e1']))).toBe(false);
  });

  it.each([
    ['/events/2026-02-24-foro-penal/', '2026-02-24-foro-penal'],
    ['/timeline/es/events/2026-02-24-foro-penal/', '2026-02-24-foro-penal'],
    ['/events/x/#top', 'x'],
    [null, undefined],
  ])('eventSlugOf(%s) is %s', (href, slug) => {
    expect(eventSlugOf(href)).toBe(slug);
  });



});

import { describe, expect, it } from 'vitest';
import { partAt, partToFill, PART_SIZE } from '../../src/lib/parts.ts';

const view = { height: 800, reach: 1500 };

describe('partAt: the part of a long timeline an event falls in', () => {
  it('counts parts from 1, a part every PART_SIZE events', () => {
    expect(partAt(0)).toBe(1);
    expect(partAt(PART_SIZE - 1)).toBe(1);
    expect(partAt(PART_SIZE)).toBe(2);
    expect(partAt(57 * PART_SIZE + 3)).toBe(58);
  });
});

describe('partToFill: which part a timeline loaded with gaps brings in next', () => {
  it('the next part once the end of what is loaded nears the window, and nothing while it is far below', () => {
    expect(partToFill([1, 2], { after: 2, top: view.height + 1200 }, [], view)).toBe(3);
    expect(partToFill([1, 2], { after: 2, top: view.height + 5000 }, [], view)).toBeUndefined();
  });

  it('the part just before a gap’s lower side when the gap is above the middle of the window (the reader came from below)', () => {
    // Parts 1 and 40 loaded (a jump to an event in part 40): the gap's edge is part 40's first card.
    expect(partToFill([1, 40], undefined, [{ before: 40, top: 100 }], view)).toBe(39);
    expect(partToFill([1, 40], undefined, [{ before: 40, top: -1400 }], view)).toBe(39);
  });

  it('the part just after a gap’s upper side when the gap is below the middle (the reader came from above)', () => {
    expect(partToFill([1, 2, 40], undefined, [{ before: 40, top: 700 }], view)).toBe(3);
    expect(partToFill([1, 2, 40], undefined, [{ before: 40, top: view.height + 1000 }], view)).toBe(3);
  });

  it('leaves a gap alone while it is out of reach, and takes the edge nearest the window first', () => {
    expect(partToFill([1, 40], undefined, [{ before: 40, top: -5000 }], view)).toBeUndefined();
    const end = { after: 41, top: view.height + 1400 };
    expect(partToFill([1, 40, 41], end, [{ before: 40, top: 300 }], view)).toBe(39);
    expect(partToFill([1, 40, 41], end, [{ before: 40, top: -1450 }], view)).toBe(42);
  });

  it('within a reach of 0 (right after a filter or a jump), only an edge in the window counts', () => {
    const now = { ...view, reach: 0 };
    expect(partToFill([1, 40], { after: 40, top: view.height + 10 }, [{ before: 40, top: -10 }], now)).toBeUndefined();
    expect(partToFill([1, 40], { after: 40, top: view.height - 10 }, [], now)).toBe(41);
  });
});

import { round } from '../text-metrics.ts';

/**
 * The density view's columns, drawn as one path per category: each column stacks its categories
 * from the axis up, in a fixed order. Shared by the build (the drawing) and the browser (the same
 * drawing redone from the events a filter leaves), so it imports nothing.
 */

export interface ColumnBox {
  x: number;
  width: number;
}

export interface ColumnScale {
  /** The axis line, where every column stands. */
  base: number;
  /** Height of one event. */
  perEvent: number;
  /** The least height of a column that holds anything, so that a single event stays visible. */
  minHeight: number;
}

/** A column's height for `count` events. */
export function columnHeight(count: number, scale: ColumnScale): number {
  return count > 0 ? Math.max(scale.minHeight, count * scale.perEvent) : 0;
}

/**
 * One path per category (`categories` of them): for each column, the category's part of its stack.
 * `counts[column][category]` is how many events of that category the column holds.
 */
export function stackPaths(columns: readonly ColumnBox[], counts: readonly (readonly number[])[], scale: ColumnScale, categories: number): string[] {
  const paths: string[] = Array.from({ length: categories }, () => '');
  columns.forEach((column, at) => {
    const row = counts[at] ?? [];
    let total = 0;
    for (const count of row) total += count;
    if (!total) return;
    // Each event's share of the column, so that the parts add up to its height exactly.
    const each = columnHeight(total, scale) / total;
    let below = 0;
    for (let category = 0; category < categories; category++) {
      const count = row[category] ?? 0;
      if (!count) continue;
      const bottom = round(scale.base - below * each);
      below += count;
      const top = round(scale.base - below * each);
      paths[category] += `M${round(column.x)},${top}h${round(column.width)}V${bottom}h${-round(column.width)}z`;
    }
  });
  return paths;
}

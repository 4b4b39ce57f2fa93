/**
 * Following the reader and a filter through the density view's bins, in the browser: which bin
 * holds an event, and how many of each bin's events a filter leaves, by category. The events are in
 * reading order and each bin's events follow one another (lib/overview/bin-data.ts sends them so).
 * Pure and import-free: the overview's script carries it.
 */

/** What the overview's bins say of the events, as lib/overview/bin-data.ts sends it. */
export interface BinEvents {
  /** Every event's slug, in reading order. */
  slugs: readonly string[];
  /** Every event's category, as its position among the categories in one base-36 digit. */
  cat: string;
  /** How many events each bin holds. */
  n: readonly number[];
  /** The categories, in the order `cat` counts them. */
  ids: readonly string[];
}

/** Each bin's first event, as a position in the reading order. */
export function binStarts(n: readonly number[]): number[] {
  let at = 0;
  return n.map((count) => (at += count) - count);
}

/** The bin an event (its position in the reading order) is counted in: the last one starting at or before it. */
export function binOf(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface BinsShown {
  /** Per bin, how many of its events are shown, by category. */
  counts: number[][];
  /** Per bin, the first of its events shown (its first event when the filter leaves none): where the bin's link leads. */
  leads: string[];
}

/** Per bin, what `visible` (null: no filter) leaves of its events. */
export function binsShown(bins: BinEvents, starts: readonly number[], visible: ReadonlySet<string> | null): BinsShown {
  const leads: string[] = [];
  const counts = bins.n.map((total, bin) => {
    const row = bins.ids.map(() => 0);
    const start = starts[bin]!;
    let lead = '';
    for (let index = start; index < start + total; index++) {
      const slug = bins.slugs[index]!;
      if (visible && !visible.has(slug)) continue;
      row[parseInt(bins.cat[index]!, 36)]!++;
      lead ||= slug;
    }
    leads.push(lead || bins.slugs[start]!);
    return row;
  });
  return { counts, leads };
}

import { binOf, binsShown, binStarts } from '../lib/overview/bin-follow.ts';
import type { OverviewBinData } from '../lib/overview/bin-data.ts';
import { stackPaths, type ColumnBox } from '../lib/overview/columns.ts';
import { binBreakdown, binCount, binName, eventCount } from '../lib/overview/strings.ts';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * The overview's density view in the browser: which column holds an event, and the columns
 * redrawn, renamed and re-linked from what a filter leaves (the full column stays as a ghost).
 */
export class OverviewBins {
  private readonly starts: number[];
  private readonly at: Map<string, number>;
  private readonly columns: ColumnBox[];
  private readonly labels: (string | null)[];
  /** Per bin, how many of its events the filter shows, by category. */
  private counts: number[][] = [];
  private filtered = false;

  private readonly chart: HTMLElement;
  private readonly items: readonly SVGAElement[];
  private readonly data: OverviewBinData;

  constructor(chart: HTMLElement, items: readonly SVGAElement[], data: OverviewBinData) {
    this.chart = chart;
    this.items = items;
    this.data = data;
    this.starts = binStarts(data.n);
    this.at = new Map(data.slugs.map((slug, index) => [slug, index]));
    this.columns = items.map((bin) => {
      const column = bin.querySelector('.overview__col')!;
      return { x: Number(column.getAttribute('x')), width: Number(column.getAttribute('width')) };
    });
    this.labels = items.map((bin) => bin.getAttribute('aria-label'));
    this.filter(null);
    // The first number formatted loads the browser's locale data (tens of ms): do it while the
    // page is idle, not when the reader applies the first filter.
    (window.requestIdleCallback ?? setTimeout)(() => binCount(data.words, 0, 0));
  }

  /** The event's place in the timeline's reading order, from 0. */
  positionOf(slug: string): number | undefined {
    return this.at.get(slug);
  }

  /** The column an event is counted in. */
  itemFor(slug: string): SVGAElement | undefined {
    const index = this.at.get(slug);
    return index === undefined ? undefined : this.items[binOf(this.starts, index)];
  }

  /** Whether column `index` has no event left by the filter. */
  isEmpty(index: number): boolean {
    return sum(this.counts[index]!) === 0;
  }

  /** Counts, redraws, renames and re-links the columns for what `visible` (null: everything) leaves. */
  filter(visible: ReadonlySet<string> | null) {
    const { data, items } = this;
    const shown = binsShown(data, this.starts, visible);
    this.counts = shown.counts;
    this.filtered = !!visible;
    const paths = stackPaths(this.columns, this.counts, data.scale, data.ids.length);
    data.ids.forEach((id, index) => this.chart.querySelector(`.overview__stacks [data-category="${id}"]`)?.setAttribute('d', paths[index]!));
    this.chart.querySelector('svg')!.classList.toggle('is-filtered', this.filtered);
    // Touch only what changes: every attribute written is style work for the browser.
    items.forEach((item, index) => {
      if (item.dataset.slug !== shown.leads[index]) item.dataset.slug = shown.leads[index];
      const label = visible ? binName(item.dataset.tipTitle!, binCount(data.words, sum(this.counts[index]!), data.n[index]!)) : this.labels[index]!;
      if (item.getAttribute('aria-label') !== label) item.setAttribute('aria-label', label);
    });
  }

  /** What the detail box says of column `index`: its period, its count and its categories, the largest first. */
  tipFields(index: number) {
    const { data } = this;
    const counts = this.counts[index]!;
    return {
      title: this.items[index]!.dataset.tipTitle,
      date: this.filtered ? binCount(data.words, sum(counts), data.n[index]!) : eventCount(data.words, data.n[index]!),
      category: binBreakdown(
        data.words,
        counts
          .map((count, category) => [data.names[category]!, count] as const)
          .filter(([, count]) => count)
          .sort((a, b) => b[1] - a[1]),
      ),
    };
  }
}

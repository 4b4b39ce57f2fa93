import { round } from '../text-metrics.ts';
import { ticks as niceTicks } from 'd3-array';
import type { TimelineEvent } from '../model.ts';
import { CATEGORY_NAMES, type Category } from '../schema/categories.ts';
import { BIN_UNITS, binEvents, slotCount, type BinUnit, type EventBin } from './bins.ts';
import { stackPaths, type ColumnScale } from './columns.ts';
import { drawBreaks, labelTicks, OVERVIEW_SIZE, type OverviewBreak, type OverviewSize, type OverviewTick } from './layout.ts';
import { compressedTimeScale, type CompressedScale } from './scale.ts';
import { OVERVIEW_STRINGS, type OverviewStrings } from './strings.ts';
import { scaleTicks } from './ticks.ts';

/**
 * The density view of the overview, for timelines with too many events for a mark each: the
 * events counted in bins of one size (a day, week, month, quarter or year) laid out on the same
 * compressed axis, long empty stretches cut out; each bin a column as tall as its count, stacked
 * by category, and a link to its first event.
 */

export interface DensitySize extends OverviewSize {
  /** The height of the tallest column, whatever the number of events. */
  columnHeight: number;
  /** Room right of the axis for the numbers of the scale (on a phone the drawing opens at its right end). */
  gutter: number;
}

export const DENSITY_SIZE: DensitySize = { ...OVERVIEW_SIZE, columnHeight: 120, gutter: 30 };

export interface DensityRules {
  /** No more bins than this (empty ones between breaks included)… */
  maxBins: number;
  /** …and none narrower than this, in drawing units: else the next bin size up is used. */
  minPitch: number;
  /**
   * The least target size, in CSS px (WCAG 2.2, 2.5.8), that a bin's target grows to where the time
   * around it is empty. Where bins are narrower than that side by side, the table of the counts
   * (whose links are full-size targets) offers the same jumps.
   */
  targetPx: number;
  /** The narrowest the drawing is ever shown at (its CSS min-width), in CSS px. */
  minShownWidth: number;
  /** The widest a column is drawn, however few bins there are. */
  maxColumnWidth: number;
}

export const DENSITY_RULES: DensityRules = { maxBins: 120, minPitch: 6, targetPx: 24, minShownWidth: 600, maxColumnWidth: 40 };

export interface DensityBin extends EventBin {
  /** The slug of its first event, which the column links to. */
  slug: string;
  /** Its stretch of time, written out ("3 – 9 February 2026"), and its accessible name. */
  period: string;
  label: string;
  /** Where it stands on the axis (the middle of its column). */
  cx: number;
  /** The column, the whole stack. */
  column: { x: number; y: number; width: number; height: number };
  /** The area that answers the pointer: its whole slot (wider where its neighbours leave room), the plot's height. */
  hit: { x: number; y: number; width: number; height: number };
}

export interface DensityLayout {
  unit: BinUnit;
  size: DensitySize;
  height: number;
  plotTop: number;
  axisY: number;
  axis: { x0: number; x1: number }[];
  breaks: OverviewBreak[];
  ticks: OverviewTick[];
  /** Only the bins that hold events, in time order. */
  bins: DensityBin[];
  /** One path per category present, in stacking order (from the axis up). */
  stacks: { category: Category; d: string }[];
  /** The scale's horizontal lines, with their values. */
  grid: { y: number; value: number; label: string }[];
  peak: number;
  /** How the columns' heights are worked out (the browser redraws them for a filter). */
  columns: ColumnScale;
  /** How many events are counted in a column coarser than their date. */
  vague: number;
  scale: CompressedScale;
}

type Binnable = Pick<TimelineEvent, 'slug' | 'date' | 'category'>;

/** The axis for these bins: each bin a piece as long as its time, empty stretches of six months or more cut out. */
function binScale(bins: readonly EventBin[], size: DensitySize): CompressedScale {
  return compressedTimeScale(bins, { range: [size.margin, size.width - size.margin - size.gutter], breakWidth: size.breakWidth, minStep: 0 });
}

/**
 * The finest bin size with no more than `maxBins` bins, drawn `minPitch` wide or more (on
 * average: a February is a little narrower than a March); years when even those do not fit.
 */
export function chooseBins(
  events: readonly Binnable[],
  size: DensitySize = DENSITY_SIZE,
  rules: DensityRules = DENSITY_RULES,
): { unit: BinUnit; bins: EventBin[]; scale: CompressedScale } {
  for (const unit of BIN_UNITS) {
    const bins = binEvents(events, unit);
    if (unit !== 'year' && slotCount(bins, unit) > rules.maxBins) continue;
    const scale = binScale(bins, size);
    // The width of a bin on average: months and years differ a little in length, and so in width.
    const drawn = scale.segments.reduce((total, segment) => total + segment.x1 - segment.x0, 0);
    if (unit === 'year' || drawn / slotCount(bins, unit) >= rules.minPitch - 1e-9) return { unit, bins, scale };
  }
  throw new Error('unreachable');
}

function periodFormat(unit: BinUnit, intl: string): (from: number, to: number) => string {
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intl, { timeZone: 'UTC', ...options });
  const day = format({ day: 'numeric', month: 'long', year: 'numeric' });
  const month = format({ month: 'long', year: 'numeric' });
  const year = format({ year: 'numeric' });
  // Ranges end on the bin's last day (its end is the next bin's first instant).
  return {
    day: (from: number) => day.format(from),
    week: (from: number, to: number) => day.formatRange(from, to - 1),
    month: (from: number) => month.format(from),
    quarter: (from: number, to: number) => month.formatRange(from, to - 1),
    year: (from: number) => year.format(from),
  }[unit];
}

export function layoutDensity(
  events: readonly Binnable[],
  intl: string,
  size: DensitySize = DENSITY_SIZE,
  rules: DensityRules = DENSITY_RULES,
  strings: OverviewStrings = OVERVIEW_STRINGS,
): DensityLayout {
  const { unit, bins, scale } = chooseBins(events, size, rules);
  const words = strings.density;
  // Room above the columns for the "you are here" marker.
  const plotTop = 16;
  const axisY = plotTop + size.columnHeight;
  const tierY = [axisY + 10 + size.fontSize, axisY + 16 + 2 * size.fontSize] as const;
  const height = tierY[1] + 8;

  const peak = Math.max(...bins.map((bin) => bin.count));
  const columns: ColumnScale = { base: axisY, perEvent: size.columnHeight / peak, minHeight: 2 };
  const period = periodFormat(unit, intl);

  // Slots: where each bin's time is drawn. Columns leave a unit of space between neighbours.
  const slots = bins.map((bin) => ({ x0: scale(bin.from), x1: scale(bin.to) }));
  const segmentOf = (x: number) => scale.segments.find((segment) => x >= segment.x0 - 1e-6 && x <= segment.x1 + 1e-6)!;
  // The least target size in drawing units, where the drawing is shown at its narrowest.
  const targetUnits = (rules.targetPx * size.width) / rules.minShownWidth;
  const hitTop = plotTop - 4;
  const hitHeight = axisY + 6 - hitTop;

  const drawn = bins.map((bin, index): DensityBin => {
    const { x0, x1 } = slots[index]!;
    const pitch = x1 - x0;
    const width = Math.min(rules.maxColumnWidth, Math.max(1, pitch - (pitch > 4 ? 1 : 0)));
    const x = (x0 + x1) / 2 - width / 2;
    const height = Math.max(columns.minHeight, bin.count * columns.perEvent);
    // A narrow bin's target grows into the empty time on either side, up to the least target size,
    // never past the middle of the gap to the next bin nor out of its segment.
    const segment = segmentOf((x0 + x1) / 2);
    const previous = slots[index - 1];
    const next = slots[index + 1];
    const leftRoom = previous && previous.x1 >= segment.x0 - 1e-6 ? (x0 - previous.x1) / 2 : x0 - segment.x0;
    const rightRoom = next && next.x0 <= segment.x1 + 1e-6 ? (next.x0 - x1) / 2 : segment.x1 - x1;
    // What one side cannot take, the other does.
    const need = Math.max(0, targetUnits - pitch);
    const right = Math.min(need - Math.min(need / 2, leftRoom), rightRoom);
    const left = Math.min(need - right, leftRoom);
    const hitX0 = x0 - left;
    const hitX1 = x1 + right;
    const when = period(bin.from, bin.to);
    return {
      ...bin,
      slug: events[bin.first]!.slug,
      period: when,
      label: words.binLabel(when, bin.count, bin.vague, words.rough[unit]),
      cx: round((x0 + x1) / 2),
      column: { x: round(x), y: round(axisY - height), width: round(width), height: round(height) },
      hit: { x: round(hitX0), y: hitTop, width: round(hitX1 - hitX0), height: hitHeight },
    };
  });

  const paths = stackPaths(
    drawn.map((bin) => bin.column),
    drawn.map((bin) => bin.byCategory),
    columns,
    CATEGORY_NAMES.length,
  );
  const stacks = CATEGORY_NAMES.map((category, index) => ({ category, d: paths[index]! })).filter((stack) => stack.d);

  const values = niceTicks(0, peak, 3).filter((value) => value > 0 && Number.isInteger(value));
  const grid = values.map((value) => ({ y: round(axisY - value * columns.perEvent), value, label: words.gridLabel(value) }));

  const ticks = scaleTicks(scale, { dayMinPx: 16, monthMinPx: 30 });

  return {
    unit,
    size,
    height,
    plotTop,
    axisY,
    axis: scale.segments.map((segment) => ({ x0: round(segment.x0), x1: round(segment.x1) })),
    breaks: drawBreaks(scale, axisY, strings),
    ticks: labelTicks(ticks, intl, size, tierY),
    bins: drawn,
    stacks,
    grid,
    peak,
    columns,
    vague: bins.reduce((total, bin) => total + bin.vague, 0),
    scale,
  };
}

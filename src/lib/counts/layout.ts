import { scaleLinear, scaleUtc } from 'd3-scale';
import { line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye, symbolCross } from 'd3-shape';
import { utcDay } from 'd3-time';
import { endOf, startOf } from '../dates.ts';
import { dodgeLabels } from '../dodge-labels.ts';
import type { Claim } from '../model.ts';
import type { CountSeries } from './series.ts';
import type { Side } from './sides.ts';
import { round, wrapWords } from '../text-metrics.ts';

/** The size of one rendering of the chart, in SVG user units. */
export interface ChartSize {
  width: number;
  height: number;
  /** Room on the right for the series labels. */
  labelWidth: number;
  fontSize: number;
}

export const WIDE: ChartSize = { width: 640, height: 360, labelWidth: 210, fontSize: 13 };
export const NARROW: ChartSize = { width: 340, height: 420, labelWidth: 150, fontSize: 12 };
/**
 * Beside the timeline from 1100 px (ReadingPanel): low, so that the overview fits below it on a
 * laptop's screen, and narrow, so that its words stay legible in the panel's 22 rem at 1100 px.
 */
export const PANEL: ChartSize = { width: 460, height: 170, labelWidth: 170, fontSize: 12 };

/** How a point shows how precise its claim is. */
export type PointMark = 'exact' | 'lower-bound' | 'upper-bound' | 'approximate';

export interface LaidOutPoint {
  claim: Claim;
  x: number;
  y: number;
  /** Hollow when the date is inferred or approximate: the reader should not take it as a known day. */
  hollow: boolean;
  mark: PointMark;
  /** For month- or year-precision as-of dates: the stretch the point could be in. */
  dateRange?: { x1: number; x2: number };
}

export interface LaidOutSeries {
  series: CountSeries;
  side: Side;
  /** d3-shape symbol path, centred on 0,0: the series' shape, so it reads in grayscale. */
  symbol: string;
  /** stroke-dasharray for the connecting line, distinct within a side. */
  dash: string;
  path: string | null;
  points: LaidOutPoint[];
  label: { x: number; y: number; lines: string[]; leader: { x1: number; y1: number; x2: number; y2: number } | null };
}

export interface CountsLayout {
  size: ChartSize;
  plot: { left: number; top: number; right: number; bottom: number };
  /** The time the plot spans, left to right, in UTC ms: where a date falls on it (lib/reading.ts). */
  time: { from: number; to: number };
  xTicks: { x: number; date: Date }[];
  /** How the ticks are named, for the span the plot covers (timeTickFormat). */
  xTickFormat: Intl.DateTimeFormatOptions;
  yTicks: { y: number; value: number }[];
  series: LaidOutSeries[];
}

const SYMBOLS = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolWye, symbolCross];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];
const MARK_OF_QUALIFIER: Record<Claim['qualifier'], PointMark> = {
  exact: 'exact',
  'more-than': 'lower-bound',
  'at-least': 'lower-bound',
  nearly: 'upper-bound',
  about: 'approximate',
};

/** Where in time a claim sits: the middle of its as-of date, and the whole stretch when it is coarser than a day. */
function claimTime(claim: Claim): { at: number; from: number; to: number } {
  const from = startOf(claim.asOf);
  const to = endOf(claim.asOf);
  return { at: (from + to) / 2, from, to };
}

/**
 * Lays out the competing-counts chart: time across, value up from zero (a linear scale, so the
 * gap between counts is shown at its true size), one labelled series per claimant and metric.
 * Pure: returns numbers and path strings for the component to draw.
 */
export function layoutCounts(
  series: readonly CountSeries[],
  size: ChartSize,
  formatLabel: (series: CountSeries) => { value: string; name: string },
): CountsLayout {
  const lineHeight = size.fontSize * 1.2;
  const labelGap = 8;
  const texts = series.map((one) => {
    const label = formatLabel(one);
    return [label.value, ...wrapWords(label.name, size.labelWidth - 16, size.fontSize)];
  });
  // The chart grows taller rather than letting labels overlap or leave the picture.
  const labelsHeight = texts.reduce((sum, lines) => sum + lines.length * lineHeight + labelGap, 0);
  const height = Math.max(size.height, Math.ceil(labelsHeight + 16 + 28));
  const plot = { left: 48, top: 16, right: size.width - size.labelWidth, bottom: height - 28 };
  const times = series.flatMap((one) => one.claims.map(claimTime));
  const first = Math.min(...times.map((time) => time.from));
  const last = Math.max(...times.map((time) => time.to));
  // A little room either side, and at least a few days, so a single date does not fill the axis.
  const pad = Math.max(2 * 86_400_000, (last - first) * 0.06);
  const time = { from: first - pad, to: last + pad };
  const x = scaleUtc().domain([new Date(time.from), new Date(time.to)]).range([plot.left, plot.right]);
  const maxValue = Math.max(...series.flatMap((one) => one.claims.map((claim) => claim.value)));
  const y = scaleLinear().domain([0, maxValue]).nice(5).range([plot.bottom, plot.top]);

  const sideCounts = new Map<Side, number>();
  const laid = series.map((one): Omit<LaidOutSeries, 'label'> => {
    const indexInSide = sideCounts.get(one.side) ?? 0;
    sideCounts.set(one.side, indexInSide + 1);
    const points = one.claims.map((claim): LaidOutPoint => {
      const time = claimTime(claim);
      const coarse = claim.asOf.precision !== 'day';
      return {
        claim,
        x: round(x(new Date(time.at))),
        y: round(y(claim.value)),
        hollow: claim.certainty !== 'reported' || coarse,
        mark: MARK_OF_QUALIFIER[claim.qualifier],
        dateRange: coarse ? { x1: round(x(new Date(time.from))), x2: round(x(new Date(time.to))) } : undefined,
      };
    });
    const path = points.length > 1 ? line<LaidOutPoint>((p) => p.x, (p) => p.y).digits(1)(points) : null;
    return {
      series: one,
      side: one.side,
      symbol: symbol(SYMBOLS[indexInSide % SYMBOLS.length]!, size.fontSize * 6).digits(1)()!,
      dash: DASHES[indexInSide % DASHES.length]!,
      path,
      points,
    };
  });

  const centres = dodgeLabels(
    laid.map((one, index) => ({ target: one.points.at(-1)!.y, size: texts[index]!.length * lineHeight + labelGap })),
    0,
    height,
  );
  const labelX = plot.right + 14;
  const withLabels = laid.map((one, index): LaidOutSeries => {
    const end = one.points.at(-1)!;
    const lines = texts[index]!;
    const centre = round(centres[index]!);
    const top = round(centre - (lines.length * lineHeight) / 2 + size.fontSize);
    const moved = Math.abs(centre - end.y) > 1 || end.x < plot.right - 12;
    return {
      ...one,
      label: { x: labelX, y: top, lines, leader: moved ? { x1: end.x + 6, y1: end.y, x2: labelX - 4, y2: centre } : null },
    };
  });

  const tickCount = Math.max(2, Math.floor((plot.right - plot.left) / 90));
  const days = (last - first) / 86_400_000;
  const ticks = days < 40 ? x.ticks(utcDay.every(Math.max(1, Math.ceil(days / tickCount)))!) : x.ticks(tickCount);
  return {
    size: { ...size, height },
    plot,
    time,
    xTickFormat: timeTickFormat(first, last),
    // A tick label too close to the right edge would run into the series labels.
    xTicks: ticks.map((date) => ({ x: round(x(date)), date })).filter((tick) => tick.x <= plot.right - size.fontSize * 2),
    yTicks: y.ticks(5).map((value) => ({ y: round(y(value)), value })),
    series: withLabels,
  };
}

/**
 * How the time axis names its ticks (UTC times, ms): day and month over a few months; month and
 * year over a year or two; the year alone beyond, where the ticks fall on years.
 */
export function timeTickFormat(first: number, last: number): Intl.DateTimeFormatOptions {
  const days = (last - first) / 86_400_000;
  if (days > 3 * 365) return { timeZone: 'UTC', year: 'numeric' };
  if (days > 300) return { timeZone: 'UTC', month: 'short', year: 'numeric' };
  return { timeZone: 'UTC', day: 'numeric', month: 'short' };
}

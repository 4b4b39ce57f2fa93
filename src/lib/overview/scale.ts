import { utcMonth } from 'd3-time';
import { GAP_MONTHS } from '../grouping.ts';

/**
 * A compressed time scale for the overview: piecewise linear, built from the stretches of time the
 * events cover. Empty stretches of `gapMonths` or more are cut out and drawn as a fixed-width break;
 * what is left is laid out in time, except that no two consecutive event boundaries are drawn
 * closer than `minStep`, so a crowded week is spread out instead of squeezed into a few pixels.
 * Times are UTC milliseconds; every interval is half-open, [from, to).
 */

export interface TimeInterval {
  from: number;
  to: number;
}

/** A stretch between two consecutive event boundaries, drawn linearly from x0 to x1. */
export interface ScalePiece extends TimeInterval {
  x0: number;
  x1: number;
}

/** A run of time with no long empty stretch in it. */
export interface ScaleSegment extends TimeInterval {
  x0: number;
  x1: number;
  pieces: ScalePiece[];
}

/** An empty stretch [from, to), cut out and drawn as a break from x0 to x1. */
export interface ScaleBreak extends TimeInterval {
  x0: number;
  x1: number;
}

export interface CompressedScale {
  (time: number): number;
  /** The time at x: inside a segment exactly, across a break proportionally; clamped to the domain. */
  invert(x: number): number;
  segments: ScaleSegment[];
  breaks: ScaleBreak[];
  domain: [number, number];
  range: [number, number];
}

export interface CompressedScaleOptions {
  range: [number, number];
  /** How wide a break is drawn. */
  breakWidth: number;
  /** The least width of a piece, however short it is in time. */
  minStep: number;
  /** Empty stretches this many months long or longer become breaks (default: the timeline's own gap). */
  gapMonths?: number;
}

/** Merges intervals into segments, starting a new one after every empty stretch of `gapMonths` or more. */
export function segmentIntervals(intervals: readonly TimeInterval[], gapMonths = GAP_MONTHS): TimeInterval[] {
  const sorted = [...intervals].sort((a, b) => a.from - b.from || a.to - b.to);
  const segments: TimeInterval[] = [];
  for (const { from, to } of sorted) {
    const last = segments.at(-1);
    if (last && utcMonth.offset(new Date(last.to), gapMonths).getTime() > from) last.to = Math.max(last.to, to);
    else segments.push({ from, to });
  }
  return segments;
}

/**
 * Widths for pieces of the given durations that add up to `available`: proportional to duration,
 * but never under `minStep` (the short ones are raised, the long ones share what remains).
 * When even that cannot fit, every piece gets the same width.
 */
export function pieceWidths(durations: readonly number[], available: number, minStep: number): number[] {
  const n = durations.length;
  if (n === 0) return [];
  if (n * minStep >= available) return durations.map(() => available / n);
  const raised = new Set<number>();
  for (;;) {
    let free = 0;
    durations.forEach((duration, index) => {
      if (!raised.has(index)) free += duration;
    });
    const perUnit = free > 0 ? (available - raised.size * minStep) / free : 0;
    let changed = false;
    durations.forEach((duration, index) => {
      if (!raised.has(index) && duration * perUnit < minStep) {
        raised.add(index);
        changed = true;
      }
    });
    if (!changed) return durations.map((duration, index) => (raised.has(index) ? minStep : duration * perUnit));
  }
}

function lerp(value: number, d0: number, d1: number, r0: number, r1: number): number {
  return d1 === d0 ? r0 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

export function compressedTimeScale(intervals: readonly TimeInterval[], options: CompressedScaleOptions): CompressedScale {
  const [left, right] = options.range;
  const spans = segmentIntervals(intervals, options.gapMonths);
  const knotsOf = (segment: TimeInterval) => {
    const knots = new Set<number>([segment.from, segment.to]);
    for (const { from, to } of intervals) {
      if (from >= segment.from && from <= segment.to) knots.add(from);
      if (to >= segment.from && to <= segment.to) knots.add(to);
    }
    return [...knots].sort((a, b) => a - b);
  };
  const pieceTimes = spans.map((segment) => {
    const knots = knotsOf(segment);
    return knots.slice(1).map((to, index): TimeInterval => ({ from: knots[index]!, to }));
  });
  const breakCount = Math.max(0, spans.length - 1);
  const available = Math.max(0, right - left - breakCount * options.breakWidth);
  const widths = pieceWidths(
    pieceTimes.flat().map((piece) => piece.to - piece.from),
    available,
    options.minStep,
  );

  const segments: ScaleSegment[] = [];
  const breaks: ScaleBreak[] = [];
  let x = left;
  let w = 0;
  spans.forEach((span, index) => {
    if (index > 0) {
      breaks.push({ from: spans[index - 1]!.to, to: span.from, x0: x, x1: x + options.breakWidth });
      x += options.breakWidth;
    }
    const x0 = x;
    const pieces = pieceTimes[index]!.map((piece): ScalePiece => {
      const start = x;
      x += widths[w++]!;
      return { ...piece, x0: start, x1: x };
    });
    segments.push({ ...span, x0, x1: x, pieces });
  });

  const domain: [number, number] = [spans[0]?.from ?? 0, spans.at(-1)?.to ?? 0];
  // Every stretch of the axis in order, pieces and breaks alike, for both directions of the mapping.
  const stretches = [...segments.flatMap((segment) => segment.pieces), ...breaks].sort((a, b) => a.from - b.from);

  const scale = ((time: number) => {
    if (stretches.length === 0) return left;
    if (time <= domain[0]) return stretches[0]!.x0;
    if (time >= domain[1]) return stretches.at(-1)!.x1;
    const stretch = stretches.find((one) => time < one.to)!;
    return lerp(time, stretch.from, stretch.to, stretch.x0, stretch.x1);
  }) as CompressedScale;
  scale.invert = (at: number) => {
    if (stretches.length === 0) return domain[0];
    if (at <= stretches[0]!.x0) return domain[0];
    if (at >= stretches.at(-1)!.x1) return domain[1];
    const stretch = stretches.find((one) => at < one.x1)!;
    return lerp(at, stretch.x0, stretch.x1, stretch.from, stretch.to);
  };
  scale.segments = segments;
  scale.breaks = breaks;
  scale.domain = domain;
  scale.range = [left, right];
  return scale;
}

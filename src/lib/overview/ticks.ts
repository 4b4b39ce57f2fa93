import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { CompressedScale, ScalePiece } from './scale.ts';

/**
 * Ticks for the compressed scale, chosen piece by piece at the resolution each piece is drawn at:
 * years everywhere, months where a month is wide enough to name, days where a day is.
 * Day labels sit on the first line under the axis, month and year labels on the second.
 */

export type TickLevel = 'year' | 'month' | 'day';

export interface Tick {
  time: number;
  x: number;
  level: TickLevel;
  /** 0: the line of day labels; 1: the line of month and year labels. */
  tier: 0 | 1;
  /** Days are labelled at their middle; months and years from where they begin. */
  anchor: 'start' | 'middle';
  /** Set on the first tick of a segment, whose label says the month and year it starts in. */
  segmentStart?: boolean;
}

export interface TickOptions {
  /** Days are ticked where a day is at least this wide. */
  dayMinPx: number;
  /** Months are ticked where a month is at least this wide. */
  monthMinPx: number;
  /** Days ticked wherever they are (the days events start on), as UTC midnights. */
  days?: readonly number[];
}

const DAY = 86_400_000;

function pxPerDay(piece: ScalePiece): number {
  return ((piece.x1 - piece.x0) / (piece.to - piece.from)) * DAY;
}

export function scaleTicks(scale: CompressedScale, options: TickOptions): Tick[] {
  const ticks: Tick[] = [];
  const seen = new Set<number>();
  const add = (time: number, level: TickLevel, segmentStart = false) => {
    const key = level === 'day' ? time + DAY / 2 : time;
    if (seen.has(key)) return;
    seen.add(key);
    ticks.push({
      time,
      x: scale(key),
      level,
      tier: level === 'day' ? 0 : 1,
      anchor: level === 'day' ? 'middle' : 'start',
      segmentStart: segmentStart || undefined,
    });
  };
  for (const segment of scale.segments) {
    // The segment's first month or year is always named, even when it starts mid-month.
    const start = new Date(segment.from);
    if (utcYear.floor(start).getTime() === segment.from) add(segment.from, 'year', true);
    else add(segment.from, 'month', true);
    for (const piece of segment.pieces) {
      const perDay = pxPerDay(piece);
      const from = new Date(piece.from);
      const to = new Date(piece.to);
      for (const year of utcYear.range(utcYear.ceil(from), to)) add(year.getTime(), 'year');
      for (const month of utcMonth.range(utcMonth.ceil(from), to)) {
        if (perDay * (utcDay.count(month, utcMonth.offset(month, 1))) >= options.monthMinPx) add(month.getTime(), 'month');
      }
      if (perDay >= options.dayMinPx) for (const day of utcDay.range(utcDay.ceil(from), to)) add(day.getTime(), 'day');
    }
  }
  for (const day of options.days ?? []) add(day, 'day');
  // A year tick stands for its January too: drop a month tick at the same instant.
  const years = new Set(ticks.filter((tick) => tick.level === 'year').map((tick) => tick.time));
  return ticks
    .filter((tick) => tick.level !== 'month' || !years.has(tick.time))
    .sort((a, b) => a.x - b.x || a.tier - b.tier);
}

export interface LabelBox {
  /** Where the label's box begins and ends along the axis. */
  x0: number;
  x1: number;
  tier: number;
  /** Lower numbers win when two labels would touch. */
  priority: number;
}

/**
 * Decides which labels to show so that none touches another on its line: labels are taken by
 * priority, then from left to right, and each is kept only if it stays `padding` clear of every
 * label already kept on its tier and inside [min, max]. Returns, for each label, whether it is shown.
 */
export function placeLabels(labels: readonly LabelBox[], min: number, max: number, padding: number): boolean[] {
  const order = labels.map((label, index) => ({ label, index })).sort((a, b) => a.label.priority - b.label.priority || a.label.x0 - b.label.x0);
  const kept: LabelBox[] = [];
  const shown = labels.map(() => false);
  for (const { label, index } of order) {
    if (label.x0 < min || label.x1 > max) continue;
    const clash = kept.some((other) => other.tier === label.tier && label.x0 < other.x1 + padding && other.x0 < label.x1 + padding);
    if (clash) continue;
    kept.push(label);
    shown[index] = true;
  }
  return shown;
}

import { utcMonth } from 'd3-time';
import { endOf, startOf } from '../dates.ts';
import type { TimelineEvent } from '../model.ts';
import { packRows } from './rows.ts';
import { compressedTimeScale, type CompressedScale, type TimeInterval } from './scale.ts';
import { OVERVIEW_STRINGS, type OverviewStrings } from './strings.ts';
import { placeLabels, scaleTicks, type Tick, type TickLevel } from './ticks.ts';
import { round, textWidth } from '../text-metrics.ts';

/** The size of the overview drawing, in SVG user units (drawn one unit to one CSS pixel or a little less). */
export interface OverviewSize {
  width: number;
  /** Room left and right of the axis. */
  margin: number;
  breakWidth: number;
  /** The least width of a stretch between two event boundaries: one day of the dense cluster. */
  minStep: number;
  rowHeight: number;
  fontSize: number;
}

/**
 * A day of the crowded cluster is at least 28 units wide, so that a mark's target stays close to
 * 24 CSS px wide even where the drawing is shown at its smallest (600 px for 720 units, on a phone).
 */
export const OVERVIEW_SIZE: OverviewSize = { width: 720, margin: 10, breakWidth: 52, minStep: 28, rowHeight: 24, fontSize: 13 };

/** point: a known day; span: several days (an event with an end); period: a month or year with no known day. */
export type MarkKind = 'point' | 'span' | 'period';

export interface OverviewMark {
  event: TimelineEvent;
  kind: MarkKind;
  /** True when the date is inferred or approximate: drawn hollow with a dashed outline. */
  uncertain: boolean;
  row: number;
  /** The mark's box; a point's circle is centred in it with radius `r`. */
  x: number;
  y: number;
  width: number;
  height: number;
  r?: number;
  /** Where the mark stands on the axis: the middle of its box. */
  cx: number;
  cy: number;
  /** A period's bracket. */
  path?: string;
  /** The area that answers the pointer, at least one step wide and one row tall. */
  hit: { x: number; y: number; width: number; height: number };
}

export interface OverviewTick {
  x: number;
  level: TickLevel;
  tier: 0 | 1;
  /** Undefined when the label would touch another and is left out (the tick line stays). */
  label?: { text: string; x: number; y: number; anchor: 'start' | 'middle' };
}

export interface OverviewBreak {
  x0: number;
  x1: number;
  years: number;
  months: number;
  label: string;
  /** The zig-zag drawn on the axis in place of the cut-out stretch. */
  path: string;
}

export interface OverviewLayout {
  size: OverviewSize;
  height: number;
  /** The top of the highest row of marks, and the axis line. */
  plotTop: number;
  axisY: number;
  rows: number;
  /** Where the axis line is drawn, between the breaks. */
  axis: { x0: number; x1: number }[];
  breaks: OverviewBreak[];
  ticks: OverviewTick[];
  /** In the events' order, which is the reading order of the timeline. */
  marks: OverviewMark[];
  scale: CompressedScale;
}

const RADIUS = { 1: 4, 2: 5.5, 3: 7.5 } as const;
const THICKNESS = { 1: 6, 2: 8, 3: 11 } as const;
const KIND_ORDER: Record<MarkKind, number> = { point: 0, span: 1, period: 2 };
const TIER_PRIORITY = { year: 1, month: 2, day: 3 } as const;

/** The stretch of time an event covers: its whole day, month or year, to the end of its end date. */
export function eventInterval(event: Pick<TimelineEvent, 'date' | 'end'>): TimeInterval {
  return { from: startOf(event.date), to: endOf(event.end ?? event.date) };
}

function markKind(event: TimelineEvent): MarkKind {
  if (event.end) return 'span';
  return event.date.precision === 'day' ? 'point' : 'period';
}

function tickFormats(intl: string) {
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intl, { timeZone: 'UTC', ...options });
  return {
    year: format({ year: 'numeric' }),
    monthYear: format({ month: 'short', year: 'numeric' }),
    month: format({ month: 'short' }),
    day: format({ day: 'numeric' }),
    dayMonth: format({ day: 'numeric', month: 'short' }),
  };
}

/**
 * Names the ticks: a day by its number (with its month where the month is not named), a month
 * by its short name (with the year at the start of a segment or of a year), a year by itself;
 * labels that would touch another on their line are left out (their tick stays).
 */
export function labelTicks(ticks: readonly Tick[], intl: string, size: Pick<OverviewSize, 'width' | 'fontSize'>, tierY: readonly [number, number]): OverviewTick[] {
  const formats = tickFormats(intl);
  const finerInYear = new Set(ticks.filter((tick) => tick.level !== 'year').map((tick) => new Date(tick.time).getUTCFullYear()));
  // Months whose first day is ticked: their days need only their number.
  const namedMonths = new Set(ticks.filter((tick) => tick.level !== 'day').map((tick) => utcMonth.floor(new Date(tick.time)).getTime()));
  const texts = ticks.map((tick) => {
    const date = new Date(tick.time);
    if (tick.level === 'day') {
      return namedMonths.has(utcMonth.floor(date).getTime()) ? formats.day.format(date) : formats.dayMonth.format(date);
    }
    // The first label of a year, or of a segment, says the year; the months after it do not.
    if (tick.level === 'year') return finerInYear.has(date.getUTCFullYear()) ? formats.monthYear.format(date) : formats.year.format(date);
    return tick.segmentStart ? formats.monthYear.format(date) : formats.month.format(date);
  });
  const boxes = ticks.map((tick, index) => {
    const width = textWidth(texts[index]!, size.fontSize);
    const x0 = tick.anchor === 'middle' ? tick.x - width / 2 : tick.x + 3;
    return { x0, x1: x0 + width, tier: tick.tier, priority: tick.segmentStart ? 0 : TIER_PRIORITY[tick.level] };
  });
  const shown = placeLabels(boxes, 0, size.width, 6);
  return ticks.map((tick, index): OverviewTick => ({
    x: round(tick.x),
    level: tick.level,
    tier: tick.tier,
    label: shown[index]
      ? { text: texts[index]!, x: round(tick.anchor === 'middle' ? tick.x : tick.x + 3), y: tierY[tick.tier], anchor: tick.anchor }
      : undefined,
  }));
}

/** The cut-out stretches, each with its length written on it and a zig-zag on the axis. */
export function drawBreaks(scale: CompressedScale, axisY: number, strings: OverviewStrings = OVERVIEW_STRINGS): OverviewBreak[] {
  return scale.breaks.map((gap): OverviewBreak => {
    const months = utcMonth.count(new Date(gap.from), new Date(gap.to));
    const years = Math.floor(months / 12);
    const mid = (gap.x0 + gap.x1) / 2;
    return {
      x0: round(gap.x0),
      x1: round(gap.x1),
      years,
      months,
      label: strings.breakLabel(years, months),
      path: `M${round(gap.x0)},${axisY}H${round(mid - 9)}l3,-5l6,10l6,-10l3,5H${round(gap.x1)}`,
    };
  });
}

/**
 * Lays out the overview: a compressed time axis with its breaks and ticks, and one mark per event,
 * stacked in rows wherever marks would overlap. Pure: numbers and path strings for the component.
 */
export function layoutOverview(
  events: readonly TimelineEvent[],
  intl: string,
  size: OverviewSize = OVERVIEW_SIZE,
  strings: OverviewStrings = OVERVIEW_STRINGS,
): OverviewLayout {
  const { margin, rowHeight, fontSize } = size;
  const intervals = events.map(eventInterval);
  const scale = compressedTimeScale(intervals, {
    range: [margin, size.width - margin],
    breakWidth: size.breakWidth,
    minStep: size.minStep,
  });

  // Where each mark sits along the axis, and how much room it takes there.
  const placed = events.map((event, index) => {
    const kind = markKind(event);
    const interval = intervals[index]!;
    if (kind === 'point') {
      const cx = scale((interval.from + interval.to) / 2);
      const r = RADIUS[event.importance];
      return { event, kind, x0: cx - r, x1: cx + r, r, thickness: 2 * r };
    }
    // Inset by a pixel at each end, so that a span ending where another begins stays apart from it
    // (never past its own start: a span narrower than two pixels is drawn as a sliver).
    const x0 = scale(interval.from) + 1;
    return { event, kind, x0, x1: Math.max(x0, scale(interval.to) - 1), r: undefined, thickness: THICKNESS[event.importance] };
  });
  // Exact days nearest the axis, important ones first; then spans and periods, shortest first.
  const packingOrder = placed
    .map((mark, index) => ({ mark, index }))
    .sort(
      (a, b) =>
        KIND_ORDER[a.mark.kind] - KIND_ORDER[b.mark.kind] ||
        (a.mark.kind === 'point' ? b.mark.event.importance - a.mark.event.importance : a.mark.x1 - a.mark.x0 - (b.mark.x1 - b.mark.x0)) ||
        a.mark.x0 - b.mark.x0 ||
        a.index - b.index,
    );
  const packed = packRows(
    packingOrder.map(({ mark }) => mark),
    2,
  );
  const rowOf = new Array<number>(events.length);
  packingOrder.forEach(({ index }, at) => (rowOf[index] = packed[at]!));
  const rows = Math.max(1, ...packed.map((row) => row + 1));

  const plotTop = 14;
  const axisY = plotTop + rows * rowHeight + 4;
  const tierY = [axisY + 10 + fontSize, axisY + 16 + 2 * fontSize] as const;
  const height = tierY[1] + 8;

  const marks = placed.map((mark, index): OverviewMark => {
    const row = rowOf[index]!;
    const cy = axisY - 4 - (row + 0.5) * rowHeight;
    const cx = (mark.x0 + mark.x1) / 2;
    const half = mark.thickness / 2;
    const width = mark.x1 - mark.x0;
    const hitWidth = Math.max(width, size.minStep);
    const box = { x: round(mark.x0), y: round(cy - half), width: round(width), height: round(mark.thickness) };
    return {
      event: mark.event,
      kind: mark.kind,
      uncertain: mark.event.certainty !== 'reported',
      row,
      ...box,
      r: mark.r,
      cx: round(cx),
      cy: round(cy),
      // A bracket over the whole period, open towards the axis: "this happened somewhere in here".
      path: mark.kind === 'period' ? `M${box.x},${round(cy + half)}V${box.y}H${round(mark.x1)}V${round(cy + half)}` : undefined,
      hit: { x: round(cx - hitWidth / 2), y: round(cy - rowHeight / 2), width: round(hitWidth), height: rowHeight },
    };
  });

  const breaks = drawBreaks(scale, axisY, strings);

  const eventDays = events.filter((event) => event.date.precision === 'day').map((event) => startOf(event.date));
  const ticks = scaleTicks(scale, { dayMinPx: 16, monthMinPx: 30, days: eventDays });

  return {
    size,
    height,
    plotTop,
    axisY,
    rows,
    axis: scale.segments.map((segment) => ({ x0: round(segment.x0), x1: round(segment.x1) })),
    breaks,
    ticks: labelTicks(ticks, intl, size, tierY),
    marks,
    scale,
  };
}

/**
 * Where a chart's detail box goes, from the boxes the browser measured (window coordinates), as a
 * position inside the frame it is placed in. Pure: the charts' scripts measure, this decides.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface TipPosition {
  left: number;
  top: number;
}

/** Beside a point (the counts chart): to its right, or to its left where it would leave the frame. */
export function tipBeside(frame: Rect, target: Rect, tip: Size, gap = 6, raise = 8): TipPosition {
  const width = frame.right - frame.left;
  const right = target.right - frame.left + gap;
  const left = right + tip.width > width ? target.left - frame.left - tip.width - gap : right;
  return { left: Math.max(0, left), top: Math.max(0, target.top - frame.top - raise) };
}

/** Centred over a mark or a column (the overview), inside the frame; below it when there is no room above in the window. */
export function tipAbove(frame: Rect, target: Rect, tip: Size, gap = 8): TipPosition {
  const width = frame.right - frame.left;
  const centre = (target.left + target.right) / 2 - frame.left;
  const left = Math.max(0, Math.min(width - tip.width, centre - tip.width / 2));
  const above = target.top - tip.height - gap > 0;
  return { left, top: (above ? target.top - tip.height - gap : target.bottom + gap) - frame.top };
}

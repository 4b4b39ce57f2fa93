import type { Rect, Size, TipPosition } from '../lib/tip-position.ts';

/** Measures the tip, its frame and what it points at, and puts the tip where `where` says (lib/tip-position.ts). */
export function placeTip(tip: HTMLElement, frame: Element, target: Element, where: (frame: Rect, target: Rect, tip: Size) => TipPosition) {
  const { left, top } = where(frame.getBoundingClientRect(), target.getBoundingClientRect(), { width: tip.offsetWidth, height: tip.offsetHeight });
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}

import { endOf, toPartialDate } from './dates.ts';

/**
 * Which event the reader is reading, from where the cards in the window are. Pure: the page's
 * script (src/client/timeline-reader.ts) measures the few cards in view and asks here.
 */

/** A card in the window, as measured: its top and bottom, in px from the top of the window. */
export interface CardBox {
  top: number;
  bottom: number;
}

/** Where an event is being read: the middle of the window, as in Scrollama and svelte-scroller. */
export const READING_LINE = 0.5;

/**
 * Whether the event the reader chose (a link followed to it, its title focused, next/previous) is
 * still the one being read: while its card's top is in the window, even far below the middle.
 */
export function chosenInWindow(card: CardBox, height: number): boolean {
  return card.top >= -1 && card.top < height;
}

/**
 * The card being read among those in the window (in reading order), when the reader has not chosen
 * one in it: the last whose top has passed the reading line. -1 when none has: the event being read
 * is then the one before them (or the first of the timeline), which only the page can find.
 */
export function readingAmong(cards: readonly CardBox[], line: number): number {
  let reading = -1;
  for (const [index, card] of cards.entries()) {
    if (card.top > line) break;
    reading = index;
  }
  return reading;
}

/**
 * Where the counts chart marks an event, in the chart's own units: the end of the event's date (the
 * running counts are those claimed by then), on the chart's time scale, kept inside the plot.
 * Undefined for an event before the chart's first date: there is no count to mark yet.
 */
export function countsMarkerX(
  date: { start: string; end?: string },
  scale: { from: number; to: number; left: number; right: number },
): number | undefined {
  const at = endOf(toPartialDate(date.end ?? date.start));
  if (at <= scale.from) return undefined;
  const share = Math.min(1, (at - scale.from) / (scale.to - scale.from));
  return Math.round((scale.left + share * (scale.right - scale.left)) * 10) / 10;
}

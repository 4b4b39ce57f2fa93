/**
 * A long timeline sends only its first part with the page; the `timeline-parts` element loads the
 * rest as the reader goes. Scripts that need a card that may not be there yet ask through here.
 */
interface PartsLoader extends HTMLElement {
  /** Loads the part the event at `position` (in reading order) is in, or else part after part until its card is on the page. */
  loadUntil(slug: string, position?: number): Promise<HTMLElement | null>;
}

/** The loader once its script has run: page scripts start in any order. */
async function loader(): Promise<PartsLoader | undefined> {
  const element = document.querySelector<PartsLoader>('timeline-parts');
  if (!element) return undefined;
  await customElements.whenDefined('timeline-parts');
  return element;
}

/**
 * The event's card on this page, loading further parts of the timeline if need be; null if it is
 * not on this timeline. With the event's `position` in the timeline (from 0), only its part loads.
 */
export async function ensureCard(slug: string, position?: number): Promise<HTMLElement | null> {
  return document.getElementById(slug) ?? (await (await loader())?.loadUntil(slug, position)) ?? null;
}

/** Whether every card of the timeline is on the page already: no part is left to load. */
export function allCardsLoaded(): boolean {
  return !document.querySelector('timeline-parts[data-missing]');
}

/**
 * A long timeline sends only its first part with the page; the `timeline-parts` element loads the
 * rest as the reader goes. Scripts that need a card that may not be there yet ask through here.
 */
interface PartsLoader extends HTMLElement {
  /** Loads further parts until the event's card is on the page (or every part is). */
  loadUntil(slug: string): Promise<HTMLElement | null>;
}

/** The loader once its script has run: page scripts start in any order. */
async function loader(): Promise<PartsLoader | undefined> {
  const element = document.querySelector<PartsLoader>('timeline-parts');
  if (!element) return undefined;
  await customElements.whenDefined('timeline-parts');
  return element;
}

/** The event's card on this page, loading further parts of the timeline if need be; null if it is not on this timeline. */
export async function ensureCard(slug: string): Promise<HTMLElement | null> {
  return document.getElementById(slug) ?? (await (await loader())?.loadUntil(slug)) ?? null;
}

/** Whether every card of the timeline is on the page already: no part is left to follow. */
export function allCardsLoaded(): boolean {
  return !document.querySelector('timeline-parts a[data-timeline-next]');
}

/**
 * A long timeline sends only its first part with the page; the `timeline-parts` element loads the
 * rest as the reader goes. Scripts that need a card that may not be there yet ask through here.
 */
interface PartsLoader extends HTMLElement {
  /** Loads further parts until the event's card is on the page (or every part is). */
  loadUntil(slug: string): Promise<HTMLElement | null>;
  loadAll(): Promise<void>;
  readonly complete: boolean;
}

const loader = () => document.querySelector<PartsLoader>('timeline-parts');

/** The event's card on this page, loading further parts of the timeline if need be; null if it is not on this timeline. */
export async function ensureCard(slug: string): Promise<HTMLElement | null> {
  return document.getElementById(slug) ?? (await loader()?.loadUntil(slug)) ?? null;
}

/** Resolves once every card of the timeline is on the page. */
export async function ensureAllCards(): Promise<void> {
  await loader()?.loadAll();
}

/** Whether every card of the timeline is on the page already. */
export function allCardsLoaded(): boolean {
  return loader()?.complete ?? true;
}

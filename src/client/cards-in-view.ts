import { CARDS_EVENT, FILTER_EVENT, type CardsEventDetail } from '../lib/timeline-events.ts';

/**
 * Which event cards are in the window, kept by one IntersectionObserver for the whole page.
 * The reading bar and the overview both follow the card being read; each used to observe every
 * card itself, with its own margins, and at 2,000 cards the browser spent more time working out
 * those intersections after a filter than drawing it. Now each card is observed once, and a
 * follower measures only the few cards in view, once a frame, as the reader scrolls.
 */
/**
 * Measures what it needs from the cards in view and returns what to change, if anything: every
 * follower measures before any changes the page, so the browser lays the page out once a frame.
 */
type Follower = (inView: readonly HTMLElement[]) => (() => void) | void;

const inView = new Set<HTMLElement>();
const followers = new Set<Follower>();
let observer: IntersectionObserver | undefined;
let frame = 0;

function observe(cards: Iterable<HTMLElement>) {
  for (const card of cards) observer!.observe(card);
}

/** The cards in the window, in reading order. */
function cardsInView(): HTMLElement[] {
  return [...inView].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** Calls every follower in the next frame, once however many times it is asked. */
function schedule() {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    const cards = cardsInView();
    const changes = [...followers].map((follower) => follower(cards));
    for (const change of changes) change?.();
  });
}

function start() {
  observer = new IntersectionObserver((entries) => {
    for (const entry of entries) inView[entry.isIntersecting ? 'add' : 'delete'](entry.target as HTMLElement);
    schedule();
  });
  observe(document.querySelectorAll<HTMLElement>('article.event-card'));
  // Cards of a further part of a long timeline, as they are added.
  document.addEventListener(CARDS_EVENT, (event) => observe((event as CustomEvent<CardsEventDetail>).detail.cards));
  document.addEventListener(FILTER_EVENT, schedule);
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
}

/**
 * Calls `follower` with the cards in the window (in reading order) at most once a frame, whenever
 * the reader scrolls, the window changes size, cards come into or out of view, or a filter applies;
 * then makes the changes the followers returned.
 */
export function followCardsInView(follower: Follower): () => void {
  if (!observer) start();
  followers.add(follower);
  schedule();
  return () => followers.delete(follower);
}

import { CARDS_EVENT, FILTER_EVENT, type CardsEventDetail } from '../lib/timeline-events.ts';

/**
 * Which event cards are in the window, for the scripts that follow the reader. One
 * IntersectionObserver for the whole page watches the timeline's months, not its cards: a browser
 * works out every observed element's intersection after each change of layout, and a filter over
 * thousands of cards made that the larger part of its work. Inside a month in view, the cards in
 * the window are found by their position, a few measures each frame.
 */
/**
 * Measures what it needs from the cards in view and returns what to change, if anything: every
 * follower measures before any changes the page, so the browser lays the page out once a frame.
 */
type Follower = (inView: readonly HTMLElement[]) => (() => void) | void;

const monthsInView = new Set<Element>();
const observed = new WeakSet<Element>();
const followers = new Set<Follower>();
let observer: IntersectionObserver | undefined;
let frame = 0;

/** Watches the months these cards are in (each once). */
function observe(cards: Iterable<HTMLElement>) {
  for (const card of cards) {
    const month = card.closest('.timeline__month');
    if (!month || observed.has(month)) continue;
    observed.add(month);
    observer!.observe(month);
  }
}

/**
 * The cards of a month in view that are in the window. A long timeline's month holds its cards in
 * runs (each laid out only near the window): the first item in the window is found by halving over
 * the month's cards or runs (what a filter leaves is in order, top to bottom), then on down, a run's
 * own cards measured only once the run is in the window.
 */
function cardsOfMonthInView(month: Element): HTMLElement[] {
  const items = [...month.querySelectorAll<HTMLElement>(':scope > :is(article.event-card, .timeline__cards):not([data-filter-out])')];
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.getBoundingClientRect().bottom > 0) high = middle;
    else low = middle + 1;
  }
  const found: HTMLElement[] = [];
  for (const item of items.slice(low)) {
    if (item.getBoundingClientRect().top >= innerHeight) break;
    const cards = item.classList.contains('timeline__cards') ? item.querySelectorAll<HTMLElement>(':scope > article.event-card:not([data-filter-out])') : [item];
    for (const card of cards) {
      const box = card.getBoundingClientRect();
      if (box.top >= innerHeight) break;
      if (box.height > 0 && box.bottom > 0) found.push(card);
    }
  }
  return found;
}

/** The cards in the window, in reading order. */
function cardsInView(): HTMLElement[] {
  const months = [...monthsInView].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return months.flatMap(cardsOfMonthInView);
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
    for (const entry of entries) monthsInView[entry.isIntersecting ? 'add' : 'delete'](entry.target);
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

import { CHOOSE_EVENT, type ChooseEventDetail } from '../lib/timeline-events.ts';
import { allCardsLoaded, ensureCard } from './timeline-cards.ts';

/** What the reader does to take over the scrolling from a jump. */
const TAKE_OVER = ['wheel', 'touchstart', 'pointerdown', 'keydown'];

/**
 * Takes the reader from a chart's link (the overview's marks and columns) to its event's card: the
 * link's own jump where it leads to a card on this page, made smooth unless the reader asked for
 * less motion; otherwise the card is brought in (from a part not loaded yet) and scrolled to.
 */
export class CardJump {
  /** The card a click is taking the reader to, until the scroll ends (or the reader takes over). */
  private landing?: Element;
  private readonly reduced = matchMedia('(prefers-reduced-motion: reduce)');
  /** Told of a card brought in for a jump. */
  private readonly broughtIn: (card: Element) => void;

  constructor(broughtIn: (card: Element) => void) {
    this.broughtIn = broughtIn;
  }

  start() {
    // On a long timeline, cards off screen are only estimated (content-visibility): a smooth scroll
    // renders them on its way and ends off its mark. Once it ends, land on the card exactly.
    addEventListener('scrollend', this.land);
    for (const type of TAKE_OVER) addEventListener(type, this.cancel, { passive: true });
  }

  stop() {
    removeEventListener('scrollend', this.land);
    for (const type of TAKE_OVER) removeEventListener(type, this.cancel);
  }

  /**
   * Follows a click on `link`, which leads to event `slug` (always read from the link's data-slug),
   * at `position` in the timeline's reading order if known (only its part of a long timeline loads).
   */
  follow(event: MouseEvent, link: Element, slug: string, position?: number) {
    // The event jumped to is the one being read once it is in view, wherever it lands.
    document.dispatchEvent(new CustomEvent<ChooseEventDetail>(CHOOSE_EVENT, { detail: { slug } }));
    const smooth = !this.reduced.matches;
    if (smooth) {
      const root = document.documentElement.style;
      root.scrollBehavior = 'smooth';
      setTimeout(() => (root.scrollBehavior = ''), 1500);
    }
    const card = document.getElementById(slug);
    const to = new URL(link.getAttribute('href')!, location.href);
    const samePage = to.href.split('#')[0] === location.href.split('#')[0] && decodeURIComponent(to.hash) === `#${slug}`;
    // An instant jump lays the card out and lands on it; only a smooth one can end off its mark.
    this.landing = (smooth && card) || undefined;
    if (card ? samePage : allCardsLoaded()) return;
    event.preventDefault();
    void ensureCard(slug, position).then((found) => {
      if (!found) return location.assign(to.href);
      this.broughtIn(found);
      history.replaceState(history.state, '', `#${slug}`);
      this.landing = smooth ? found : undefined;
      found.scrollIntoView({ behavior: smooth ? 'smooth' : 'instant', block: 'start' });
    });
  }

  private land = () => {
    // The jump is over: later scrolls (by the page's other scripts) get their own behaviour back.
    document.documentElement.style.scrollBehavior = '';
    this.landing?.scrollIntoView({ block: 'start', behavior: 'instant' });
    this.landing = undefined;
  };

  private cancel = () => (this.landing = undefined);
}

/**
 * Enhances the server-drawn overview (every mark, or every bin of the density view, is already a
 * link to its event, so everything works without this): marks the event being read (as the
 * timeline's reader script says, READING_EVENT), moves between marks or bins with the arrow keys,
 * shows a detail box on hover and on keyboard focus, and follows the filter. The density view's
 * columns are OverviewBins; a click's way to its card is CardJump.
 */

import type { OverviewBinData } from '../lib/overview/bin-data.ts';
import {
  CARDS_EVENT,
  FILTER_EVENT,
  READING_EVENT,
  type CardsEventDetail,
  type FilterEventDetail,
  type ReadingEventDetail,
} from '../lib/timeline-events.ts';
import { rovingIndex } from '../lib/roving.ts';
import { tipAbove } from '../lib/tip-position.ts';
import { OverviewBins } from './overview-bins.ts';
import { pageData } from './page-data.ts';
import { placeTip } from './place-tip.ts';
import { CardJump } from './card-jump.ts';

/** The class of a mark or bin that the filter leaves out (the overview's own: see FilterFollower.dimLink). */
const OUT = 'overview__out';

/** A mark, or a bin of the density view. */
type Item = SVGAElement;

class TimelineOverview extends HTMLElement {
  private items: Item[] = [];
  /** The density view's columns, once their data is read (or fetched, on a long timeline). */
  private bins?: OverviewBins;
  /** The filter as last applied: a long timeline's bins may arrive after it. */
  private visible: ReadonlySet<string> | null = null;
  private density = false;
  private slugs = new Set<string>();
  private cards = new Set<Element>();
  private current?: Item;
  /** The next frame's work: marking the event being read (measured then, not as the reader's script writes). */
  private frame = 0;
  private tip!: HTMLElement;
  private scroller!: HTMLElement;
  private here!: SVGGElement;
  private hideTimer = 0;
  private reduced = matchMedia('(prefers-reduced-motion: reduce)');
  private jump = new CardJump((card) => this.watch([card]));

  connectedCallback() {
    this.items = [...this.querySelectorAll<Item>('a.overview__mark, a.overview__bin')];
    this.tip = this.querySelector('[data-overview-tip]')!;
    this.scroller = this.querySelector('[data-overview-scroller]')!;
    this.here = this.querySelector('[data-overview-here]')!;
    this.slugs = new Set(this.items.map(slugOf));
    this.density = !!this.items[0]?.matches('.overview__bin');
    if (this.density) void this.readBins();

    // One tab stop for the whole chart; the arrow keys move within it.
    this.items.forEach((item, index) => (item.tabIndex = index ? -1 : 0));
    this.addEventListener('keydown', this.onKey);
    this.addEventListener('focusin', (event) => this.show(itemOf(event.target), true));
    this.addEventListener('focusout', () => this.hide(0));
    this.addEventListener('pointerover', (event) => this.show(itemOf(event.target)));
    this.addEventListener('pointerout', (event) => itemOf(event.target) && this.hide(200));
    this.tip.addEventListener('pointerover', () => clearTimeout(this.hideTimer));
    this.tip.addEventListener('pointerout', () => this.hide(200));
    this.addEventListener('click', this.onClick);

    this.watch(document.querySelectorAll('article.event-card'));
    document.addEventListener(READING_EVENT, this.onReading);
    document.addEventListener(FILTER_EVENT, this.onFilter);
    document.addEventListener(CARDS_EVENT, this.onCards);
    this.jump.start();
  }

  disconnectedCallback() {
    cancelAnimationFrame(this.frame);
    document.removeEventListener(READING_EVENT, this.onReading);
    document.removeEventListener(FILTER_EVENT, this.onFilter);
    document.removeEventListener(CARDS_EVENT, this.onCards);
    this.jump.stop();
  }

  private async readBins() {
    const data = await pageData<OverviewBinData>(this, '[data-overview-bins]', 'binsSrc');
    if (!data) return;
    this.bins = new OverviewBins(this, this.items, data);
    this.slugs = new Set(data.slugs);
    this.watch(document.querySelectorAll('article.event-card'));
    if (this.visible) this.filter(this.visible);
  }

  /** Follows these cards too (those of the page, then each part of a long timeline as it is added). */
  private watch(cards: Iterable<Element>) {
    for (const card of cards) {
      if (this.cards.has(card) || !this.slugs.has(card.id)) continue;
      this.cards.add(card);
    }
    // The hint speaks of the timeline it sits with: an embed of the overview alone has none.
    this.querySelector<HTMLElement>('[data-overview-hint]')!.hidden = this.cards.size === 0;
  }

  private onCards = (event: Event) => this.watch((event as CustomEvent<CardsEventDetail>).detail?.cards ?? []);

  private shown() {
    return this.items.filter((item) => !item.classList.contains(OUT));
  }

  /** The mark of an event, or the bin it is counted in. */
  private itemFor(slug: string): Item | undefined {
    return this.bins ? this.bins.itemFor(slug) : this.items.find((item) => slugOf(item) === slug);
  }

  /** The reader's script has moved on to another event: its mark (or bin) is marked in the next frame. */
  private onReading = (event: Event) => {
    const { slug } = (event as CustomEvent<ReadingEventDetail>).detail;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.setCurrent(slug === null ? undefined : this.itemFor(slug)));
  };

  private setCurrent(item: Item | undefined) {
    this.planCurrent(item)?.();
  }

  /** Measures what marking `item` as the one being read needs, and returns the change to make. */
  private planCurrent(item: Item | undefined): (() => void) | undefined {
    if (item === this.current) return undefined;
    // Keep the marker in sight when the drawing scrolls sideways (on a phone), without moving the page.
    // Measured on screen, so it works the same in the right-to-left scroll box.
    const { scroller } = this;
    let shift = 0;
    if (item) {
      const view = scroller.getBoundingClientRect();
      const at = shapeOf(item).getBoundingClientRect();
      const centre = at.left + at.width / 2;
      if (centre < view.left + 40 || centre > view.right - 40) shift = centre - (view.left + view.right) / 2;
    }
    return () => {
      this.current?.classList.remove('is-current');
      this.current?.removeAttribute('aria-current');
      this.current = item;
      this.here.classList.toggle('is-active', !!item);
      if (!item) return;
      item.classList.add('is-current');
      item.setAttribute('aria-current', 'location');
      this.here.style.transform = `translateX(${item.dataset.x}px)`;
      if (!this.contains(document.activeElement)) this.rove(item);
      if (shift) scroller.scrollBy({ left: shift, behavior: this.reduced.matches ? 'instant' : 'smooth' });
    };
  }

  private rove(item: Item) {
    for (const other of this.items) other.tabIndex = other === item ? 0 : -1;
  }

  private onKey = (event: KeyboardEvent) => {
    const item = itemOf(event.target);
    if (!item) return;
    if (event.key === 'Escape') return this.hide(0);
    const items = this.shown();
    const to = rovingIndex(event.key, items.indexOf(item), items.length);
    if (to === undefined) return;
    event.preventDefault();
    const next = items[to];
    if (next) {
      this.rove(next);
      next.focus();
    }
  };

  /** A mark or column leads to its event's card (CardJump); it is the one being read from now. */
  private onClick = (event: MouseEvent) => {
    const item = itemOf(event.target);
    if (!item || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    this.setCurrent(item);
    this.jump.follow(event, item, slugOf(item), this.bins?.positionOf(slugOf(item)));
  };

  private onFilter = (event: Event) => this.filter((event as CustomEvent<FilterEventDetail>).detail?.visible ?? null);

  private filter(visible: ReadonlySet<string> | null) {
    this.visible = visible;
    const { bins } = this;
    // A column's count needs its events: a long timeline's arrive a moment after the page.
    if (this.density && !bins) return;
    bins?.filter(visible);
    this.items.forEach((item, index) => {
      const out = bins ? bins.isEmpty(index) : !!visible && !visible.has(slugOf(item));
      item.classList.toggle(OUT, out);
      item.toggleAttribute('aria-hidden', out);
      // Touch only what changes: every attribute written is style work for the browser.
      if (out && item.tabIndex !== -1) item.tabIndex = -1;
    });
    if (!this.items.some((item) => item.tabIndex === 0)) this.shown()[0]?.setAttribute('tabindex', '0');
    // Where the reader is now is worked out in the next frame, with the cards the filter left in view.
  }

  private show(item: Item | undefined, focused = false) {
    if (!item) return;
    clearTimeout(this.hideTimer);
    if (focused) this.rove(item);
    const { tip, bins } = this;
    const fields = bins
      ? bins.tipFields(this.items.indexOf(item))
      : { title: item.dataset.tipTitle, date: item.dataset.tipDate, category: item.dataset.tipCategory };
    for (const [field, text] of Object.entries(fields)) tip.querySelector(`[data-tip-${field}]`)!.textContent = text ?? '';
    if (bins) delete tip.dataset.category;
    else tip.dataset.category = item.dataset.category;
    tip.toggleAttribute('data-bin', !!bins);
    tip.hidden = false;
    // Over a mark, or over the whole plot for a bin: never on the bins next to it.
    placeTip(tip, tip.parentElement!, bins ? item : shapeOf(item), tipAbove);
  }

  /** Hides the box after `delay` ms, unless the pointer is on it; after a hover, it goes back to the focused mark. */
  private hide(delay: number) {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => {
      if (this.tip.matches(':hover')) return;
      const focused = itemOf(document.activeElement);
      if (delay && focused && this.contains(focused)) this.show(focused);
      else this.tip.hidden = true;
    }, delay);
  }
}

function itemOf(target: EventTarget | null): Item | undefined {
  return (target instanceof Element && target.closest<Item>('a.overview__mark, a.overview__bin')) || undefined;
}

function shapeOf(item: Item): Element {
  return item.querySelector('.overview__shape, .overview__col') ?? item;
}

function slugOf(item: Item): string {
  return item.dataset.slug!;
}

if (!customElements.get('timeline-overview')) customElements.define('timeline-overview', TimelineOverview);

/**
 * Enhances the server-drawn overview (every mark is already a link to its event, so everything
 * works without this): shows where the reader is on the timeline, moves between marks with the
 * arrow keys, and shows a detail box on hover and on keyboard focus.
 */

import { FILTER_EVENT, type FilterEventDetail } from '../lib/timeline-events.ts';

type Mark = SVGAElement;

class TimelineOverview extends HTMLElement {
  private marks: Mark[] = [];
  private cards: HTMLElement[] = [];
  private current?: Mark;
  private tip!: HTMLElement;
  private scroller!: HTMLElement;
  private here!: SVGGElement;
  private observers: IntersectionObserver[] = [];
  private hideTimer = 0;
  private frame = 0;
  private reduced = matchMedia('(prefers-reduced-motion: reduce)');

  connectedCallback() {
    this.marks = [...this.querySelectorAll<Mark>('a.overview__mark')];
    this.tip = this.querySelector('[data-overview-tip]')!;
    this.scroller = this.querySelector('[data-overview-scroller]')!;
    this.here = this.querySelector('[data-overview-here]')!;
    const slugs = new Set(this.marks.map(slugOf));
    this.cards = [...document.querySelectorAll<HTMLElement>('article.event-card')].filter((card) => slugs.has(card.id));
    // The hint speaks of the timeline below: an embed of the overview alone has none.
    this.querySelector<HTMLElement>('[data-overview-hint]')!.hidden = this.cards.length === 0;

    // One tab stop for the whole chart; the arrow keys move within it.
    this.marks.forEach((mark, index) => (mark.tabIndex = index ? -1 : 0));
    this.addEventListener('keydown', this.onKey);
    this.addEventListener('focusin', (event) => this.show(markOf(event.target), true));
    this.addEventListener('focusout', () => this.hide(0));
    this.addEventListener('pointerover', (event) => this.show(markOf(event.target)));
    this.addEventListener('pointerout', (event) => markOf(event.target) && this.hide(200));
    this.tip.addEventListener('pointerover', () => clearTimeout(this.hideTimer));
    this.tip.addEventListener('pointerout', () => this.hide(200));
    this.addEventListener('click', this.onClick);

    const update = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.follow());
    };
    // Cards crossing the top of the window, and cards coming into and out of view.
    this.observers = [
      new IntersectionObserver(update, { rootMargin: '0px 0px -85% 0px' }),
      new IntersectionObserver(update, { threshold: [0, 0.5, 1] }),
    ];
    for (const observer of this.observers) for (const card of this.cards) observer.observe(card);
    document.addEventListener(FILTER_EVENT, this.onFilter);
  }

  disconnectedCallback() {
    for (const observer of this.observers) observer.disconnect();
    document.removeEventListener(FILTER_EVENT, this.onFilter);
  }

  private shown() {
    return this.marks.filter((mark) => !mark.classList.contains('is-out'));
  }

  /**
   * The card being read: the first one still showing below a line at 15% of the window, or the
   * event just jumped to (by a mark or a link) while its top is in view, even at the foot of the page.
   */
  private follow() {
    const line = innerHeight * 0.15;
    let reading: HTMLElement | undefined;
    for (const card of this.cards) {
      if (card.hidden || !card.offsetParent) continue;
      const { top, bottom } = card.getBoundingClientRect();
      if (`#${card.id}` === decodeURIComponent(location.hash) && top >= 0 && top < innerHeight) {
        reading = card;
        break;
      }
      if (!reading && bottom > line && top < innerHeight) reading = card;
    }
    this.setCurrent(reading && this.marks.find((mark) => slugOf(mark) === reading.id));
  }

  private setCurrent(mark: Mark | undefined) {
    if (mark === this.current) return;
    this.current?.classList.remove('is-current');
    this.current?.removeAttribute('aria-current');
    this.current = mark;
    this.here.classList.toggle('is-active', !!mark);
    if (!mark) return;
    mark.classList.add('is-current');
    mark.setAttribute('aria-current', 'location');
    const x = Number(mark.dataset.x);
    this.here.style.transform = `translateX(${x}px)`;
    if (!this.contains(document.activeElement)) this.rove(mark);
    // Keep the marker in sight when the drawing scrolls sideways (on a phone), without moving the page.
    // Measured on screen, so it works the same in the right-to-left scroll box.
    const { scroller } = this;
    const view = scroller.getBoundingClientRect();
    const at = shapeOf(mark).getBoundingClientRect();
    const centre = at.left + at.width / 2;
    if (centre < view.left + 40 || centre > view.right - 40) {
      scroller.scrollBy({ left: centre - (view.left + view.right) / 2, behavior: this.reduced.matches ? 'instant' : 'smooth' });
    }
  }

  private rove(mark: Mark) {
    for (const other of this.marks) other.tabIndex = other === mark ? 0 : -1;
  }

  private onKey = (event: KeyboardEvent) => {
    const mark = markOf(event.target);
    if (!mark) return;
    if (event.key === 'Escape') return this.hide(0);
    const marks = this.shown();
    const at = marks.indexOf(mark);
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: marks.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = marks[Math.max(0, Math.min(marks.length - 1, to))];
    if (next) {
      this.rove(next);
      next.focus();
    }
  };

  private onClick = (event: MouseEvent) => {
    const mark = markOf(event.target);
    if (!mark || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    this.setCurrent(mark);
    // The link's own jump, made smooth unless the reader asked for less motion.
    if (this.reduced.matches) return;
    const root = document.documentElement.style;
    root.scrollBehavior = 'smooth';
    setTimeout(() => (root.scrollBehavior = ''), 1500);
  };

  private onFilter = (event: Event) => {
    const visible = (event as CustomEvent<FilterEventDetail>).detail?.visible;
    for (const mark of this.marks) {
      const out = !!visible && !visible.has(slugOf(mark));
      mark.classList.toggle('is-out', out);
      mark.toggleAttribute('aria-hidden', out);
      if (out) mark.tabIndex = -1;
    }
    if (!this.marks.some((mark) => mark.tabIndex === 0)) this.shown()[0]?.setAttribute('tabindex', '0');
    this.follow();
  };

  private show(mark: Mark | undefined, focused = false) {
    if (!mark) return;
    clearTimeout(this.hideTimer);
    if (focused) this.rove(mark);
    const { tip } = this;
    for (const field of ['title', 'date', 'category']) {
      tip.querySelector(`[data-tip-${field}]`)!.textContent = mark.getAttribute(`data-tip-${field}`);
    }
    tip.dataset.category = mark.dataset.category;
    tip.hidden = false;
    const frame = (tip.parentElement as HTMLElement).getBoundingClientRect();
    const box = shapeOf(mark).getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(0, Math.min(frame.width - width, box.left + box.width / 2 - frame.left - width / 2));
    // Above the mark if there is room in the window, else below it.
    const above = box.top - tip.offsetHeight - 8 > 0;
    tip.style.left = `${left}px`;
    tip.style.top = `${(above ? box.top - tip.offsetHeight - 8 : box.bottom + 8) - frame.top}px`;
  }

  /** Hides the box after `delay` ms, unless the pointer is on it; after a hover, it goes back to the focused mark. */
  private hide(delay: number) {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => {
      if (this.tip.matches(':hover')) return;
      const focused = markOf(document.activeElement);
      if (delay && focused && this.contains(focused)) this.show(focused);
      else this.tip.hidden = true;
    }, delay);
  }
}

function markOf(target: EventTarget | null): Mark | undefined {
  return (target instanceof Element && target.closest<Mark>('a.overview__mark')) || undefined;
}

function shapeOf(mark: Mark): Element {
  return mark.querySelector('.overview__shape') ?? mark;
}

function slugOf(mark: Mark): string {
  return mark.dataset.slug!;
}

if (!customElements.get('timeline-overview')) customElements.define('timeline-overview', TimelineOverview);

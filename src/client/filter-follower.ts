import { FILTER_EVENT, type FilterEventDetail } from '../lib/timeline-events.ts';

/**
 * What a chart's status line does to follow the timeline's filter: listen for it, remember each
 * link's own accessible name before adding to it, add a note to an item it dims, and say in its
 * own text what the filter leaves. A chart's element extends it with what it dims (`follow`), part
 * by part (`parts`) as each comes near the window.
 */
export abstract class FilterFollower extends HTMLElement {
  /** Each link's own accessible name, before anything was added to it. */
  private names = new Map<Element, string>();
  /** Whether the filter has spoken yet (a filter in the address speaks as the page loads). */
  private filtered = false;
  /** What the filter last said: the parts of the chart that come near the window follow it then. */
  private detail: FilterEventDetail | undefined;
  /** The parts of the chart (its drawings, its lists) within a screen's height of the window. */
  private nearParts = new Set<Element>();
  private observer: IntersectionObserver | undefined;

  connectedCallback() {
    document.addEventListener(FILTER_EVENT, this.onFilter);
    const figure = this.figure();
    // A chart away from the window follows the filter when the reader gets near it, not at once:
    // restyling the hundreds of marks of a long timeline's chart took most of a filter's time,
    // while the reader, at the filter bar, could not see them. Its status line follows at once.
    const parts = this.parts(figure);
    this.observer = new IntersectionObserver(
      (entries) => {
        let closer = false;
        for (const entry of entries) {
          if (entry.isIntersecting && !this.nearParts.has(entry.target)) closer = true;
          this.nearParts[entry.isIntersecting ? 'add' : 'delete'](entry.target);
        }
        if (closer && this.filtered) this.follow(this.detail, figure);
      },
      { rootMargin: '100% 0px' },
    );
    for (const part of parts) this.observer.observe(part);
    // Keyboard focus inside a part that has not caught up yet: it does now, before it is read out.
    figure.addEventListener('focusin', (event) => {
      const part = parts.find((one) => one.contains(event.target as Node));
      if (!part || this.nearParts.has(part)) return;
      this.nearParts.add(part);
      if (this.filtered) this.follow(this.detail, figure);
    });
    // Following "no filter" changes nothing on the page, but runs the chart's loops once (and notes
    // the names of the links near the window): done while the page is idle, the reader's first
    // filter is not the first run (tens of ms at 2,000 events).
    // Not once a filter has come: that would undo it.
    (window.requestIdleCallback ?? setTimeout)(() => this.isConnected && !this.filtered && this.follow(undefined, figure));
  }

  disconnectedCallback() {
    document.removeEventListener(FILTER_EVENT, this.onFilter);
    this.observer?.disconnect();
  }

  private figure(): Element {
    return this.closest('figure') ?? document.documentElement;
  }

  private onFilter = (event: Event) => {
    this.filtered = true;
    this.detail = (event as CustomEvent<FilterEventDetail>).detail;
    this.follow(this.detail, this.figure());
  };

  /** The parts of the chart whose marks follow the filter, each once it is near the window. */
  protected abstract parts(figure: Element): Element[];

  /**
   * Says in the status line what the filter leaves, and dims what it hides in the parts near the
   * window (`isNear`); called again, with the same filter, as further parts come near.
   */
  protected abstract follow(detail: FilterEventDetail | undefined, figure: Element): void;

  /** Whether a part's marks follow the filter now: it is near the window (or has focus inside). */
  protected isNear(part: Element | null | undefined): boolean {
    return !!part && this.nearParts.has(part);
  }

  /**
   * Dims a link or not, its accessible name saying so (`why` added to its own name), with the
   * chart's own class (`outClass`, as the items below). A class shared by several charts' rules
   * would make its every change look for what all those rules style inside the element.
   */
  protected dimLink(link: Element, out: boolean, why: (name: string) => string, outClass: string) {
    if (!this.names.has(link)) this.names.set(link, link.getAttribute('aria-label') ?? '');
    // Touch only what changes: a long timeline's chart has hundreds of points.
    if (link.classList.contains(outClass) === out) return;
    link.classList.toggle(outClass, out);
    link.setAttribute('aria-label', out ? why(this.names.get(link)!) : this.names.get(link)!);
  }

  /**
   * Dims an item of a list or not (its own class, `outClass`), with a visible note while it is
   * dimmed. The note is made the first time the item is followed, hidden (the run while the page is
   * idle, for a part near the window), so that the reader's first filter does not add elements to
   * the page.
   */
  protected dimItem(item: HTMLElement, out: boolean, outClass: string, noteClass: string, text: string, place: (note: HTMLElement) => void) {
    item.classList.toggle(outClass, out);
    let note = item.querySelector<HTMLElement>(`.${noteClass}`);
    if (!note) {
      note = document.createElement('p');
      note.className = noteClass;
      note.textContent = text;
      note.hidden = true;
      place(note);
    }
    if (note.hidden === out) note.hidden = !out;
  }

  protected say(text: string) {
    if (this.textContent !== text) this.textContent = text;
  }
}

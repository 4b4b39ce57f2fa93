import { FILTER_EVENT, type FilterEventDetail } from '../lib/timeline-events.ts';

/**
 * What a chart's status line does to follow the timeline's filter: listen for it, remember each
 * link's own accessible name before adding to it, add a note to an item it dims, and say in its
 * own text what the filter leaves. A chart's element extends it with what it dims (`follow`).
 */
export abstract class FilterFollower extends HTMLElement {
  /** Each link's own accessible name, before anything was added to it. */
  private names = new Map<Element, string>();
  /** Whether the filter has spoken yet (a filter in the address speaks as the page loads). */
  private filtered = false;

  connectedCallback() {
    document.addEventListener(FILTER_EVENT, this.onFilter);
    // Following "no filter" changes nothing on the page, but runs every loop of the chart once and
    // notes each link's name: done while the page is idle, the reader's first filter is not the
    // first run (tens of ms at 2,000 events).
    // Not once a filter has come: that would undo it.
    (window.requestIdleCallback ?? setTimeout)(() => this.isConnected && !this.filtered && this.follow(undefined, this.closest('figure') ?? document));
  }

  disconnectedCallback() {
    document.removeEventListener(FILTER_EVENT, this.onFilter);
  }

  private onFilter = (event: Event) => {
    this.filtered = true;
    this.follow((event as CustomEvent<FilterEventDetail>).detail, this.closest('figure') ?? document);
  };

  protected abstract follow(detail: FilterEventDetail | undefined, figure: ParentNode): void;

  /**
   * Dims a link or not, its accessible name saying so (`why` added to its own name). A chart with
   * hundreds of links gives its own class (`outClass`), styled only on the marks inside, so that the
   * browser restyles the marks and not every link too (a class that some rule styles on the element
   * itself, as `is-out`, restyles the element at every change).
   */
  protected dimLink(link: Element, out: boolean, why: (name: string) => string, outClass = 'is-out') {
    if (!this.names.has(link)) this.names.set(link, link.getAttribute('aria-label') ?? '');
    // Touch only what changes: a long timeline's chart has hundreds of points.
    if (link.classList.contains(outClass) === out) return;
    link.classList.toggle(outClass, out);
    link.setAttribute('aria-label', out ? why(this.names.get(link)!) : this.names.get(link)!);
  }

  /** Dims an item of a list or not, with a visible note while it is dimmed. */
  protected dimItem(item: HTMLElement, out: boolean, noteClass: string, text: string, place: (note: HTMLElement) => void) {
    item.classList.toggle('is-out', out);
    let note = item.querySelector<HTMLElement>(`.${noteClass}`);
    if (out && !note) {
      note = document.createElement('p');
      note.className = noteClass;
      note.textContent = text;
      place(note);
    }
    if (note) note.hidden = !out;
  }

  protected say(text: string) {
    if (this.textContent !== text) this.textContent = text;
  }
}

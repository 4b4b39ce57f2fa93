import { formatCaracasDay } from '../lib/caracas-time.ts';
import { formatNumber } from '../lib/figures.ts';
import type { Activity } from '../lib/latest.ts';
import { beginPageView, countSince, describeSince, markAllRead, markFor, type SinceWords } from '../lib/since-visit.ts';
import { CARDS_EVENT, FILTER_EVENT, type CardsEventDetail, type FilterEventDetail } from '../lib/timeline-events.ts';

interface SinceData {
  words: SinceWords & { newMark: string; correctedMark: string; markSuffix: string };
  activity: Activity[];
  total: number;
}

const MARK_CLASS = 'since-mark';

/**
 * Marks the cards added (`data-new`, "New") or corrected (`data-corrected`, "Corrected") since
 * the reader's last visit, those of a long timeline's later parts too as they arrive, and says
 * above the entries how many there are, with a link to the first shown and "mark all as read".
 * The times come from each card's data-added and data-corrected-at; the last visit from the
 * reader's own browser (lib/since-visit.ts). A first visit, or a browser that keeps nothing, marks nothing.
 */
class SinceLastVisit extends HTMLElement {
  private data!: SinceData;
  private since: number | undefined;
  /** The events the filter shows (null: all). */
  private visible: ReadonlySet<string> | null = null;

  connectedCallback() {
    this.data = JSON.parse(this.querySelector('[data-since]')?.textContent ?? 'null') as SinceData;
    try {
      this.since = beginPageView(localStorage, sessionStorage, Date.now());
    } catch {
      // Storage switched off (a strict privacy setting): there is no last visit to speak of.
      return;
    }
    if (this.since === undefined || !this.data) return;
    const counts = countSince(this.data.activity, this.data.total, this.since);
    if (counts.added + counts.corrected === 0) return;
    this.mark(document.querySelectorAll<HTMLElement>('article.event-card[data-added]'));
    document.addEventListener(CARDS_EVENT, (event) => {
      this.mark((event as CustomEvent<CardsEventDetail>).detail.cards);
      this.pointAtFirst();
    });
    // The first one shown: a filter may hide the first one on the page.
    document.addEventListener(FILTER_EVENT, (event) => {
      this.visible = (event as CustomEvent<FilterEventDetail>).detail?.visible ?? null;
      requestAnimationFrame(() => this.pointAtFirst());
    });
    const intl = this.dataset.intl!;
    const date = formatCaracasDay(this.since, intl, Date.now());
    this.querySelector('[data-since-text]')!.textContent = describeSince(counts, date, this.data.words, (count) => formatNumber(count, intl));
    this.querySelector('[data-since-read]')!.addEventListener('click', () => this.readAll());
    this.pointAtFirst();
    this.hidden = false;
  }

  private mark(cards: Iterable<HTMLElement>) {
    const { words } = this.data;
    for (const card of cards) {
      const added = Date.parse(card.dataset.added ?? '');
      const corrected = card.dataset.correctedAt ? Date.parse(card.dataset.correctedAt) : undefined;
      const mark = Number.isNaN(added) ? undefined : markFor(added, corrected, this.since!);
      if (!mark || card.querySelector(`.${MARK_CLASS}`)) continue;
      card.toggleAttribute(mark === 'new' ? 'data-new' : 'data-corrected', true);
      const label = document.createElement('span');
      label.className = MARK_CLASS;
      label.textContent = mark === 'new' ? words.newMark : words.correctedMark;
      const suffix = document.createElement('span');
      suffix.className = 'visually-hidden';
      suffix.textContent = words.markSuffix;
      label.append(suffix);
      card.querySelector('.event-card__meta')?.prepend(label);
    }
  }

  /** "Go to the first": the first marked card the filter shows, in the page's order; else the latest page, where they lead. */
  private pointAtFirst() {
    const link = this.querySelector<HTMLAnchorElement>('[data-since-first]')!;
    link.dataset.latest ??= link.getAttribute('href')!;
    // Read from the filter's own list: a card far from the window may not be marked yet (timeline-card-filter.ts).
    const marked = document.querySelectorAll<HTMLElement>('article.event-card:is([data-new], [data-corrected])');
    const first = [...marked].find((card) => !this.visible || this.visible.has(card.id));
    link.setAttribute('href', first ? `#${first.id}` : link.dataset.latest);
  }

  private readAll() {
    try {
      markAllRead(localStorage, sessionStorage, Date.now());
    } catch {
      // Nothing could be kept: the marks still go for this page.
    }
    for (const card of document.querySelectorAll<HTMLElement>('article.event-card:is([data-new], [data-corrected])')) {
      card.removeAttribute('data-new');
      card.removeAttribute('data-corrected');
      card.querySelector(`.${MARK_CLASS}`)?.remove();
    }
    this.since = Date.now();
    this.querySelector<HTMLElement>('[data-since-notice]')!.hidden = true;
    // The button is gone: focus and screen readers go to what happened.
    const done = this.querySelector<HTMLElement>('[data-since-done]')!;
    done.textContent = done.dataset.text ?? '';
    done.focus();
  }
}

if (!customElements.get('since-last-visit')) customElements.define('since-last-visit', SinceLastVisit);

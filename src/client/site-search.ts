import { formatNumber } from '../lib/figures.ts';
import { fill } from '../lib/i18n/fill.ts';
import { afterNextPaint } from './after-paint.ts';
import { openSearch } from './search-client.ts';
import type { FindPages, FoundPage } from './search-engine.ts';

/**
 * Searches the static Pagefind index that the build wrote into the site itself: the query never
 * leaves the reader's browser except as requests for index files on this same site. Results
 * follow the words as they are typed, ten at a time; the address keeps the query, so a search can
 * be shared (and, without JavaScript, the form sends it, and the page says what to do).
 */
class SiteSearch extends HTMLElement {
  private find!: FindPages;
  /** The latest search started: an earlier one's results, arriving late, are dropped. */
  private latest = 0;
  private query = '';
  private count = 0;
  private input!: HTMLInputElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;

  connectedCallback() {
    this.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
    this.input = this.querySelector<HTMLInputElement>('input[name=q]')!;
    this.list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    this.more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
    this.input.value = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    // The reader came here to search: the index loads now, not at the first word.
    this.find = openSearch(this.dataset.index!);
    this.input.addEventListener('input', () => void this.search());
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    this.more.addEventListener('click', () => void this.showMore());
    if (this.input.value) void this.search();
  }

  private async search() {
    const query = this.input.value.trim();
    const run = ++this.latest;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    if (!query) {
      status.textContent = '';
      this.show([], run);
      this.keepInAddress(query, run);
      return;
    }
    if (!this.list.childElementCount) status.textContent = status.dataset.loading ?? '';
    const { count, pages } = await this.find(query, 0);
    if (run !== this.latest) return;
    this.query = query;
    this.count = count;
    const shown = formatNumber(count, document.documentElement.lang);
    status.textContent = count ? fill((count === 1 ? status.dataset.result : status.dataset.results) ?? '', { count: shown, query }) : (status.dataset.none ?? '');
    this.show(pages, run);
    this.keepInAddress(query, run);
  }

  /**
   * The address keeps the query whose results are shown, written once they are painted: at a new
   * address Chromium asks for the page's icon again, which would hold up the results.
   */
  private keepInAddress(query: string, run: number) {
    afterNextPaint(() => {
      if (run === this.latest) history.replaceState(history.state, '', query ? `?${new URLSearchParams({ q: query })}` : location.pathname);
    });
  }

  /** The next ten results, below those shown; the keyboard goes on from the first of them. */
  private async showMore() {
    const run = this.latest;
    const from = this.list.childElementCount;
    const { pages } = await this.find(this.query, from);
    if (run !== this.latest) return;
    this.show(pages, run, true);
    this.list.children[from]?.querySelector('a')?.focus();
  }

  private show(pages: FoundPage[], run: number, append = false) {
    if (run !== this.latest) return;
    const items = pages.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.title;
      const excerpt = document.createElement('p');
      // Text, not HTML: the words matched in a <mark> of their own.
      excerpt.append(
        ...page.excerpt.map(({ text, found }) => {
          if (!found) return text;
          const mark = document.createElement('mark');
          mark.textContent = text;
          return mark;
        }),
      );
      item.append(link, excerpt);
      return item;
    });
    if (append) this.list.append(...items);
    else this.list.replaceChildren(...items);
    this.more.hidden = this.list.childElementCount >= this.count || !pages.length;
  }
}

customElements.define('site-search', SiteSearch);

import { fill } from '../lib/i18n/fill.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; date?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Results shown at a time: each is a file of its own to fetch, and a page of ten is read at a glance. */
const PAGE = 10;

/**
 * Searches the static Pagefind index that the build wrote into the site itself: the query never
 * leaves the reader's browser except as requests for index files on this same site. Results
 * follow the words as they are typed, ten at a time; the address keeps the query, so a search can
 * be shared (and, without JavaScript, the form sends it, and the page says what to do).
 */
class SiteSearch extends HTMLElement {
  private index?: Promise<Pagefind>;
  /** The latest search started: an earlier one's results, arriving late, are dropped. */
  private latest = 0;
  private results: PagefindResult[] = [];
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
    this.index = (import(/* @vite-ignore */ this.dataset.index!) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.init();
      return pagefind;
    });
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
    history.replaceState(history.state, '', query ? `?${new URLSearchParams({ q: query })}` : location.pathname);
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    if (!query) {
      status.textContent = '';
      this.show([], run);
      return;
    }
    if (!this.list.childElementCount) status.textContent = status.dataset.loading ?? '';
    const { results } = await (await this.index!).search(query);
    const first = await Promise.all(results.slice(0, PAGE).map((result) => result.data()));
    if (run !== this.latest) return;
    this.results = results;
    const count = new Intl.NumberFormat(document.documentElement.lang).format(results.length);
    status.textContent = results.length ? fill(status.dataset.results ?? '', { count, query }) : (status.dataset.none ?? '');
    this.show(first, run);
  }

  /** The next ten results, below those shown; the keyboard goes on from the first of them. */
  private async showMore() {
    const run = this.latest;
    const from = this.list.childElementCount;
    const next = await Promise.all(this.results.slice(from, from + PAGE).map((result) => result.data()));
    if (run !== this.latest) return;
    this.show(next, run, true);
    this.list.children[from]?.querySelector('a')?.focus();
  }

  private show(pages: Awaited<ReturnType<PagefindResult['data']>>[], run: number, append = false) {
    if (run !== this.latest) return;
    const items = pages.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.meta.title ?? page.url;
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text and adds only <mark> around the matched words.
      excerpt.innerHTML = page.excerpt;
      item.append(link, excerpt);
      return item;
    });
    if (append) this.list.append(...items);
    else this.list.replaceChildren(...items);
    this.more.hidden = this.list.childElementCount >= this.results.length || !pages.length;
  }
}

customElements.define('site-search', SiteSearch);

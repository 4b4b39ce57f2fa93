import { fill } from '../lib/i18n/fill.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; date?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/**
 * Searches the static Pagefind index that the build wrote into the site itself: the query never
 * leaves the reader's browser except as requests for index files on this same site. Results
 * follow the words as they are typed; the address keeps the query, so a search can be shared
 * (and, without JavaScript, the form sends it, and the page says what to do).
 */
class SiteSearch extends HTMLElement {
  private index?: Promise<Pagefind>;
  /** The latest search started: an earlier one's results, arriving late, are dropped. */
  private latest = 0;
  private input!: HTMLInputElement;

  connectedCallback() {
    this.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
    this.input = this.querySelector<HTMLInputElement>('input[name=q]')!;
    this.input.value = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    // The reader came here to search: the index loads now, not at the first word.
    this.index = import(/* @vite-ignore */ this.dataset.index!) as Promise<Pagefind>;
    this.input.addEventListener('input', () => void this.search());
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    if (this.input.value) void this.search();
  }

  private async search() {
    const query = this.input.value.trim();
    const run = ++this.latest;
    history.replaceState(history.state, '', query ? `?${new URLSearchParams({ q: query })}` : location.pathname);
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    if (!list.childElementCount) status.textContent = status.dataset.loading ?? '';
    const { results } = await (await this.index!).search(query);
    const pages = await Promise.all(results.slice(0, 50).map((result) => result.data()));
    if (run !== this.latest) return;
    status.textContent = pages.length ? fill(status.dataset.results ?? '', { count: pages.length, query }) : (status.dataset.none ?? '');
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.meta.title ?? page.url;
        const excerpt = document.createElement('p');
        // Pagefind escapes the page text and adds only <mark> around the matched words.
        excerpt.innerHTML = page.excerpt;
        item.append(link, excerpt);
        return item;
      }),
    );
  }
}

customElements.define('site-search', SiteSearch);

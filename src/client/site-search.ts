import { fill } from '../lib/i18n/fill.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; date?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/**
 * Searches the static Pagefind index that the build wrote into the site itself: the query never
 * leaves the reader's browser except as requests for index files on this same site.
 */
class SiteSearch extends HTMLElement {
  async connectedCallback() {
    this.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const input = this.querySelector<HTMLInputElement>('input[name=q]')!;
    input.value = query;
    if (!query) return;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    status.textContent = status.dataset.loading ?? '';
    const pagefind = (await import(/* @vite-ignore */ this.dataset.index!)) as Pagefind;
    const { results } = await pagefind.search(query);
    const pages = await Promise.all(results.slice(0, 50).map((result) => result.data()));
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

import { excerptParts, type ExcerptPart } from '../lib/search-excerpt.ts';

/** One search result as the page shows it: the event's link and title, and the words around the match. */
export interface FoundPage {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}
/** How many events a query found, and the ones asked for. */
export interface Found {
  count: number;
  pages: FoundPage[];
}
/** The results of `query` from `from` on, a page of them at a time. */
export type FindPages = (query: string, from: number) => Promise<Found>;

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: { basePath: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Results fetched at a time: each is a file of its own, and a page of ten is read at a glance. */
const PAGE = 10;

/**
 * Searches the Pagefind bundle at `index` (its pagefind.js, a path on this site), loading it now.
 * Only the page of results asked for leaves here: a query matches thousands of events at 10,000,
 * and each result handed on costs a copy.
 */
export function pagefindSearch(index: string): FindPages {
  const ready = (import(/* @vite-ignore */ index) as Promise<Pagefind>).then(async (pagefind) => {
    // Given as a path, the bundle's place gives results' links as paths too: Pagefind would
    // otherwise take its module's full address, and in a worker keep the host in every link.
    await pagefind.options({ basePath: index.slice(0, index.lastIndexOf('/') + 1) });
    await pagefind.init();
    return pagefind;
  });
  let latest: { query: string; results: Promise<PagefindResult[]> } | undefined;
  return async (query, from) => {
    if (latest?.query !== query) latest = { query, results: ready.then(async (pagefind) => (await pagefind.search(query)).results) };
    let results: PagefindResult[];
    try {
      results = await latest.results;
    } catch (error) {
      // A search that failed (the network, say) is tried again when asked again.
      latest = undefined;
      throw error;
    }
    const pages = await Promise.all(results.slice(from, from + PAGE).map((result) => result.data()));
    return { count: results.length, pages: pages.map((page) => ({ url: page.url, title: page.meta.title ?? page.url, excerpt: excerptParts(page.excerpt) })) };
  };
}

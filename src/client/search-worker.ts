import { pagefindSearch, type FindPages } from './search-engine.ts';

/** What the search page asks: load the bundle at `index`, and, with a query, a page of its results. */
export interface SearchRequest {
  id: number;
  index: string;
  query?: string;
  from?: number;
}

/**
 * Runs the search off the page's thread, Pagefind included (with no page here, Pagefind runs in
 * this worker rather than starting one of its own). The page gets one small message per page of
 * results: Pagefind's own worker sends every result found, thousands at 10,000 events, and one
 * message per result's data.
 */
let find: FindPages | undefined;
self.addEventListener('message', async ({ data }: MessageEvent<SearchRequest>) => {
  find ??= pagefindSearch(data.index);
  if (data.query === undefined) return;
  try {
    self.postMessage({ id: data.id, ...(await find(data.query, data.from ?? 0)) });
  } catch (error) {
    self.postMessage({ id: data.id, error: String(error) });
  }
});

import { pagefindSearch, type Found, type FindPages } from './search-engine.ts';
import type { SearchRequest } from './search-worker.ts';

/**
 * The search, run in a worker of its own (src/client/search-worker.ts), loading its index now.
 * Where the worker cannot start or load (a browser without module workers), the same search runs
 * here, and Pagefind starts a worker of its own if it can.
 */
export function openSearch(index: string): FindPages {
  const waiting = new Map<number, { query: string; from: number; done: (found: Found) => void; failed: (error: Error) => void }>();
  let here: FindPages | undefined;
  let next = 0;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return pagefindSearch(index);
  }
  worker.addEventListener('error', () => {
    worker.terminate();
    here ??= pagefindSearch(index);
    for (const [id, { query, from, done, failed }] of waiting) {
      waiting.delete(id);
      here(query, from).then(done, failed);
    }
  });
  worker.addEventListener('message', ({ data }: MessageEvent<Found & { id: number; error?: string }>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.error !== undefined) request?.failed(new Error(data.error));
    else request?.done(data);
  });
  const send = (request: SearchRequest) => worker.postMessage(request);
  send({ id: next++, index });
  return (query, from) =>
    here?.(query, from) ??
    new Promise((done, failed) => {
      const id = next++;
      waiting.set(id, { query, from, done, failed });
      send({ id, index, query, from });
    });
}

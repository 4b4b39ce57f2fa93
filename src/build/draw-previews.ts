import { access } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PreviewText } from '../lib/preview/card.ts';
import { previewCacheFile, renderPreview } from './preview-image.ts';

/** Below this many cards, starting threads (each loads satori, resvg and the fonts) costs more than it saves. */
const WORKER_THRESHOLD = 16;

const missing = (file: string) => access(file).then(() => false, () => true);

/**
 * Draws into the cache every card not there yet, and returns how many it drew. Drawing is CPU
 * work (satori lays out, resvg rasterises), so many cards are shared among worker threads, one
 * per core: a cold build draws them while the main thread renders the pages.
 */
export async function drawMissingPreviews(texts: PreviewText[]): Promise<number> {
  const unique = new Map(texts.map((text) => [previewCacheFile(text), text]));
  const flags = await Promise.all([...unique.keys()].map(missing));
  const todo = [...unique.values()].filter((_, i) => flags[i]);
  if (todo.length < WORKER_THRESHOLD) {
    for (const text of todo) await renderPreview(text);
    return todo.length;
  }
  const threads = Math.min(availableParallelism(), Math.ceil(todo.length / WORKER_THRESHOLD));
  const shares = Array.from({ length: threads }, (_, i) => todo.filter((__, j) => j % threads === i));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((done, fail) => {
          const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { workerData: share });
          worker.once('message', () => done());
          worker.once('error', fail);
          worker.once('exit', (code) => (code === 0 ? done() : fail(new Error(`A preview worker stopped with code ${code}`))));
        }),
    ),
  );
  return todo.length;
}

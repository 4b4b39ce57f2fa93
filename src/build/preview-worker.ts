import { parentPort, workerData } from 'node:worker_threads';
import type { PreviewText } from '../lib/preview/card.ts';
import { renderPreview } from './preview-image.ts';

// A worker thread of src/build/draw-previews.ts: draws its share of the missing cards into the cache.
for (const text of workerData as PreviewText[]) await renderPreview(text);
parentPort!.postMessage('done');

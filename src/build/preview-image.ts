import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import satori from 'satori';
import { previewCard, PREVIEW_SIZE, type PreviewText } from '../lib/preview/card.ts';

/**
 * Renders a link-preview PNG: satori lays the card out with a font shipped in an npm package
 * (Noto Sans, Latin and Latin Extended, for Spanish too), resvg draws it. Nothing is fetched.
 * A rendered image is kept in node_modules/.cache under a hash of its text and of this renderer,
 * so a rebuild redraws only the cards whose text changed.
 */
const RENDERER_VERSION = '1';
const require = createRequire(import.meta.url);
const CACHE_DIR = resolve(process.cwd(), 'node_modules/.cache/timeline-previews');

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  const file = (subset: string, weight: 400 | 700) => require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);
  fonts ??= Promise.all(
    (['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({ name: 'Noto Sans', data: await readFile(file(subset, weight)), weight, style: 'normal' as const })),
    ),
  );
  return fonts;
}

/** The cache file of a card's image, drawn or not yet. */
export function previewCacheFile(text: PreviewText): string {
  const key = createHash('sha256').update(JSON.stringify([RENDERER_VERSION, PREVIEW_SIZE, text])).digest('hex').slice(0, 32);
  return join(CACHE_DIR, `${key}.png`);
}

export async function renderPreview(text: PreviewText): Promise<Buffer> {
  const cached = previewCacheFile(text);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn yet: draw it below.
  }
  const svg = await satori(previewCard(text) as Parameters<typeof satori>[0], { ...PREVIEW_SIZE, fonts: await loadFonts() });
  const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng();
  await mkdir(CACHE_DIR, { recursive: true });
  // Written under a temporary name first, so a build stopped half-way never leaves a broken image in the cache.
  // The thread id too: worker threads share the process id.
  const partial = `${cached}.${process.pid}.${threadId}.tmp`;
  await writeFile(partial, png);
  await rename(partial, cached);
  return png;
}

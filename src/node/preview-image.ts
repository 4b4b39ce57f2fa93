import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import satori from 'satori';
import sharp from 'sharp';
import { previewCard, PREVIEW_PICTURE, PREVIEW_SIZE, type PreviewPicture, type PreviewText } from '../lib/preview/card.ts';

/**
 * Renders a link-preview PNG: satori lays the card out with a font shipped in an npm package
 * (Noto Sans, Latin and Latin Extended, for Spanish too), resvg draws it. Nothing is fetched.
 * A rendered image is kept in node_modules/.cache under a hash of its text and of this renderer,
 * so a rebuild redraws only the cards whose text changed.
 */
const RENDERER_VERSION = '2';
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

/** The cache file of a card's image, drawn or not yet. A photo counts by its size and time of change, so a new photo under the same name is drawn anew. */
export function previewCacheFile(text: PreviewText): string {
  const photo = text.picture?.kind === 'photo' ? statSync(text.picture.file) : undefined;
  const key = createHash('sha256')
    .update(JSON.stringify([RENDERER_VERSION, PREVIEW_SIZE, text, photo && [photo.size, photo.mtimeMs]]))
    .digest('hex')
    .slice(0, 32);
  return join(CACHE_DIR, `${key}.png`);
}

/** The picture as a data: address for satori: the photo cropped to fill the panel, the map as it is. */
async function pictureSrc(picture: PreviewPicture): Promise<string> {
  if (picture.kind === 'map') return `data:image/svg+xml;base64,${Buffer.from(picture.svg).toString('base64')}`;
  const jpeg = await sharp(picture.file).rotate().resize(PREVIEW_PICTURE.width, PREVIEW_PICTURE.height, { fit: 'cover' }).jpeg({ quality: 82 }).toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

export async function renderPreview(text: PreviewText): Promise<Buffer> {
  const cached = previewCacheFile(text);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn yet: draw it below.
  }
  const picture = text.picture && (await pictureSrc(text.picture));
  const svg = await satori(previewCard(text, picture) as Parameters<typeof satori>[0], { ...PREVIEW_SIZE, fonts: await loadFonts() });
  const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng();
  await mkdir(CACHE_DIR, { recursive: true });
  // Written under a temporary name first, so a build stopped half-way never leaves a broken image in the cache.
  // The thread id too: worker threads share the process id.
  const partial = `${cached}.${process.pid}.${threadId}.tmp`;
  await writeFile(partial, png);
  await rename(partial, cached);
  return png;
}

import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawMissingPreviews } from '../build/draw-previews.ts';
import { receivePreviews, type PreviewJob } from '../build/preview-handover.ts';
import { previewCacheFile } from '../build/preview-image.ts';

/** Puts the cached image at its address in dist/: a hard link costs no copy; another disk gets a copy. */
async function place(cached: string, target: string): Promise<void> {
  try {
    await link(cached, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') await rm(target);
    else if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    await (code === 'EEXIST' ? link(cached, target).catch(() => copyFile(cached, target)) : copyFile(cached, target));
  }
}

/**
 * The link-preview PNGs (/es/previews/<slug>.png, /en/…, site.png), written outside Astro's routes.
 * As routes, each of thousands of images cost Astro a render and a write even when cached (about
 * 6 ms each, 12 s at 1,000 entries). Here the event pages hand over every image's text at the start
 * of the build (src/data/previews.ts), the missing images are drawn in worker threads while the
 * pages render, and at the end each is hard-linked from the cache (src/build/preview-image.ts) into
 * dist/. `astro dev` serves them from an injected route instead, drawn on request.
 */
export function previewImages(): AstroIntegration {
  let handedOver: Promise<{ jobs: PreviewJob[]; drawn: number }> | undefined;
  return {
    name: 'timeline:previews',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/[lang]/previews/[slug].png', entrypoint: new URL('../routes/preview.png.ts', import.meta.url), prerender: true });
      },
      'astro:build:start': () => {
        receivePreviews((jobs) => {
          handedOver ??= jobs.then(async (list) => ({ jobs: list, drawn: await drawMissingPreviews(list.map((job) => job.text)) }));
          // Awaited in astro:build:done; until then a failure must not count as unhandled.
          handedOver.catch(() => {});
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        receivePreviews(undefined);
        if (!handedOver) throw new Error('No preview images were handed over: the event pages call handOverSitePreviews() in getStaticPaths.');
        const { jobs, drawn } = await handedOver;
        handedOver = undefined;
        const out = fileURLToPath(dir);
        for (const folder of new Set(jobs.map((job) => dirname(join(out, job.file))))) await mkdir(folder, { recursive: true });
        await Promise.all(jobs.map((job) => place(previewCacheFile(job.text), join(out, job.file))));
        logger.info(`preview images: ${jobs.length} (${drawn} drawn)`);
      },
    },
  };
}

import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPreview } from '../../../node/preview-image.ts';
import { previewCards } from '../../../data/previews.ts';

/** The site's link-preview card and each of the latest entries' own (src/data/previews.ts says which). */
export const getStaticPaths = (() => previewCards()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderPreview(props.text)), { headers: { 'content-type': 'image/png' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPreview } from '../../../../node/preview-image.ts';
import { placesCards } from '../../../../data/previews.ts';

/** The link-preview card shared by the entries of the same places: where they happened, on the map. */
export const getStaticPaths = (() => placesCards()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderPreview(props.text)), { headers: { 'content-type': 'image/png' } });

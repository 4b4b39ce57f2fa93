import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPreview } from '../build/preview-image.ts';
import { previewText } from '../data/previews.ts';
import { editionOf } from '../data/site.ts';
import { LOCALES } from '../lib/i18n/strings.ts';
import { loadContent } from '../data/timeline.ts';

/**
 * A link-preview card per event and one for the site, drawn on request: `astro dev` only
 * (src/integrations/previews.ts injects this route; a build writes the images itself).
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const { timeline } = await loadContent();
  return LOCALES.flatMap((lang) => [{ params: { lang, slug: 'site' } }, ...timeline.events.map((event) => ({ params: { lang, slug: event.slug } }))]);
};

export const GET: APIRoute = async ({ params }) => {
  const edition = editionOf(params);
  const { timeline, positionOf } = await loadContent(edition.locale);
  const png = await renderPreview(previewText(edition, timeline.events[positionOf.get(params.slug!) ?? -1]));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

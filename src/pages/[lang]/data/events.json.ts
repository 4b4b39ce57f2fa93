import type { APIRoute } from 'astro';
import { editionOf, editionPaths } from '../../../data/site.ts';
import { loadContent } from '../../../data/content.ts';
import { eventsJson } from '../../../lib/open-data/events-json.ts';
import { DATA_LICENCE } from '../../../lib/open-data/licence.ts';
import { absoluteUrl } from '../../../lib/site-url.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ site, params }) => {
  const edition = editionOf(params);
  const { t, paths } = edition;
  const { timeline } = await loadContent(edition.locale);
  const body = eventsJson(timeline, (slug) => absoluteUrl(site!, paths.event(slug)), {
    title: t.siteTitle,
    licence: DATA_LICENCE.short,
    licenceUrl: DATA_LICENCE.url,
    documentation: absoluteUrl(site!, paths.data()),
  });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

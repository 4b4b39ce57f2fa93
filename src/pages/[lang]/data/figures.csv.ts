import type { APIRoute } from 'astro';
import { editionOf, editionPaths } from '../../../data/site.ts';
import { loadContent } from '../../../data/content.ts';
import { figuresCsv } from '../../../lib/open-data/figures-csv.ts';
import { absoluteUrl } from '../../../lib/site-url.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ site, params }) => {
  const edition = editionOf(params);
  const { paths } = edition;
  const { timeline } = await loadContent(edition.locale);
  const body = figuresCsv(timeline.events, (slug) => absoluteUrl(site!, paths.event(slug)));
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

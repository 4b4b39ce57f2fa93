import type { APIRoute } from 'astro';
import { edition as editionFor } from '../../data/site.ts';
import { loadContent } from '../../data/timeline.ts';
import { figuresCsv } from '../../lib/open-data/figures-csv.ts';
import { absoluteUrl } from '../../lib/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const { paths } = editionFor();
  const { timeline } = await loadContent();
  const body = figuresCsv(timeline.events, (slug) => absoluteUrl(site!, paths.event(slug)));
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

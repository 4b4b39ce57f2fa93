import type { APIRoute } from 'astro';
import { editionOf, editionPaths } from '../../../data/site.ts';
import { loadContent } from '../../../data/content.ts';
import { facetTable } from '../../../lib/facet-index.ts';

export const getStaticPaths = editionPaths;

/** Every event's facets, which the filter of a timeline sent in parts fetches as the page loads. */
export const GET: APIRoute = async ({ params }) => {
  const { timeline } = await loadContent(editionOf(params).locale);
  return new Response(JSON.stringify(facetTable(timeline.events)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

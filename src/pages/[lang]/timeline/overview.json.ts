import type { APIRoute } from 'astro';
import { editionOf, editionPaths } from '../../../data/site.ts';
import { overviewBins } from '../../../data/story.ts';

export const getStaticPaths = editionPaths;

/** The overview's bins (every event's slug and category, each bin's count), which its script fetches on a long timeline. */
export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await overviewBins(editionOf(params))) ?? null), { headers: { 'content-type': 'application/json; charset=utf-8' } });

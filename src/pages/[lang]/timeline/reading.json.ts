import type { APIRoute } from 'astro';
import { editionOf, editionPaths } from '../../../data/site.ts';
import { storyData } from '../../../data/story.ts';

export const getStaticPaths = editionPaths;

/** The running counts at each event, which the reading bar and panel of a timeline sent in parts fetch. */
export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await storyData(editionOf(params))).steps), { headers: { 'content-type': 'application/json; charset=utf-8' } });

import type { APIRoute } from 'astro';
import { feedFor } from '../../data/feeds.ts';
import { editionPaths } from '../../data/site.ts';
import { jsonFeed } from '../../lib/feeds/json-feed.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async (context) => {
  const { channel, items } = await feedFor(context, ({ paths }) => paths.jsonFeed());
  return new Response(jsonFeed(channel, items), { headers: { 'content-type': 'application/feed+json; charset=utf-8' } });
};

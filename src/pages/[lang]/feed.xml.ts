import type { APIRoute } from 'astro';
import { feedFor } from '../../data/feeds.ts';
import { editionPaths } from '../../data/site.ts';
import { rssFeed } from '../../lib/feeds/rss.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async (context) => {
  const { channel, items } = await feedFor(context, ({ paths }) => paths.rss());
  return new Response(rssFeed(channel, items), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};

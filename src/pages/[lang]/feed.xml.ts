import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedFor } from '../../data/feeds.ts';
import { editionPaths } from '../../data/site.ts';
import { rssOptions } from '../../lib/feeds/rss.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async (context) => {
  const { channel, items } = await feedFor(context, ({ paths }) => paths.rss());
  return rss(rssOptions(channel, items));
};

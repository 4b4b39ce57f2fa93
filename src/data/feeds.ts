import type { APIContext } from 'astro';
import { feedItems } from '../lib/feeds/items.ts';
import type { FeedChannel } from '../lib/feeds/rss.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { editionOf, type Edition } from './site.ts';
import { loadContent } from './content.ts';

/** The feed's channel and items for an edition, as both feed formats need them. */
export async function feedFor(context: APIContext, feedPath: (edition: Edition) => string) {
  const edition = editionOf(context.params);
  const { t, paths, intl, locale } = edition;
  const { timeline } = await loadContent(locale);
  const site = context.site!;
  const channel: FeedChannel = {
    title: t.siteTitle,
    description: t.siteDescription,
    homeUrl: absoluteUrl(site, paths.home()),
    feedUrl: absoluteUrl(site, feedPath(edition)),
    language: locale,
  };
  const items = feedItems(timeline.events, (slug) => absoluteUrl(site, paths.event(slug)), {
    intl,
    category: t.category,
    certainty: t.certainty,
    qualifier: t.qualifier,
    claimedBy: t.claimedBy,
    asOf: t.asOf,
    sourcesHeading: t.sourcesHeading,
    correctionTitle: t.correctionTitle,
    correctedOn: t.correctedOn,
  });
  return { channel, items };
}

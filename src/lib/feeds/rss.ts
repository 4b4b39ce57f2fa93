import type { RSSOptions } from '@astrojs/rss';
import type { FeedItem } from './items.ts';
import { escapeXml } from './xml.ts';

export interface FeedChannel {
  title: string;
  description: string;
  /** The home page, absolute. */
  homeUrl: string;
  /** This feed's own address, absolute. */
  feedUrl: string;
  /** BCP 47: "en", "es". */
  language: string;
}

/** RFC 822 dates, as RSS 2.0 wants them, in UTC: "Tue, 24 Feb 2026 00:00:00 GMT". */
const rfc822 = (ms: number) => new Date(ms).toUTCString();

/**
 * The RSS 2.0 feed as @astrojs/rss takes it. Its dates come from the content only (no "now"), so
 * two builds of the same content write the same bytes. A correction's item keeps an id of its own
 * (not a permalink), so feed readers show it as new.
 */
export function rssOptions(channel: FeedChannel, items: readonly FeedItem[]): RSSOptions {
  const newest = Math.max(0, ...items.map((item) => item.published));
  return {
    title: channel.title,
    description: channel.description,
    site: channel.homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${escapeXml(channel.language)}</language>`,
      `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
      ...(items.length ? [`<lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
    ].join(''),
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(item.published),
      description: item.html,
      categories: item.tags,
      ...(item.id === item.url ? {} : { customData: `<guid isPermaLink="false">${escapeXml(item.id)}</guid>` }),
    })),
  };
}

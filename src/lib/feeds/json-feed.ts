import { caracasIso } from '../caracas-time.ts';
import type { FeedItem } from './items.ts';
import type { FeedChannel } from './rss.ts';

/** RFC 3339, as JSON Feed wants, in Caracas time with its offset: "2026-02-24T10:15:00-04:00". */
const rfc3339 = caracasIso;

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: channel.language,
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      date_published: rfc3339(item.published),
      ...(item.modified ? { date_modified: rfc3339(item.modified) } : {}),
      tags: item.tags,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

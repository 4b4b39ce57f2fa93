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
 * An RSS 2.0 document. Its dates come from the content only (no "now"), so two builds of the
 * same content write the same bytes.
 */
export function rssFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const newest = Math.max(0, ...items.map((item) => item.published));
  const entries = items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="${item.id === item.url}">${escapeXml(item.id)}</guid>`,
      `      <pubDate>${rfc822(item.published)}</pubDate>`,
      ...item.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`),
      `      <description>${escapeXml(item.html)}</description>`,
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.homeUrl)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${escapeXml(channel.language)}</language>`,
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(items.length ? [`    <lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

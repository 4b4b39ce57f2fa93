import { formatPartialDate } from '../dates.ts';
import { correctionInstant, lastChanged } from '../entry-times.ts';
import { displayDate } from '../event-date.ts';
import { claimValue } from '../figures.ts';
import type { TimelineEvent } from '../model.ts';
import type { Qualifier } from '../schema/index.ts';
import { escapeXml } from './xml.ts';

/** One entry of a feed, whatever its format: an event, or a correction to one. */
export interface FeedItem {
  /** Stable and unique: the event's address, plus `#correction-N` for its N-th correction. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Escaped HTML: the date as precise as known, the summary, the figures with their claimants, the sources. */
  html: string;
  /**
   * When the item went up, in milliseconds since 1970: the entry's `added` time, or the
   * correction's time (the start of its day in Caracas when only the day is given). Feed readers
   * sort and announce by it, so a returning reader sees what went up since, not when it happened.
   */
  published: number;
  /** The latest correction or update after the entry went up, when there is one. */
  modified?: number;
  tags: string[];
}

/** The words a feed needs from its edition. */
export interface FeedWords {
  intl: string;
  category: Record<string, string>;
  certainty: Record<string, string>;
  qualifier: Record<Qualifier, string>;
  claimedBy: (claimant: string) => string;
  asOf: (date: string) => string;
  sourcesHeading: string;
  correctionTitle: (title: string) => string;
  correctedOn: (date: string) => string;
}

/** How many items a feed carries: the latest, as feeds usually do (the whole timeline is in /data/events.json). */
export const FEED_LENGTH = 100;

/**
 * The feed's items, the latest FEED_LENGTH, newest first: one per event, and one more per
 * correction, dated by the correction, so that a corrected entry shows up again in feed readers
 * with what changed.
 */
export function feedItems(events: readonly TimelineEvent[], url: (slug: string) => string, words: FeedWords): FeedItem[] {
  const items = events.flatMap((event) => {
    const eventUrl = url(event.slug);
    const item: FeedItem = {
      id: eventUrl,
      url: eventUrl,
      title: event.title,
      summary: event.summary,
      html: eventHtml(event, words),
      published: event.added,
      modified: lastChanged(event),
      tags: [words.category[event.category] ?? event.category],
    };
    const corrections = event.corrections.map((correction, index): FeedItem => {
      const said = `${words.correctedOn(formatPartialDate(correction.date, words.intl))}: ${correction.change}`;
      return {
        id: `${eventUrl}#correction-${index + 1}`,
        url: `${eventUrl}#corrections`,
        title: words.correctionTitle(event.title),
        summary: said,
        html: `<p>${escapeXml(said)}</p>${eventHtml(event, words)}`,
        published: correctionInstant(correction),
        tags: item.tags,
      };
    });
    return [item, ...corrections];
  });
  // Newest first; at the same instant, by address (a correction before its event), so output never depends on input order.
  return items.sort((a, b) => b.published - a.published || b.id.localeCompare(a.id)).slice(0, FEED_LENGTH);
}

function eventHtml(event: TimelineEvent, words: FeedWords): string {
  const date = displayDate(event, words.intl);
  const dateLine = date.certainty ? `${date.text} (${words.certainty[date.certainty]})` : date.text;
  const figures = event.figures.map(
    (claim) =>
      `<li><strong>${escapeXml(claimValue(claim, words))}</strong> ${escapeXml(claim.metric.label)}, ${escapeXml(
        words.claimedBy(claim.claimant.name),
      )}, ${escapeXml(words.asOf(formatPartialDate(claim.asOf, words.intl)))}</li>`,
  );
  const sources = event.sources.map((source) => escapeXml(source.title ? `${source.outlet}: “${source.title}”` : source.outlet));
  return [
    `<p>${escapeXml(dateLine)} · ${escapeXml(words.category[event.category] ?? event.category)}</p>`,
    `<p>${escapeXml(event.summary)}</p>`,
    figures.length ? `<ul>${figures.join('')}</ul>` : '',
    `<p>${escapeXml(words.sourcesHeading)}: ${sources.join('; ')}</p>`,
  ].join('');
}

import { LOCALES, type Locale } from '../lib/i18n/strings.ts';
import type { TimelineEvent } from '../lib/model.ts';
import { splitIntoParts, type TimelinePart } from '../lib/parts.ts';
import { loadContent } from './content.ts';

/** What a page of a list sent in parts gets: its part, and how many parts there are. */
export interface PartProps {
  part: TimelinePart<TimelineEvent>;
  parts: number;
}

/**
 * Every part of every edition's entries, in an order (the timeline's, or the latest page's by
 * `added`), for the getStaticPaths() of the pages that carry them one part each.
 */
export async function editionParts(order: (events: readonly TimelineEvent[]) => TimelineEvent[] = (events) => [...events]): Promise<({ lang: Locale } & PartProps)[]> {
  const editions = await Promise.all(
    LOCALES.map(async (lang) => {
      const { timeline } = await loadContent(lang);
      const parts = splitIntoParts(order(timeline.events));
      return parts.map((part) => ({ lang, part, parts: parts.length }));
    }),
  );
  return editions.flat();
}

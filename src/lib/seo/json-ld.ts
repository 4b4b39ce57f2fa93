import { caracasIso } from '../caracas-time.ts';
import { lastChanged } from '../entry-times.ts';
import type { TimelineEvent } from '../model.ts';

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the two JavaScript line
 * separators are written as \u escapes, so no text in it (a title holding "</script>", say) can
 * close the script element or start a comment. JSON.parse reads it back unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface ArticleContext {
  url: string;
  imageUrl: string;
  language: string;
  publisher: string;
  homeUrl: string;
}

/** schema.org NewsArticle for an event page; the event itself as its `about`. */
export function newsArticle(event: TimelineEvent, context: ArticleContext) {
  const modified = lastChanged(event);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: event.title,
    description: event.summary,
    url: context.url,
    mainEntityOfPage: context.url,
    image: [context.imageUrl],
    inLanguage: context.language,
    // The article is the entry: published when it went up on the site, modified when corrected or updated since.
    datePublished: caracasIso(event.added),
    ...(modified ? { dateModified: caracasIso(modified) } : {}),
    publisher: { '@type': 'Organization', name: context.publisher, url: context.homeUrl },
    about: {
      '@type': 'Event',
      name: event.title,
      startDate: event.date.iso,
      ...(event.end ? { endDate: event.end.iso } : {}),
      ...(event.places.length ? { location: event.places.map((place) => ({ '@type': 'Place', name: place.name })) } : {}),
    },
    isBasedOn: event.sources.map((source) => ({
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: source.outlet },
      ...(source.title ? { headline: source.title } : {}),
      ...(source.url ? { url: source.url } : {}),
      ...(source.published ? { datePublished: source.published } : {}),
    })),
  };
}

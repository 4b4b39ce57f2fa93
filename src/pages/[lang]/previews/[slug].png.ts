import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPreview } from '../../../build/preview-image.ts';
import { editionOf } from '../../../data/site.ts';
import { LOCALES } from '../../../lib/i18n/strings.ts';
import { loadContent } from '../../../data/timeline.ts';
import { displayDate } from '../../../lib/event-date.ts';

/** A link-preview card per event (its date, as honest as the page, and its title), and one for the site. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { timeline } = await loadContent();
  return LOCALES.flatMap((lang) => [{ params: { lang, slug: 'site' } }, ...timeline.events.map((event) => ({ params: { lang, slug: event.slug } }))]);
};

export const GET: APIRoute = async ({ params }) => {
  const { t, intl, locale } = editionOf(params);
  const { timeline } = await loadContent(locale);
  const event = timeline.events.find((candidate) => candidate.slug === params.slug);
  const date = event && displayDate(event, intl);
  const png = await renderPreview(
    event && date
      ? {
          siteTitle: t.siteTitle,
          dateLine: date.certainty ? `${date.text} (${t.certainty[date.certainty].toLowerCase()})` : date.text,
          kicker: t.category[event.category],
          title: event.title,
          footer: t.previewFooter,
        }
      : { siteTitle: t.siteTitle, title: t.siteTagline, footer: t.previewFooter },
  );
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

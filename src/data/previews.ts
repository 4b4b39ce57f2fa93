import { LOCALES } from '../lib/i18n/strings.ts';
import { displayDate } from '../lib/event-date.ts';
import { locatorMapOf, type LocatorMap } from '../lib/geo/locator.ts';
import { pictureStrings, placesText } from '../lib/i18n/pictures.ts';
import type { TimelineEvent } from '../lib/model.ts';
import type { PreviewPicture, PreviewText } from '../lib/preview/card.ts';
import { previewMapSvg } from '../lib/preview/map.ts';
import { handOverPreviews, type PreviewJob } from '../build/preview-handover.ts';
import { edition, type Edition } from './site.ts';
import { loadContent } from './timeline.ts';

/** The text of an event's preview card (its date, as honest as the page, and its title), or of the site's. */
export function previewText({ t, intl }: Edition, event?: TimelineEvent): PreviewText {
  if (!event) return { siteTitle: t.siteTitle, title: t.siteTagline, footer: t.previewFooter };
  const date = displayDate(event, intl);
  return {
    siteTitle: t.siteTitle,
    dateLine: date.certainty ? `${date.text} (${t.certainty[date.certainty].toLowerCase()})` : date.text,
    kicker: t.category[event.category],
    title: event.title,
    footer: t.previewFooter,
    picture: previewPicture(event),
  };
}

/** The photo's file on disk: Astro's image() keeps it on the image, unlisted (reading it does not copy the original into dist/). */
const photoFile = (event: TimelineEvent) => (event.image?.src as { fsPath?: string } | undefined)?.fsPath;

/** Each map's preview SVG, written once: every event naming the same places shares it. */
const mapSvgs = new WeakMap<LocatorMap, string>();

/**
 * The entry's photo; else the map of its places; else nothing. The map costs about 6 ms more CPU a
 * card to draw (a quarter more than a card of text alone, measured on 20 draws) and 0–3 KB: at
 * 10,000 entries, some 2 minutes of a cold build. Return undefined for places to leave it out.
 */
function previewPicture(event: TimelineEvent): PreviewPicture | undefined {
  const file = photoFile(event);
  if (file) return { kind: 'photo', file };
  if (!event.places.length) return undefined;
  const map = locatorMapOf(event.places);
  let svg = mapSvgs.get(map);
  if (svg === undefined) mapSvgs.set(map, (svg = previewMapSvg(map)));
  return { kind: 'map', svg };
}

/** What the preview image shows, for the page's og:image:alt: the card, and its photo or map. */
export function previewAlt(edition: Edition, event: TimelineEvent): string {
  const s = pictureStrings(edition.locale);
  const seen = photoFile(event) ? s.previewPhoto(event.image!.alt) : event.places.length ? s.previewMap(placesText(event.places, edition.locale)) : undefined;
  return [edition.t.previewAlt(event.title), seen].filter(Boolean).join(', ');
}

/** Every preview image of the site: one per event and edition, and the site's own in each edition. */
export async function previewJobs(): Promise<PreviewJob[]> {
  const jobs: PreviewJob[] = [];
  for (const locale of LOCALES) {
    const current = edition(locale);
    const { timeline } = await loadContent(locale);
    const file = (slug?: string) => current.paths.preview(slug).slice(current.paths.root().length);
    jobs.push({ file: file(), text: previewText(current) });
    for (const event of timeline.events) jobs.push({ file: file(event.slug), text: previewText(current, event) });
  }
  return jobs;
}

/** Hands this build's previews to src/integrations/previews.ts, which writes them (no-op in `astro dev`). */
export const handOverSitePreviews = () => handOverPreviews(previewJobs);

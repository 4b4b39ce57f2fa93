import { displayDate } from '../lib/event-date.ts';
import { locatorMapOf, type LocatorMap } from '../lib/geo/locator.ts';
import { pictureStrings, placesText } from '../lib/i18n/pictures.ts';
import { LOCALES } from '../lib/i18n/strings.ts';
import type { Place, TimelineEvent } from '../lib/model.ts';
import type { PreviewPicture, PreviewText } from '../lib/preview/card.ts';
import { chooseCards, type CardChoice } from '../lib/preview/choice.ts';
import { previewMapSvg } from '../lib/preview/map.ts';
import { editionOf, type Edition } from './site.ts';
import { loadContent } from './content.ts';

/**
 * The link-preview cards: which one each page names (og:image), and the text each is drawn from.
 * The cards are drawn by the routes under src/pages/[lang]/previews/ (src/node/preview-image.ts).
 */

/** The text of an event's own card (its date, as honest as the page, and its title), or of the site's. */
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

/** The card shared by the events that name these places: where they happened, with the map. */
function placesCardText(edition: Edition, places: readonly Place[]): PreviewText {
  return { siteTitle: edition.t.siteTitle, kicker: pictureStrings(edition.locale).mapCaption, title: placesText(places, edition.locale), footer: edition.t.previewFooter, picture: mapPicture(places) };
}

/** The photo's file on disk: Astro's image() keeps it on the image, unlisted (reading it does not copy the original into dist/). */
const photoFile = (event: TimelineEvent) => (event.image?.src as { fsPath?: string } | undefined)?.fsPath;

/** Each map's preview SVG, written once: every card of the same places shares it. */
const mapSvgs = new WeakMap<LocatorMap, string>();

function mapPicture(places: readonly Place[]): PreviewPicture {
  const map = locatorMapOf(places);
  let svg = mapSvgs.get(map);
  if (svg === undefined) mapSvgs.set(map, (svg = previewMapSvg(map)));
  return { kind: 'map', svg };
}

/** The entry's photo; else the map of its places; else nothing. */
function previewPicture(event: TimelineEvent): PreviewPicture | undefined {
  const file = photoFile(event);
  if (file) return { kind: 'photo', file };
  return event.places.length ? mapPicture(event.places) : undefined;
}

/** Each event's card, worked out once per build: which events are the latest does not depend on the edition. */
let choices: Promise<Map<string, CardChoice>> | undefined;
const cardChoices = () => (choices ??= loadContent().then(({ timeline }) => chooseCards(timeline.events)));

/** The card an event's page names, and what it shows, for og:image and og:image:alt. */
export async function previewOf(edition: Edition, event: TimelineEvent): Promise<{ image: string; alt: string }> {
  const { t, paths, locale } = edition;
  const choice = (await cardChoices()).get(event.slug) ?? { kind: 'site' };
  const s = pictureStrings(locale);
  if (choice.kind === 'places') return { image: paths.previewOfPlaces(choice.key), alt: `${t.previewAltPlaces}: ${placesText(event.places, locale)}` };
  if (choice.kind === 'site') return { image: paths.preview(), alt: t.previewAlt(t.siteTitle) };
  const seen = photoFile(event) ? s.previewPhoto(event.image!.alt) : event.places.length ? s.previewMap(placesText(event.places, locale)) : undefined;
  return { image: paths.preview(event.slug), alt: [t.previewAlt(event.title), seen].filter(Boolean).join(', ') };
}

/** Every card of the site, per edition, as the preview routes' getStaticPaths list them. */
export async function previewCards(): Promise<{ params: { lang: string; card: string }; props: { text: PreviewText } }[]> {
  const { timeline } = await loadContent();
  const chosen = await cardChoices();
  const own = timeline.events.filter((event) => chosen.get(event.slug)?.kind === 'own').map((event) => event.slug);
  const cards = [];
  for (const lang of LOCALES) {
    const edition = editionOf({ lang });
    const { timeline: words, positionOf } = await loadContent(lang);
    cards.push({ params: { lang, card: 'site' }, props: { text: previewText(edition) } });
    for (const slug of own) cards.push({ params: { lang, card: slug }, props: { text: previewText(edition, words.events[positionOf.get(slug)!]) } });
  }
  return cards;
}

/** Every card shared by the events of the same places, per edition. */
export async function placesCards(): Promise<{ params: { lang: string; places: string }; props: { text: PreviewText } }[]> {
  const chosen = await cardChoices();
  const cards = [];
  for (const lang of LOCALES) {
    const edition = editionOf({ lang });
    const { timeline } = await loadContent(lang);
    const done = new Set<string>();
    for (const event of timeline.events) {
      const choice = chosen.get(event.slug);
      if (choice?.kind !== 'places' || done.has(choice.key)) continue;
      done.add(choice.key);
      cards.push({ params: { lang, places: choice.key }, props: { text: placesCardText(edition, event.places) } });
    }
  }
  return cards;
}

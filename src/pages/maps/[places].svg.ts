import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../data/content.ts';
import { locatorMapOf, locatorShapesSvg } from '../../lib/geo/locator.ts';
import type { Place } from '../../lib/model.ts';
import { placesKey } from '../../lib/preview/choice.ts';

/** Each set of places an event names: its locator map's land and countries, one file for every edition. */
export const getStaticPaths = (async () => {
  const { timeline } = await loadContent();
  const sets = new Map<string, readonly Place[]>();
  for (const event of timeline.events) if (event.places.length) sets.set(placesKey(event.places), event.places);
  return [...sets].map(([places, list]) => ({ params: { places }, props: { places: list } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(locatorShapesSvg(locatorMapOf(props.places as readonly Place[])), { headers: { 'content-type': 'image/svg+xml' } });

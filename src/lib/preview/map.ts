import type { LocatorMap } from '../geo/locator.ts';
import { PREVIEW_SEA } from './card.ts';

/**
 * The locator map as a file of its own, for the link preview of an entry without a photo: the
 * page's colours written in (no stylesheet reaches an image), the markers without their labels
 * (the card is drawn with no font for them; the title beside it names the event).
 */
export function previewMapSvg(map: LocatorMap): string {
  const path = (d: string, style: string) => (d ? `<path d="${d}" ${style}/>` : '');
  const markers = map.places
    .filter((place) => place.marker)
    .map((place) => `<path transform="translate(${place.x},${place.y})" d="${place.marker}" fill="#0b5394" stroke="#fdfdfc" stroke-width="1.5"/>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}">`,
    `<rect width="${map.width}" height="${map.height}" fill="${PREVIEW_SEA}"/>`,
    path(map.land, 'fill="#eceae5" stroke="#b9b5ad" stroke-width=".6" stroke-linejoin="round"'),
    path(map.countries, 'fill="#d6d3cc" stroke="#55524c" stroke-width=".8" stroke-linejoin="round"'),
    path(map.areas, 'fill="#b6c9dc" stroke="#0b5394" stroke-width=".9" stroke-linejoin="round"'),
    markers,
    '</svg>',
  ].join('');
}

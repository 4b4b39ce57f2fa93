import type { LocatorMap } from '../geo/locator.ts';
import { PREVIEW_SEA } from './card.ts';

/**
 * The locator map as a file of its own, for the link preview of an entry without a photo: the
 * page's colours written in (no stylesheet reaches an image), the markers without their labels
 * (the card is drawn with no font for them; the title beside it names the event).
 */
export function previewMapSvg(map: LocatorMap): string {
  // Crisp edges on the land: anti-aliased coastlines and borders make a card's PNG much bigger
  // (every shade of the edge is a colour more to store); the markers stay smooth.
  const path = (d: string, style: string) => (d ? `<path d="${d}" ${style} shape-rendering="crispEdges"/>` : '');
  const markers = map.places
    .filter((place) => place.marker)
    .map(({ x, y, tie, marker }) =>
      (tie ? `<line x1="${tie.x1}" y1="${tie.y1}" x2="${tie.x2}" y2="${tie.y2}" stroke="#1b1b1b"/>` : '') +
      `<path transform="translate(${x},${y})" d="${marker}" fill="#0b5394" stroke="#fdfdfc" stroke-width="1.5"/>`,
    )
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

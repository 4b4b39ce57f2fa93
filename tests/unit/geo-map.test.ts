import { describe, expect, it } from 'vitest';
import type { MapLayout } from '../../src/lib/geo/layout.ts';
import { buildPlacesMap } from '../../src/lib/geo/places-map.ts';
import { eventSchema } from '../../src/lib/schema/index.ts';
import { buildTimeline, type TimelineInput } from '../../src/lib/timeline.ts';
import { expectGoldenText } from './helpers/golden.ts';

/**
 * The golden test: the geometry of both maps for a fixed set of five places, drawn as a plain SVG
 * (open tests/unit/golden/map.svg to look at it) and compared with the stored file. After a
 * deliberate change, rewrite it with `UPDATE_GOLDEN=1 npm run test:unit` and look at the diff.
 */

const PLACES = {
  venezuela: { name: 'Venezuela', kind: 'country', country: 'Venezuela', lat: 6.42, lon: -66.59 },
  caracas: { name: 'Caracas', kind: 'city', country: 'Venezuela', lat: 10.4806, lon: -66.9036 },
  'miraflores-palace': { name: 'Miraflores Palace', kind: 'building', country: 'Venezuela', lat: 10.5063, lon: -66.9203 },
  barinas: { name: 'Barinas', kind: 'state', country: 'Venezuela', lat: 8.62, lon: -70.21 },
  geneva: { name: 'Geneva', kind: 'city', country: 'Switzerland', lat: 46.2044, lon: 6.1432 },
} as const;

const EVENT_PLACES = [['venezuela'], ['venezuela', 'caracas'], ['miraflores-palace'], ['barinas'], ['geneva', 'venezuela']];

const fixture = buildTimeline({
  actors: [],
  metrics: [],
  places: Object.entries(PLACES).map(([id, data]) => ({ id, data: { ...data } })),
  events: EVENT_PLACES.map((places, index) => ({
    slug: `golden-${index + 1}`,
    data: eventSchema.parse({
      title: `Golden event ${index + 1}`,
      summary: 'A fixture event.',
      date: `2026-02-${String(index + 10)}`,
      category: 'report',
      sources: [{ outlet: 'Fixture Agency' }],
      places,
    }),
  })),
} as TimelineInput);

/** Any number with more than one decimal, rounded to one: the file must not change with float noise. */
const normalise = (text: string) => text.replace(/-?\d+\.\d{2,}/g, (number) => String(Math.round(Number(number) * 10) / 10));

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One map as plain SVG, one element a line, every layer of labels in its own group. */
function mapSvg(layout: MapLayout, name: string, top: number): string[] {
  const lines = [`<g id="${name}" transform="translate(0,${top})">`, `<rect class="sea" width="${layout.width}" height="${layout.height}"/>`];
  lines.push(`<path class="land" d="${layout.land}"/>`);
  if (layout.focus) lines.push(`<path class="focus" d="${layout.focus}"/>`);
  if (layout.locator) lines.push(`<path class="locator" d="${layout.locator}"/>`);
  for (const [index, layer] of layout.layers.entries()) {
    // Only the first layer shows when the file is opened; the others are kept for the comparison.
    lines.push(`<g class="layer" data-layer="${layer.spec.name}" font-size="${layer.spec.fontSize}"${index ? ' display="none"' : ''}>`);
    for (const area of layer.areaNames) lines.push(`<text class="area" x="${area.x}" y="${area.y}">${escape(area.name.toUpperCase())}</text>`);
    for (const { point, x, y, markerX, markerY, moved, marker, label } of layer.places) {
      if (moved) lines.push(`<line class="tie" x1="${x}" y1="${y}" x2="${markerX}" y2="${markerY}"/>`);
      if (label.leader) lines.push(`<line class="leader" x1="${label.leader.x1}" y1="${label.leader.y1}" x2="${label.leader.x2}" y2="${label.leader.y2}"/>`);
      if (marker) lines.push(`<path class="marker" data-id="${point.id}" transform="translate(${markerX},${markerY})" d="${marker}"/>`);
      const { box } = label;
      lines.push(`<rect class="box" data-id="${point.id}" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"/>`);
      lines.push(`<text x="${label.textX}" y="${label.textY}" text-anchor="${label.anchor}">${escape(point.name)} ${point.count}</text>`);
    }
    lines.push('</g>');
  }
  lines.push('</g>');
  return lines;
}

function goldenSvg(): string {
  const model = buildPlacesMap(fixture.events, [...fixture.places.values()], (n) => n.toLocaleString('en-GB'));
  const main = model.main!.layout;
  const world = model.world!.layout;
  const gap = 20;
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${main.width} ${main.height + gap + world.height}" font-family="sans-serif">`,
    '<style>.sea{fill:#eef3f8}.land{fill:#eeece8;stroke:#bbb;stroke-width:.75}.focus{fill:#d6d3cc;stroke:#555}.locator{fill:none;stroke:#000;stroke-width:1.5}' +
      '.marker{fill:#0b5394;stroke:#fff}.box{fill:none;stroke:#c2410c;stroke-width:.5}.tie,.leader{stroke:#555}.area{fill:#777;text-anchor:middle}text{dominant-baseline:central}</style>',
    ...mapSvg(main, 'main', 0),
    ...mapSvg(world, 'world', main.height + gap),
    '</svg>',
  ];
  return normalise(lines.join('\n'));
}

describe('the places map, golden', () => {
  it('matches the stored golden SVG of both maps for five places (numbers rounded to 0.1)', () => {
    expectGoldenText('map.svg', goldenSvg());
  });

  it('draws the same SVG on every run', () => {
    expect(goldenSvg()).toBe(goldenSvg());
  });
});

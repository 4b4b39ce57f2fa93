/**
 * The places map as readers get it: the component itself rendered with Astro's container API, its
 * SVG drawings compared with stored files, as Observable Plot's snapshot tests do. Open
 * tests/components/golden/places-map.*.html to look at them. After a deliberate change, rewrite
 * them with `UPDATE_GOLDEN=1 npx vitest run --project components` and look at the diff.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import PlacesMap from '../../src/components/charts/PlacesMap.astro';
import { edition } from '../../src/data/site.ts';
import { LOCALES } from '../../src/lib/i18n/strings.ts';
import { eventSchema } from '../../src/lib/schema/index.ts';
import { buildTimeline, type TimelineInput } from '../../src/lib/timeline.ts';

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
      added: '2026-02-28T18:30:00-04:00',
    }),
  })),
} as TimelineInput);

/**
 * The component's SVG drawings, one element a line, every number rounded to 0.1 (the file must
 * not change with float noise), Astro's scoping attributes left out (they change with the styles).
 */
function drawings(html: string): string {
  const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
  return svgs
    .join('\n')
    .replace(/\s+data-astro-cid-[a-z0-9]+(="[^"]*")?/g, '')
    .replace(/-?\d+\.\d{2,}/g, (number) => String(Math.round(Number(number) * 10) / 10))
    .replace(/></g, '>\n<');
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (locale: (typeof LOCALES)[number]) =>
  container.renderToString(PlacesMap, { props: { events: fixture.events, places: [...fixture.places.values()], edition: edition(locale) } });

describe.each(LOCALES)('the places map component (%s), golden', (locale) => {
  it('draws both maps for five places as the stored SVG', async () => {
    const drawn = drawings(await render(locale));
    // Both maps: the story's country, and the world for Geneva.
    for (const name of ['Caracas', 'Barinas', 'Geneva']) expect(drawn).toContain(`>${name}`);
    const file = join(import.meta.dirname, 'golden', `places-map.${locale}.html`);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      if (!process.env.UPDATE_GOLDEN) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to write it`);
      writeFileSync(file, `${drawn}\n`);
    }
    expect(drawn).toBe(readFileSync(file, 'utf8').trimEnd());
  });

  it('draws the same SVG on every run', async () => {
    expect(drawings(await render(locale))).toBe(drawings(await render(locale)));
  });
});

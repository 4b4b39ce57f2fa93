import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/synthetic.ts';
import { PLACE_LIST } from '../../src/lib/geo/places.ts';
import { astroBuild, ROOT } from '../support/build.ts';
import { readEntries } from '../support/content.ts';

/**
 * The places map on a long timeline: 400 synthetic events (bench/synthetic.ts, the real places),
 * one build. Each place lists only its latest events and links to its own page for the rest, so
 * the map's figure weighs the same at 400 events as at 2,000.
 */
const COUNT = 400;
const TMP = join(ROOT, 'tests/.tmp/map-at-scale');
const DIST = join(TMP, 'site');
/** The map's budget at 2,000 events; it no longer grows with the events, so it holds here too. */
const FIGURE_GZIP_BUDGET = 10 * 1024;

let content: string;
let map: HTMLElement;
let figureHtml: string;

const read = (path: string) => parse(readFileSync(join(DIST, path), 'utf8'));

beforeAll(async () => {
  content = generateContent(TMP, join(ROOT, 'content'), COUNT);
  const result = await astroBuild(DIST, { CONTENT_DIR: content });
  expect(result.code, result.output).toBe(0);
  map = read('en/index.html').querySelector('figure.chart--map')!;
  figureHtml = map.outerHTML;
});

describe(`the places map with ${COUNT} events`, () => {
  it('lists at most the latest few events of each place, and says how many it has in all', () => {
    const entries = readEntries(join(content, 'events'));
    const places = map.querySelectorAll('li.places-map__entry');
    expect(places.length).toBeGreaterThan(3);
    for (const place of places) {
      const id = place.getAttribute('data-place')!;
      const total = entries.filter((entry) => (entry.data.places ?? []).includes(id)).length;
      expect(place.querySelectorAll('.places-map__events li').length).toBeLessThanOrEqual(PLACE_LIST.latest);
      expect(place.querySelector('.places-map__entry-count')!.text).toBe(`${total} events, the latest ${PLACE_LIST.latest} below`);
    }
  });

  it('links each cut-down list to its place’s page, which exists and holds all its events, the listed ones last', () => {
    for (const place of map.querySelectorAll('li.places-map__entry')) {
      const id = place.getAttribute('data-place')!;
      const name = place.querySelector('.places-map__entry-name')!.childNodes.find((node) => node.nodeType === 3 && node.text.trim())!.text.trim();
      const link = place.querySelector('.places-map__all a');
      expect(link, `${id} links to its page`).not.toBeNull();
      const href = link!.getAttribute('href')!;
      expect(href).toBe(`/en/places/${id}/`);
      const file = join(DIST, href, 'index.html');
      expect(existsSync(file), `${href} exists`).toBe(true);
      const cards = read(join(href, 'index.html'))
        .querySelectorAll('article.event-card')
        .map((card) => card.id);
      expect(link!.text).toBe(`All ${cards.length} events in ${name}`);
      const listed = place.querySelectorAll('.places-map__events a').map((event) => event.getAttribute('href')!.split('/').at(-2));
      expect(listed).toEqual(cards.slice(-listed.length));
    }
  });

  it(`keeps the map's figure within ${FIGURE_GZIP_BUDGET / 1024} KiB gzipped`, () => {
    const gzip = gzipSync(figureHtml, { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(FIGURE_GZIP_BUDGET);
  });
});

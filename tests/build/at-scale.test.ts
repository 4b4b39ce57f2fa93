import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/synthetic.ts';
import { PLACE_LIST } from '../../src/lib/geo/places.ts';
import { CARDS_PER_RUN } from '../../src/lib/grouping.ts';
import { PART_SIZE } from '../../src/lib/parts.ts';
import { OWN_CARDS } from '../../src/lib/preview/choice.ts';
import { astroBuild, ROOT } from '../support/build.ts';
import { readEntries } from '../support/content.ts';

/**
 * A long timeline: 1,000 synthetic events (bench/synthetic.ts, the real places), one build. Each
 * place on the map lists only its latest events and links to its own page for the rest, so the
 * map's figure weighs the same at 1,000 events as at 2,000; only the latest entries have a
 * link-preview card of their own; a facet of more events than a part lists them as an index, and
 * the embedded timeline holds its first part.
 */
const COUNT = 1000;
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

describe(`the timeline with ${COUNT} events`, () => {
  it(`holds each month's cards in runs of ${CARDS_PER_RUN} (the browser lays out a run only near the window), every card once, in reading order`, () => {
    for (const path of ['en/index.html', 'es/timeline/2/index.html']) {
      const timeline = read(path).querySelector('.timeline')!;
      expect(timeline.classList.contains('timeline--long'), path).toBe(true);
      for (const month of timeline.querySelectorAll('.timeline__month')) {
        const [heading, ...items] = month.childNodes.filter((node): node is HTMLElement => node.nodeType === 1);
        expect(heading!.tagName).toBe('H3');
        const sizes = items.map((run) => {
          expect(run.classList.contains('timeline__cards'), `${path}: a month holds runs, not loose cards`).toBe(true);
          return run.querySelectorAll(':scope > article.event-card').length;
        });
        // Full runs, then the month's last one with what is left.
        expect(sizes.slice(0, -1).every((size) => size === CARDS_PER_RUN), `${path}: ${sizes.join(',')}`).toBe(true);
        expect(sizes.at(-1)).toBeGreaterThan(0);
        expect(sizes.at(-1)).toBeLessThanOrEqual(CARDS_PER_RUN);
      }
      const inRuns = timeline.querySelectorAll('.timeline__cards > article.event-card').map((card) => card.id);
      expect(inRuns).toEqual(timeline.querySelectorAll('article.event-card').map((card) => card.id));
      expect(inRuns).toHaveLength(PART_SIZE);
    }
  });
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
      // Its events, as cards or, past a part's worth, as an index: every one linked, in timeline order.
      const page = read(join(href, 'index.html'));
      const cards = page.querySelectorAll('article.event-card').map((card) => card.id);
      const listedOnPage = cards.length ? cards : page.querySelectorAll('.event-index a').map((a) => a.getAttribute('href')!.split('/').at(-2)!);
      expect(link!.text).toBe(`All ${listedOnPage.length} events in ${name}`);
      const listed = place.querySelectorAll('.places-map__events a').map((event) => event.getAttribute('href')!.split('/').at(-2));
      expect(listed).toEqual(listedOnPage.slice(-listed.length));
    }
  });

  it(`keeps the map's figure within ${FIGURE_GZIP_BUDGET / 1024} KiB gzipped`, () => {
    const gzip = gzipSync(figureHtml, { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(FIGURE_GZIP_BUDGET);
  });
});

describe(`link previews with ${COUNT} events`, () => {
  const png = (path: string) => readFileSync(join(DIST, path.replace(/^https?:\/\/[^/]+\//, '')));
  const ogImage = (page: HTMLElement) => page.querySelector('meta[property="og:image"]')!.getAttribute('content')!;

  it(`gives the latest ${OWN_CARDS} entries a card of their own, and the others their places' card, in both editions`, () => {
    const entries = readEntries(join(content, 'events'));
    const added = new Map(entries.map((entry) => [entry.slug, Date.parse(entry.data.added)]));
    for (const lang of ['en', 'es']) {
      const own: number[] = [];
      const shared: number[] = [];
      for (const { slug, data } of entries) {
        const image = ogImage(read(`${lang}/events/${slug}/index.html`));
        if (image.endsWith(`/${lang}/previews/${slug}.png`)) own.push(added.get(slug)!);
        else {
          const key = [...new Set(data.places as string[])].sort().join('--');
          expect(image, slug).toMatch(new RegExp(`/${lang}/previews/places/${key}\\.png$`));
          shared.push(added.get(slug)!);
        }
        // Whichever it is, it is there: a 1200 × 630 PNG.
        const file = png(image);
        expect(file.subarray(1, 4).toString()).toBe('PNG');
        expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([1200, 630]);
      }
      expect(own).toHaveLength(OWN_CARDS);
      expect(Math.min(...own)).toBeGreaterThanOrEqual(Math.max(...shared));
    }
  });

  it('draws no card that no page names', () => {
    const named = new Set<string>();
    for (const lang of ['en', 'es']) {
      named.add(`${lang}/previews/site.png`);
      for (const { slug } of readEntries(join(content, 'events'))) {
        named.add(new URL(ogImage(read(`${lang}/events/${slug}/index.html`))).pathname.slice(1));
      }
    }
    const written = ['en', 'es'].flatMap((lang) => readdirSync(join(DIST, lang, 'previews'), { recursive: true }).map(String).filter((name) => name.endsWith('.png')).map((name) => `${lang}/previews/${name}`));
    expect(written.sort()).toEqual([...named].sort());
    expect(written.length).toBeLessThan(2 * (OWN_CARDS + 1 + 60));
  });
});

describe(`facet pages and the embed with ${COUNT} events`, () => {
  const entries = () => readEntries(join(content, 'events'));

  it(`lists a facet of more than ${PART_SIZE} events as an index of dates and titles, every event linked once; a smaller one as cards`, () => {
    let indexes = 0;
    for (const place of new Set(entries().flatMap((entry) => entry.data.places as string[]))) {
      const slugs = entries().filter((entry) => (entry.data.places as string[]).includes(place)).map((entry) => entry.slug);
      const page = read(`en/places/${place}/index.html`);
      if (slugs.length > PART_SIZE) {
        indexes++;
        expect(page.querySelectorAll('article.event-card')).toHaveLength(0);
        const linked = page.querySelectorAll('.event-index li a').map((a) => a.getAttribute('href')!.split('/').at(-2)!);
        expect(linked.sort()).toEqual(slugs.sort());
        expect(page.querySelectorAll('.event-index li time').length).toBe(slugs.length);
      } else {
        expect(page.querySelectorAll('article.event-card').map((card) => card.id).sort()).toEqual(slugs.sort());
      }
    }
    expect(indexes).toBeGreaterThan(0);
  });

  it(`embeds the timeline's first ${PART_SIZE} events, and links to the rest on the site`, () => {
    const embed = read('en/embed/index.html');
    expect(embed.querySelectorAll('article.event-card')).toHaveLength(PART_SIZE);
    expect(embed.querySelector('.embed__rest a')!.getAttribute('href')).toBe('/en/timeline/2/');
    expect(embed.querySelector('.embed__rest a')!.text).toBe(`The first ${PART_SIZE} of ${COUNT.toLocaleString('en-GB')} events. All of them are on the timeline`);
  });
});

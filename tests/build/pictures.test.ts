/**
 * Pictures in the built site: the photos of two fixture entries (tests/fixtures/pictures/, their
 * photos drawn by sharp into a copy of content/, built once by tests/support/picture-site.global.ts)
 * on their cards, their pages, the embed and their link previews, in both editions; and the locator
 * map of every real event page with a place.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';
import { PICTURE_DIST as DIST } from '../support/picture-site.ts';
import { PREVIEW_SEA } from '../../src/lib/preview/card.ts';

const BESIDE = '2026-02-25-test-photo-beside';
const SHARED = '2026-02-26-test-photo-shared';
const ALT = 'A white house with a red roof under a blue sky, green hills behind it.';
const ALT_ES = 'Una casa blanca de techo rojo bajo un cielo azul, con colinas verdes detrás.';
const CREDIT = 'Test photo drawn by the test suite, free to use';

const html = (dist: string, path: string) => parse(readFileSync(join(dist, path), 'utf8'));
const text = (element: HTMLElement | null | undefined) => (element?.text ?? '').replace(/\s+/g, ' ').trim();
/** A file of the built site by the address a page gives it. */
const built = (address: string) => join(DIST, address.replace(/^\//, ''));
/** Every address in a srcset, with its width. */
const candidates = (srcset: string | undefined) => (srcset ?? '').split(',').map((item) => item.trim().split(/\s+/)).map(([url, width]) => ({ url: url!, width: Number.parseInt(width ?? '0', 10) }));

describe('a photo on its event page', () => {
  it('is a <picture> of AVIF and WebP sources and a JPEG <img> with width and height, loaded at once near the top', async () => {
    const figure = html(DIST, `en/events/${BESIDE}/index.html`).querySelector('.event-page figure.event-photo')!;
    const sources = figure.querySelectorAll('picture source');
    expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    const img = figure.querySelector('picture img')!;
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/.+\.jpg$/);
    expect(img.getAttribute('alt')).toBe(ALT);
    // The drawn photo is 1600 × 1000: the page's largest copy keeps its shape.
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1344', '840']);
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('fetchpriority')).toBe('high');
    for (const source of sources) {
      const widths = candidates(source.getAttribute('srcset')).map((candidate) => candidate.width);
      expect(widths).toEqual([400, 672, 1008, 1344]);
      expect(source.getAttribute('sizes')).toBe(img.getAttribute('sizes'));
    }
  });

  it('comes in the formats it says, every file of it in the site', async () => {
    const figure = html(DIST, `en/events/${BESIDE}/index.html`).querySelector('figure.event-photo')!;
    const expected: Record<string, string> = { 'image/avif': 'heif', 'image/webp': 'webp' };
    for (const source of figure.querySelectorAll('source')) {
      for (const { url } of candidates(source.getAttribute('srcset'))) expect((await sharp(built(url)).metadata()).format, url).toBe(expected[source.getAttribute('type')!]);
    }
    const img = figure.querySelector('img')!;
    for (const { url, width } of candidates(img.getAttribute('srcset'))) expect(await sharp(built(url)).metadata(), url).toMatchObject({ format: 'jpeg', width });
  });

  it('is not copied whole into the site: only the sizes pages use are', () => {
    const files = readdirSync(join(DIST, '_astro')).filter((name) => name.startsWith(BESIDE));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect(statSync(join(DIST, '_astro', name)).size, name).toBeLessThan(200_000);
    expect(files.filter((name) => /^[^_]+\.jpg$/.test(name.replace(BESIDE, '')))).toEqual([]);
  });

  it('has its caption and its credit under it, in each edition’s words', () => {
    const english = html(DIST, `en/events/${BESIDE}/index.html`).querySelector('figure.event-photo figcaption');
    expect(text(english)).toBe(`The test house at dawn. Photo: ${CREDIT}`);
    const spanish = html(DIST, `es/events/${BESIDE}/index.html`).querySelector('figure.event-photo');
    expect(spanish!.querySelector('img')!.getAttribute('alt')).toBe(ALT_ES);
    expect(text(spanish!.querySelector('figcaption'))).toBe(`La casa de prueba al amanecer. Foto: ${CREDIT}`);
  });

  it('from content/images/ and without a caption, shows its credit alone', () => {
    const figure = html(DIST, `es/events/${SHARED}/index.html`).querySelector('figure.event-photo')!;
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('Un cielo naranja sobre una casa blanca y colinas oscuras.');
    expect(text(figure.querySelector('figcaption'))).toBe(`Foto: ${CREDIT}`);
    // 900 pixels wide: no copy is made wider than the photo.
    expect(candidates(figure.querySelector('source')!.getAttribute('srcset')).map((candidate) => candidate.width)).toEqual([400, 672, 900]);
  });
});

describe('a photo on its card', () => {
  it.each(['en/index.html', 'es/index.html', 'en/embed/index.html'])('%s: small, lazy, with width, height, alt and credit', (path) => {
    const card = html(DIST, path).querySelector(`article[id="${BESIDE}"]`)!;
    const figure = card.querySelector('figure.card-photo')!;
    expect(figure.querySelectorAll('source').map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('lazy');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['224', '140']);
    expect(candidates(img.getAttribute('srcset')).map((candidate) => candidate.width)).toEqual([112, 224]);
    expect(img.getAttribute('alt')).toBe(path.startsWith('es/') ? ALT_ES : ALT);
    expect(text(figure.querySelector('figcaption'))).toBe(`${path.startsWith('es/') ? 'Foto' : 'Photo'}: ${CREDIT}`);
  });

  it('only on the cards of entries with a photo', () => {
    expect(html(DIST, 'en/index.html').querySelectorAll('figure.card-photo')).toHaveLength(2);
    expect(html(SITE_DIST, 'en/index.html').querySelectorAll('figure.card-photo, picture')).toHaveLength(0);
  });
});

describe('the link preview of an entry', () => {
  /** The colour of the preview image at a point, as [r, g, b]. */
  async function pixel(file: string, x: number, y: number): Promise<number[]> {
    const { data } = await sharp(file).extract({ left: x, top: y, width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    return [...data];
  }
  const bluish = ([r, , b]: number[]) => b! > r! + 40;
  const near = (colour: number[], hex: string) => colour.every((value, index) => Math.abs(value - Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16)) <= 2);

  it('with a photo carries the photo on its right, and says so in og:image:alt', async () => {
    const head = html(DIST, `en/events/${BESIDE}/index.html`).querySelector('head')!;
    expect(head.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(`http://127.0.0.1:4321/en/previews/${BESIDE}.png`);
    expect(head.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')).toContain(`with the photo: ${ALT}`);
    // The drawn photo's sky is blue at the top, where a card without a picture is near white.
    expect(bluish(await pixel(join(DIST, `en/previews/${BESIDE}.png`), 1100, 40))).toBe(true);
    expect(await pixel(join(SITE_DIST, 'en/previews/site.png'), 1100, 40)).toEqual([253, 253, 252]);
  });

  it('without a photo carries the map of its places, and says so', async () => {
    const slug = '2026-01-03-maduro-captured';
    const head = html(SITE_DIST, `es/events/${slug}/index.html`).querySelector('head')!;
    expect(head.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')).toContain(
      'con un mapa de dónde ocurrió: Caracas (ciudad), Venezuela; Nueva York (ciudad), Estados Unidos',
    );
    // The map's sea (the Atlantic, east of New York), where a card without a picture is near white.
    expect(near(await pixel(join(SITE_DIST, `es/previews/${slug}.png`), 1150, 300), PREVIEW_SEA)).toBe(true);
  });
});

describe('the locator map of a real event page', () => {
  const entries = readEntries();

  it('is on every event page that names a place, and on no other', () => {
    for (const { slug, data } of entries) {
      for (const edition of ['es', 'en']) {
        const maps = html(SITE_DIST, `${edition}/events/${slug}/index.html`).querySelectorAll('figure.locator-map');
        expect(maps.length, `${edition} ${slug}`).toBe((data.places ?? []).length ? 1 : 0);
      }
    }
  });

  it('names each place with its kind and country, in its accessible name and in words under it, in each edition', () => {
    const figure = (edition: string) => html(SITE_DIST, `${edition}/events/2026-01-03-maduro-captured/index.html`).querySelector('figure.locator-map')!;
    const english = figure('en');
    expect(english.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(english.querySelector('svg')!.getAttribute('aria-label')).toBe('Locator map: Caracas (city), Venezuela; New York (city), United States');
    expect(text(english.querySelector('figcaption'))).toBe('Where: Caracas (city), Venezuela; New York (city), United States');
    expect(text(figure('es').querySelector('figcaption'))).toBe('Dónde: Caracas (ciudad), Venezuela; Nueva York (ciudad), Estados Unidos');
  });

  it('marks each place with its kind’s shape, and shades a whole country named as the place', () => {
    const svg = (slug: string) => html(SITE_DIST, `en/events/${slug}/index.html`).querySelector('figure.locator-map svg')!;
    const marker = (slug: string) => svg(slug).querySelector('.locator-map__place path')!.getAttribute('d');
    const shapes = ['2026-01-03-maduro-captured', '2026-02-20-releases-confirmed-in-barinas', '2026-02-el-rodeo-hunger-strike', '2026-02-19-rodriguez-signs-amnesty-law'].map(marker);
    expect(new Set(shapes).size).toBe(4);
    const country = svg('2026-02-19-amnesty-law-passed');
    expect(country.querySelector('.locator-map__area')).not.toBeNull();
    expect(country.querySelector('.locator-map__place path')).toBeNull();
    expect(text(country.querySelector('text'))).toBe('Venezuela');
  });

  it('is drawn in the page, its land and countries from a file shared by the pages of the same places, asking nothing of another host', () => {
    const page = readFileSync(join(SITE_DIST, 'en/events/2026-02-el-rodeo-hunger-strike/index.html'), 'utf8');
    const map = /<figure class="locator-map"[\s\S]*?<\/figure>/.exec(page)![0];
    expect(map.length).toBeLessThan(1500);
    expect(map).not.toMatch(/https?:|<image|<img|url\(/);
    const uses = [...map.matchAll(/<use class="locator-map__(\w+)" href="\/maps\/([a-z0-9-]+)\.svg#(\w+)"/g)];
    expect(uses.map(([, layer, , id]) => [layer, id])).toContainEqual(['land', 'land']);
    // The same file for both editions, holding every shape the page draws from it, with no colour of its own.
    for (const [, , key, id] of uses) {
      const shapes = readFileSync(join(SITE_DIST, 'maps', `${key}.svg`), 'utf8');
      expect(shapes).toMatch(new RegExp(`<path id="${id}" d="M[^"]+"/>`));
      expect(shapes).not.toMatch(/fill|stroke|style|<text|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    }
    expect(readFileSync(join(SITE_DIST, 'es/events/2026-02-el-rodeo-hunger-strike/index.html'), 'utf8')).toContain(`href="/maps/${uses[0]![2]}.svg#land"`);
  });
});

/**
 * Photos in src/lib: the schema an editor writes, the translation of their words, the widths they
 * are made in, and the link-preview card that carries the photo or the map.
 */
import { describe, expect, it } from 'vitest';
import { localizeInput } from '../../src/lib/localize.ts';
import type { PhotoFile } from '../../src/lib/model.ts';
import { photoWidths } from '../../src/lib/photo-sizes.ts';
import { PREVIEW_PICTURE, PREVIEW_SIZE, previewCard, type PreviewElement } from '../../src/lib/preview/card.ts';
import { eventSchema, eventTranslationSchema, placeTranslationSchema } from '../../src/lib/schema/index.ts';
import { buildTimeline, type TimelineInput } from '../../src/lib/timeline.ts';
import { FIXTURE_INPUT, fixtureEvent } from './helpers/timeline-fixture.ts';

const PHOTO = { src: './vigil.jpg', alt: 'A white house under a blue sky.', credit: 'Drawn by the test suite' };
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('an entry’s image', () => {
  const entry = { title: 'A photo', summary: 'An entry with a photo.', date: '2026-02-24', category: 'report', sources: [{ outlet: 'Wire' }], added: '2026-02-24T10:00:00-04:00' };

  it('accepts src, alt and credit, and a caption', () => {
    expect(eventSchema.safeParse({ ...entry, image: PHOTO }).success).toBe(true);
    expect(eventSchema.safeParse({ ...entry, image: { ...PHOTO, caption: 'At dawn.' } }).data?.image?.caption).toBe('At dawn.');
  });

  it('asks for what the photo shows and who took it, and names any other field', () => {
    expect(messages(eventSchema.safeParse({ ...entry, image: { src: './vigil.jpg' } }))).toEqual([
      'image.alt: is missing (expected what the photo shows, in a sentence or two, for readers who cannot see it)',
      'image.credit: is missing (expected who took the photo and on what terms the site shows it, e.g. "Jane Doe / Agency, with permission")',
    ]);
    expect(messages(eventSchema.safeParse({ ...entry, image: { ...PHOTO, rights: 'all' } }))[0]).toMatch(/^image: /);
    expect(messages(eventSchema.safeParse({ ...entry, image: './vigil.jpg' }))).toEqual([
      'image: expected a photo written as image: { src: ./photo.jpg, alt: "…", credit: "…" }, with an optional caption',
    ]);
  });
});

describe('a translation’s image', () => {
  const words = { title: 'Una foto', summary: 'Una entrada con foto.' };

  it('holds only the alt and the caption: the file and the credit are the entry’s', () => {
    expect(eventTranslationSchema.safeParse({ ...words, image: { alt: 'Una casa blanca.', caption: 'Al amanecer.' } }).success).toBe(true);
    const facts = messages(eventTranslationSchema.safeParse({ ...words, image: { src: './otra.jpg', credit: 'Otro' } }));
    expect(facts.join('\n')).toMatch(/image: .*the file and credit are set in the entry in content\/events\//);
  });

  it('puts the translated alt and caption on the entry’s photo, keeping its file and credit', () => {
    const file: PhotoFile = { src: '/_astro/vigil.jpg', width: 1600, height: 1000, format: 'jpg' };
    const event = fixtureEvent('e1', '2026-02-10', []);
    const input = { ...FIXTURE_INPUT, events: [{ ...event, data: { ...event.data, image: { src: file, alt: 'A house.', credit: 'Test', caption: 'At dawn.' } } }] } as TimelineInput;
    const { input: localized } = localizeInput(input, {
      events: new Map([['e1', { title: 'Hecho', summary: 'Un hecho.', image: { alt: 'Una casa.' } }]]),
      actors: new Map(),
      places: new Map(),
      metrics: new Map(),
    });
    const photo = buildTimeline(localized).events[0]!.image!;
    expect(photo).toEqual({ src: file, alt: 'Una casa.', credit: 'Test', caption: 'At dawn.' });
    // The very object Astro's image() made, so <Picture> still knows it for an imported image.
    expect(photo.src).toBe(file);
  });

  it('lets a place’s translation name its country (what the locator map’s caption shows)', () => {
    expect(placeTranslationSchema.safeParse({ name: 'Nueva York', countryName: 'Estados Unidos' }).success).toBe(true);
    expect(messages(placeTranslationSchema.safeParse({ country: 'Estados Unidos' }))[0]).toMatch(/unrecognized|country/i);
  });
});

describe('photoWidths()', () => {
  it('makes the widths the layout asks for, never wider than the photo, and the photo’s own width in place of those it cannot fill', () => {
    expect(photoWidths(1600, [400, 672, 1008, 1344])).toEqual([400, 672, 1008, 1344]);
    expect(photoWidths(900, [400, 672, 1008, 1344])).toEqual([400, 672, 900]);
    expect(photoWidths(200, [112, 224])).toEqual([112, 200]);
    expect(photoWidths(100, [112, 224])).toEqual([100]);
  });
});

describe('previewCard() with a picture', () => {
  const text = { siteTitle: 'Site', dateLine: '24 February 2026', kicker: 'Report', title: 'A headline', footer: 'Footer' };
  const children = (card: PreviewElement) => card.props.children as PreviewElement[];

  it('is the text alone without one', () => {
    const card = previewCard(text);
    expect(children(card)).toHaveLength(1);
    expect(children(card)[0]!.props.style!.width).toBe(PREVIEW_SIZE.width);
  });

  it('gives the picture the right-hand panel, the text the rest in smaller type', () => {
    const card = previewCard({ ...text, picture: { kind: 'photo', file: '/x.jpg' } }, 'data:image/jpeg;base64,AAAA');
    const [words, picture] = children(card);
    expect(picture).toEqual({
      type: 'img',
      props: { src: 'data:image/jpeg;base64,AAAA', width: PREVIEW_PICTURE.width, height: PREVIEW_PICTURE.height, style: expect.objectContaining({ objectFit: 'cover' }) },
    });
    expect(words!.props.style!.width).toBe(PREVIEW_SIZE.width - PREVIEW_PICTURE.width);
    const title = (children(words!)[1]!.props.children as PreviewElement[]).at(-1)!;
    expect(title.props.style!.fontSize).toBeLessThan(72);
  });

  it('shows a map whole, on its sea, rather than cropped', () => {
    const card = previewCard({ ...text, picture: { kind: 'map', svg: '<svg/>' } }, 'data:image/svg+xml;base64,AAAA');
    expect(children(card)[1]!.props.style).toMatchObject({ objectFit: 'contain' });
  });
});

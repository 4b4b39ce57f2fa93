import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './node/content-files.ts';
import { slugOf } from './lib/content-check/index.ts';
import { optionalFile } from './node/optional-file-loader.ts';
import { TRANSLATED_LOCALES } from './lib/i18n/strings.ts';
import {
  actorSchema,
  actorTranslationSchema,
  eventSchemaWith,
  eventTranslationSchema,
  metricSchema,
  metricTranslationSchema,
  placeSchema,
  placeTranslationSchema,
} from './lib/schema/index.ts';

const dir = contentDir();

/**
 * Every other edition's words, in content/<lang>/: events/<slug>.mdx (the same file name as the
 * entry), actors.yaml, places.yaml, metrics.yaml, about.mdx. Collections named "<lang>-events" and so on.
 */
const translations = Object.fromEntries(
  TRANSLATED_LOCALES.flatMap((locale) => [
    [`${locale}-events`, defineCollection({ loader: glob({ pattern: '*.mdx', base: `${dir}/${locale}/events` }), schema: eventTranslationSchema })],
    [`${locale}-actors`, defineCollection({ loader: optionalFile(`${dir}/${locale}/actors.yaml`), schema: actorTranslationSchema })],
    [`${locale}-places`, defineCollection({ loader: optionalFile(`${dir}/${locale}/places.yaml`), schema: placeTranslationSchema })],
    [`${locale}-metrics`, defineCollection({ loader: optionalFile(`${dir}/${locale}/metrics.yaml`), schema: metricTranslationSchema })],
    [`${locale}-about`, defineCollection({ loader: glob({ pattern: 'about.mdx', base: `${dir}/${locale}` }) })],
  ]),
);

export const collections = {
  ...translations,
  events: defineCollection({
    // The file name is the slug, whatever folder it sits in: editors never type an id.
    loader: glob({ pattern: '**/*.mdx', base: `${dir}/events`, generateId: ({ entry }) => slugOf(entry) }),
    // Astro's image() reads the photo's file (its size and format, for <Picture>) in place of its path.
    schema: ({ image }) => eventSchemaWith(image()),
  }),
  actors: defineCollection({ loader: file(`${dir}/actors.yaml`), schema: actorSchema }),
  places: defineCollection({ loader: file(`${dir}/places.yaml`), schema: placeSchema }),
  metrics: defineCollection({ loader: file(`${dir}/metrics.yaml`), schema: metricSchema }),
  /** The about page's own words: content/about.mdx, and content/<lang>/about.mdx in each other edition. */
  about: defineCollection({ loader: glob({ pattern: 'about.mdx', base: dir }) }),
};

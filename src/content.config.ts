import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './build/content-files.ts';
import { slugOf } from './lib/content-check/index.ts';
import { actorSchema, eventSchema, metricSchema, placeSchema } from './lib/schema/index.ts';

const dir = contentDir();

export const collections = {
  events: defineCollection({
    // The file name is the slug, whatever folder it sits in: editors never type an id.
    loader: glob({ pattern: '**/*.mdx', base: `${dir}/events`, generateId: ({ entry }) => slugOf(entry) }),
    schema: eventSchema,
  }),
  actors: defineCollection({ loader: file(`${dir}/actors.yaml`), schema: actorSchema }),
  places: defineCollection({ loader: file(`${dir}/places.yaml`), schema: placeSchema }),
  metrics: defineCollection({ loader: file(`${dir}/metrics.yaml`), schema: metricSchema }),
};

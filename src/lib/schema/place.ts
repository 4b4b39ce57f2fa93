import { z } from 'astro/zod';
import { expecting, text } from './fields.ts';

export const PLACE_KINDS = {
  city: 'A city or town.',
  state: 'A state or region.',
  country: 'A country as a whole.',
  prison: 'A prison or detention centre.',
  building: 'A building, such as a palace or a court.',
} as const;

const PLACE_KIND_NAMES = Object.keys(PLACE_KINDS) as [keyof typeof PLACE_KINDS, ...(keyof typeof PLACE_KINDS)[]];

/** One place in content/places.yaml, under its id. */
export const placeSchema = z.strictObject(
  {
    /** The name as readers know it. */
    name: text('the name as readers know it'),
    /** city, state, country, prison or building. */
    kind: z.enum(PLACE_KIND_NAMES, expecting(`one of ${PLACE_KIND_NAMES.join(', ')}`)),
    /** The country, in English. */
    country: text('the country, in English'),
    /** Latitude in degrees, north positive. */
    lat: z.number(expecting('a latitude in degrees between -90 and 90')).min(-90).max(90),
    /** Longitude in degrees, east positive (Caracas is about -66.9). */
    lon: z.number(expecting('a longitude in degrees between -180 and 180')).min(-180).max(180),
    /** Context a reader needs: "near Caracas". */
    note: text('a short note').optional(),
  },
  expecting('a place with name, kind, country, lat and lon'),
);

export type PlaceData = z.infer<typeof placeSchema>;

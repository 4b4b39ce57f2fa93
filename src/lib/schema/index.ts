export { actorSchema, ACTOR_KINDS, type ActorData, type ActorKind } from './actor.ts';
export { CATEGORIES, CATEGORY_NAMES, type Category } from './categories.ts';
export { correctionSchema, type Correction } from './correction.ts';
export { eventSchema, eventSchemaWith, crossFieldIssues, CERTAINTIES, type Certainty, type EventData } from './event.ts';
export { figureSchema, QUALIFIERS, type Figure, type Qualifier } from './figure.ts';
export { metricSchema, UNITS, type MetricData } from './metric.ts';
export { imageSchema, photoFile, photoSchema, PHOTO_EXTENSIONS, PHOTO_FOLDER, PHOTO_MAX_BYTES } from './photo.ts';
export { placeSchema, PLACE_KINDS, type PlaceData } from './place.ts';
export { sourceSchema, type Source } from './source.ts';
export {
  actorTranslationSchema,
  eventTranslationSchema,
  metricTranslationSchema,
  placeTranslationSchema,
  type ActorTranslation,
  type EventTranslation,
  type MetricTranslation,
  type PlaceTranslation,
} from './translation.ts';

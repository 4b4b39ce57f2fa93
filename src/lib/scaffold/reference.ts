import { ACTOR_KINDS, actorSchema } from '../schema/actor.ts';
import { CATEGORIES } from '../schema/categories.ts';
import { correctionSchema } from '../schema/correction.ts';
import { CERTAINTIES, eventSchema } from '../schema/event.ts';
import { QUALIFIERS, figureSchema } from '../schema/figure.ts';
import { UNITS, metricSchema } from '../schema/metric.ts';
import { imageSchema } from '../schema/photo.ts';
import { PLACE_KINDS, placeSchema } from '../schema/place.ts';
import { sourceSchema } from '../schema/source.ts';
import { actorTranslationSchema, eventTranslationSchema, metricTranslationSchema, placeTranslationSchema } from '../schema/translation.ts';
import { renderFieldReference, type ReferenceSection, type ValueList } from './field-reference.ts';

/**
 * What the field reference in docs/EDITING.md covers, in order, with one example per field.
 * The examples are checked against the schemas by the unit tests, so none can mislead.
 */
export const REFERENCE = [
  {
    title: 'An event (the frontmatter of content/events/*.mdx)',
    intro: 'The fields between the two `---` lines at the top of an entry.',
    schema: eventSchema,
    sourcePath: 'src/lib/schema/event.ts',
    examples: {
      title: 'title: Foro Penal has verified 109 releases',
      summary: "summary: Foro Penal says it has verified 109 releases, far below the government's count.",
      date: 'date: "2026-02-24"   # or "2026-02" when only the month is known, or "2026"',
      end: 'date: "2026-02-20"\nend: "2026-02-21"',
      certainty: 'certainty: inferred',
      certaintyNote: 'certaintyNote: The report gives the count "as of Tuesday morning", taken to be 24 February 2026.',
      category: 'category: report',
      actors: 'actors: [foro-penal, alfredo-romero]',
      places: 'places: [caracas]',
      sources: 'sources:\n  - outlet: Associated Press\n    note: Dateline Caracas. Publication date and address not given in the copy used.\n  - outlet: Foro Penal\n    url: https://www.example.org/report',
      figures: 'figures:\n  - metric: releases-verified\n    value: 109\n    claimant: foro-penal\n    asOf: "2026-02-24"',
      image: 'image:\n  src: ./2026-02-24-vigil.jpg\n  alt: Relatives hold up photographs of detainees outside a prison gate, at night.\n  credit: Jane Doe / Example Agency, used with permission',
      importance: 'importance: 3',
      added: 'added: "2026-02-24T10:15:00-04:00"   # 10:15 in Caracas',
      updated: 'updated: "2026-02-25"',
      corrections: 'corrections:\n  - date: "2026-02-26T16:20:00-04:00"\n    change: The count was first given as 190; the report says 109.',
      draft: 'draft: true',
    },
  },
  {
    title: 'Each source (an item of `sources`)',
    intro: 'Sources are numbered 1, 2, 3… on the event page, in the order they are listed; `<Cite source={2} />` points at the second.',
    schema: sourceSchema,
    sourcePath: 'src/lib/schema/source.ts',
    examples: {
      outlet: 'outlet: Associated Press',
      title: 'title: The headline exactly as the outlet published it',
      url: 'url: https://www.example.org/report',
      published: 'published: "2026-02-21"',
      note: 'note: Quotes statements made to the agency EFE. Publication date and address not given in the copy used.',
    },
  },
  {
    title: 'Each figure (an item of `figures`)',
    intro: 'A figure is a claim: the number, what it counts, who claims it and as of when. Figures are numbered 1, 2, 3… in the order they are listed; `<FigureCallout index={1} />` shows the first.',
    schema: figureSchema,
    sourcePath: 'src/lib/schema/figure.ts',
    examples: {
      metric: 'metric: full-freedoms-granted',
      value: 'value: 3231',
      qualifier: 'qualifier: more-than',
      claimant: 'claimant: jorge-arreaza',
      asOf: 'asOf: "2026-02-24"',
      note: 'note: People under precautionary measures, not in prison, when granted full freedom.',
    },
  },
  {
    title: 'Each correction (an item of `corrections`)',
    intro: 'A correction is listed on the event page, and the timeline card is marked "Corrected".',
    schema: correctionSchema,
    sourcePath: 'src/lib/schema/correction.ts',
    examples: {
      date: 'date: "2026-02-26T16:20:00-04:00"   # or only the day: "2026-02-26"',
      change: 'change: The count was first given as 190; the report says 109.',
    },
  },
  {
    title: 'The photo (`image`)',
    intro: 'A photo the site may show, with what it shows and who took it: on the entry’s card, on its page (with the caption and credit) and in its link preview. See "Add a photo" above.',
    schema: imageSchema,
    sourcePath: 'src/lib/schema/photo.ts',
    examples: {
      src: 'src: ../images/prison-gate.jpg',
      alt: 'alt: Relatives hold up photographs of detainees outside a prison gate, at night.',
      credit: 'credit: Jane Doe / Example Agency, used with permission',
      caption: 'caption: Relatives waiting for news outside the prison.',
    },
  },
  {
    title: 'An actor (content/actors.yaml)',
    intro: 'Each actor sits under its id, such as `alfredo-romero:`; entries refer to it by that id.',
    schema: actorSchema,
    sourcePath: 'src/lib/schema/actor.ts',
    examples: {
      name: 'name: Alfredo Romero',
      kind: 'kind: person',
      role: 'role: President of Foro Penal',
      memberOf: 'memberOf: foro-penal',
      url: 'url: https://www.example.org',
    },
  },
  {
    title: 'A place (content/places.yaml)',
    intro: 'Each place sits under its id, such as `caracas:`; entries refer to it by that id.',
    schema: placeSchema,
    sourcePath: 'src/lib/schema/place.ts',
    examples: {
      name: 'name: El Rodeo prison',
      kind: 'kind: prison',
      country: 'country: Venezuela',
      lat: 'lat: 10.47',
      lon: 'lon: -66.54',
      note: 'note: near Caracas',
    },
  },
  {
    title: 'A metric (content/metrics.yaml)',
    intro: 'What exactly a figure counts. Each metric sits under its id, such as `releases-verified:`; figures refer to it by that id.',
    schema: metricSchema,
    sourcePath: 'src/lib/schema/metric.ts',
    examples: {
      label: 'label: Releases verified by Foro Penal',
      short: 'short: Releases verified',
      topic: 'topic: releases',
      definition: 'definition: >-\n  Releases from prison of people detained for political reasons that Foro Penal has verified.\n  Full freedoms granted to people who were not in prison are not counted.',
      unit: 'unit: people',
    },
  },
  {
    title: 'A translation of an event (content/es/events/*.mdx)',
    intro:
      'The Spanish words of an entry, in a file with the same name as the entry. Only words: dates, figures, actors, places and sources are shared by both editions and set in the entry itself. Lists follow the entry’s lists item by item; write `- {}` for an item without a note. Below the frontmatter, the body in Spanish.',
    schema: eventTranslationSchema,
    sourcePath: 'src/lib/schema/translation.ts',
    examples: {
      title: 'title: Foro Penal ha verificado 109 excarcelaciones',
      summary: 'summary: Foro Penal dice que ha verificado 109 excarcelaciones, muy por debajo de la cifra del gobierno.',
      certaintyNote: 'certaintyNote: El reporte da la cifra «al martes por la mañana», que se entiende como el 24 de febrero de 2026.',
      figures: 'figures:\n  - note: Excarcelaciones que Foro Penal ha verificado.\n  - {}',
      sources: 'sources:\n  - note: Cita a la agencia EFE. Sin fecha de publicación ni dirección en la copia usada.',
      corrections: 'corrections:\n  - change: La cifra se dio primero como 190; el reporte dice 109.',
      image: 'image:\n  alt: Familiares sostienen fotos de detenidos ante el portón de una cárcel, de noche.\n  caption: Familiares esperan noticias ante la cárcel.',
    },
  },
  {
    title: 'An actor’s words in Spanish (content/es/actors.yaml)',
    intro: 'Under the actor’s id. People keep their names; an organisation may have its own Spanish name.',
    schema: actorTranslationSchema,
    sourcePath: 'src/lib/schema/translation.ts',
    examples: { name: 'name: Justicia, Encuentro y Perdón', role: 'role: ONG venezolana de derechos humanos' },
  },
  {
    title: 'A place’s words in Spanish (content/es/places.yaml)',
    intro: 'Under the place’s id, where its Spanish name differs or it has a note. The country stays as in content/places.yaml.',
    schema: placeTranslationSchema,
    sourcePath: 'src/lib/schema/translation.ts',
    examples: { name: 'name: Nueva York', note: 'note: cerca de Caracas', countryName: 'countryName: Estados Unidos' },
  },
  {
    title: 'A metric’s words in Spanish (content/es/metrics.yaml)',
    intro: 'Under the metric’s id: what the Spanish charts, tables and data say it counts.',
    schema: metricTranslationSchema,
    sourcePath: 'src/lib/schema/translation.ts',
    examples: {
      label: 'label: Excarcelaciones verificadas por Foro Penal',
      short: 'short: Excarcelaciones verificadas',
      definition: 'definition: >-\n  Excarcelaciones de personas detenidas por razones políticas que Foro Penal ha verificado.',
    },
  },
] as const satisfies readonly Omit<ReferenceSection, 'sourceText'>[];

const qualifierMeanings = Object.fromEntries(
  Object.entries(QUALIFIERS).map(([name, words]) => [name, words ? `shown as “${words} 2,000”` : 'shown as the number alone: “2,000”']),
);

export const VALUE_LISTS: readonly ValueList[] = [
  { title: 'Categories', field: 'category', values: CATEGORIES },
  { title: 'How a date is known', field: 'certainty', values: CERTAINTIES },
  { title: 'How a figure is qualified', field: 'qualifier', values: qualifierMeanings },
  { title: 'Kinds of actor', field: 'kind in actors.yaml', values: ACTOR_KINDS },
  { title: 'Kinds of place', field: 'kind in places.yaml', values: PLACE_KINDS },
  { title: 'Units of a metric', field: 'unit', values: UNITS },
];

/** The whole reference; `readSource` gives the text of a schema file (the script and the tests read it from disk). */
export function fieldReference(readSource: (path: string) => string): string {
  return renderFieldReference(
    REFERENCE.map((section) => ({ ...section, sourceText: readSource(section.sourcePath) })),
    VALUE_LISTS,
  );
}

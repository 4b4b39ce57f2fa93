import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../src/lib/content-check/index.ts';
import { localizeInput } from '../../src/lib/localize.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import { FIXTURE_EVENTS, FIXTURE_INPUT } from './helpers/timeline-fixture.ts';

const ACTORS = 'foro-penal:\n  name: Foro Penal\n  kind: ngo\n';
const PLACES = 'caracas:\n  name: Caracas\n  kind: city\n  country: Venezuela\n  lat: 10.5\n  lon: -66.9\n';
const METRICS = 'releases-verified:\n  label: Releases verified\n  definition: Releases Foro Penal has verified.\n  unit: people\n';
const ENTRY = [
  '---',
  'title: Foro Penal verifies 109 releases',
  'summary: The NGO has verified 109 releases.',
  'date: "2026-02-24"',
  'category: report',
  'actors: [foro-penal]',
  'sources:',
  '  - outlet: Wire',
  '    note: No address in the copy used.',
  'figures:',
  '  - metric: releases-verified',
  '    value: 109',
  '    claimant: foro-penal',
  '    asOf: "2026-02-24"',
  'added: "2026-02-24T18:30:00-04:00"',
  '---',
  '',
  'Body.',
].join('\n');
const TRANSLATION = ['---', 'title: Foro Penal verifica 109 excarcelaciones', 'summary: La ONG ha verificado 109 excarcelaciones.', '---', '', 'Cuerpo.'].join('\n');

function content(es: Partial<NonNullable<ContentFiles['translations']>[number]> = {}): ContentFiles {
  return {
    dir: 'content',
    events: [{ path: 'content/events/2026-02-24-count.mdx', text: ENTRY }],
    actors: { path: 'content/actors.yaml', text: ACTORS },
    places: { path: 'content/places.yaml', text: PLACES },
    metrics: { path: 'content/metrics.yaml', text: METRICS },
    translations: [
      {
        locale: 'es',
        dir: 'content/es',
        events: [{ path: 'content/es/events/2026-02-24-count.mdx', text: TRANSLATION }],
        actors: { path: 'content/es/actors.yaml', text: 'foro-penal:\n  role: ONG venezolana\n' },
        places: { path: 'content/es/places.yaml', text: 'caracas:\n  note: La capital\n' },
        metrics: { path: 'content/es/metrics.yaml', text: 'releases-verified:\n  label: Excarcelaciones verificadas\n  definition: Las que Foro Penal ha verificado.\n' },
        ...es,
      },
    ],
  };
}

const messages = (files: ContentFiles, warnings = true) => checkContent(files, { warnings }).map((problem) => `${problem.severity} ${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`);

describe('the content check, on an edition’s translations', () => {
  it('accepts a translation with only words in it', () => {
    expect(messages(content())).toEqual([]);
  });

  it('refuses a fact in a translation, and says that facts are shared', () => {
    const withFact = TRANSLATION.replace('summary:', 'date: "2026-02-25"\nsummary:');
    const [problem] = messages(content({ events: [{ path: 'content/es/events/2026-02-24-count.mdx', text: withFact }] }));
    expect(problem).toMatch(/^error content\/es\/events\/2026-02-24-count\.mdx:\d+: date: unknown field "date"/);
  });

  it('refuses a translation of an entry that does not exist', () => {
    expect(messages(content({ events: [{ path: 'content/es/events/2026-02-25-other.mdx', text: TRANSLATION }] }), false)).toEqual([
      'error content/es/events/2026-02-25-other.mdx:1: file: translates "2026-02-25-other", and there is no such entry (expected the file name of an entry in content/events/)',
    ]);
  });

  it('refuses a list of figure notes that does not follow the entry’s figures item by item', () => {
    const notes = TRANSLATION.replace('---\n\n', 'figures:\n  - note: "Una"\n  - note: "Dos"\n---\n\n');
    const found = messages(content({ events: [{ path: 'content/es/events/2026-02-24-count.mdx', text: notes }] }));
    expect(found).toEqual([expect.stringContaining('figures: has 2 items, and the entry has 1 (expected one item per figure of content/events/2026-02-24-count.mdx, in the same order)')]);
  });

  it('warns, without failing, of an entry and a metric with no translation yet', () => {
    const found = checkContent(content({ events: [], metrics: null }), { warnings: true });
    expect(found.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(found.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^content\/events\/2026-02-24-count\.mdx: translation \(es\): is missing: the es edition shows this entry in its own language, with a notice \(expected content\/es\/events\/2026-02-24-count\.mdx\)$/),
      expect.stringMatching(/^content\/es\/metrics\.yaml: file: is missing/),
    ]);
  });

  it('refuses an unknown actor or metric in an edition’s data files', () => {
    const found = messages(content({ actors: { path: 'content/es/actors.yaml', text: 'foro-penall:\n  role: ONG\n' } }), false);
    expect(found).toEqual(['error content/es/actors.yaml:1: foro-penall: translates the actor "foro-penall", and there is no such actor (expected an id from the actors of the entries)']);
  });
});

describe('localizeInput()', () => {
  const input = { ...FIXTURE_INPUT, events: FIXTURE_EVENTS };

  it('puts an edition’s words on the shared facts, and lists what it leaves in the source language', () => {
    const { input: localized, untranslated } = localizeInput(input as never, {
      events: new Map([['e3', { title: 'Hecho e3', summary: 'Un hecho.', figures: [{ note: 'Nota' }, {}] }]]),
      actors: new Map([['ngo-a', { role: 'Una ONG' }]]),
      places: new Map([['caracas', { note: 'La capital' }]]),
      metrics: new Map([['verified', { label: 'Excarcelaciones verificadas', definition: 'Las verificadas.' }]]),
    });
    const timeline = buildTimeline(localized);
    const e3 = timeline.events.find((event) => event.slug === 'e3')!;
    expect(e3.title).toBe('Hecho e3');
    expect(e3.figures.map((figure) => [figure.value, figure.note, figure.metric.label])).toEqual([
      [3231, 'Nota', 'Full freedoms granted'],
      [109, undefined, 'Excarcelaciones verificadas'],
    ]);
    expect(e3.date.iso).toBe('2026-02-24');
    expect(timeline.actors.get('ngo-a')!.role).toBe('Una ONG');
    expect(timeline.actors.get('ngo-a')!.name).toBe('NGO A');
    expect([...untranslated].sort()).toEqual(['e1', 'e2', 'e4']);
  });
});

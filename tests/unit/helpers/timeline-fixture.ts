import { buildTimeline, type TimelineInput } from '../../../src/lib/timeline.ts';
import { eventSchema } from '../../../src/lib/schema/index.ts';

/** A small, fixed timeline for chart tests: two government counts, two NGO counts, one person's. */
export const FIXTURE_INPUT: Omit<TimelineInput, 'events'> = {
  actors: [
    { id: 'commission', data: { name: 'Amnesty commission', kind: 'government-body' } },
    { id: 'official', data: { name: 'An Official', kind: 'person', memberOf: 'commission' } },
    { id: 'ngo-a', data: { name: 'NGO A', kind: 'ngo' } },
    { id: 'ngo-b', data: { name: 'NGO B', kind: 'ngo' } },
    { id: 'relative', data: { name: 'A Relative', kind: 'person' } },
  ],
  places: [{ id: 'caracas', data: { name: 'Caracas', kind: 'city', country: 'Venezuela', lat: 10.48, lon: -66.9 } }],
  metrics: [
    { id: 'freedoms', data: { label: 'Full freedoms granted', short: 'Full freedoms', topic: 'releases', definition: 'Courts granting full freedom.', unit: 'people' } },
    { id: 'verified', data: { label: 'Releases verified', topic: 'releases', definition: 'Releases from prison verified case by case.', unit: 'people' } },
    { id: 'documented', data: { label: 'Releases documented', topic: 'releases', definition: 'Releases documented over a period.', unit: 'people' } },
    { id: 'strikers', data: { label: 'Hunger strikers', definition: 'People on hunger strike.', unit: 'people' } },
  ],
};

type Figure = { metric: string; value: number; qualifier?: string; claimant: string; asOf: string };

/** An event with figures, validated by the real schema so fixtures cannot drift from it. */
export function fixtureEvent(slug: string, date: string, figures: Figure[], extra: Record<string, unknown> = {}) {
  return {
    slug,
    data: eventSchema.parse({
      title: `Event ${slug}`,
      summary: 'A fixture event.',
      date,
      category: 'report',
      sources: [{ outlet: 'Fixture Agency' }],
      figures,
      // The evening of the event's first day, in Caracas: when such an entry would go up.
      added: `${`${date}-01-01`.slice(0, 10)}T18:30:00-04:00`,
      ...extra,
    }),
  };
}

export const FIXTURE_EVENTS = [
  fixtureEvent('e1', '2026-02-10', [{ metric: 'documented', value: 300, claimant: 'ngo-b', asOf: '2026-02-10' }]),
  fixtureEvent('e2', '2026-02-20', [{ metric: 'documented', value: 459, claimant: 'ngo-b', asOf: '2026-02-20' }]),
  fixtureEvent(
    'e3',
    '2026-02-24',
    [
      { metric: 'freedoms', value: 3231, claimant: 'official', asOf: '2026-02-24' },
      { metric: 'verified', value: 109, claimant: 'ngo-a', asOf: '2026-02-24' },
    ],
    { certainty: 'inferred', certaintyNote: 'From "as of Tuesday morning".' },
  ),
  fixtureEvent('e4', '2026-02', [{ metric: 'strikers', value: 200, qualifier: 'more-than', claimant: 'relative', asOf: '2026-02' }], {
    certainty: 'approximate',
    certaintyNote: 'The report gives no day.',
  }),
];

export function fixtureTimeline(events = FIXTURE_EVENTS) {
  return buildTimeline({ ...FIXTURE_INPUT, events } as TimelineInput);
}

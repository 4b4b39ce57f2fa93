/**
 * One bad-entry fixture per class of error under tests/fixtures/content-errors/, each checked for
 * the exact file, line and field of its problem and the words that tell the editor what was found
 * and what is expected; then a fixture with many problems, and a valid fixture with none.
 */
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/lib/content-check/yaml-source.ts';
import { splitFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { checkContent, formatProblem, formatReport } from '../../src/lib/content-check/index.ts';
import { parsePartialDate } from '../../src/lib/dates.ts';
import { readErrorFixture, readValidFixture } from './helpers/content-fixtures.ts';

interface Expected {
  fixture: string;
  file: string;
  line: number;
  field: string;
  says: string[];
  /** Words the message must not contain, e.g. a suggestion where none fits. */
  never?: string[];
}

const cases: Expected[] = [
  {
    fixture: 'missing-field',
    file: 'events/2026-02-19-amnesty-law-passed.mdx',
    line: 2,
    field: 'title',
    says: ['is missing', 'expected a short headline'],
  },
  {
    fixture: 'impossible-date',
    file: 'events/2026-02-28-releases.mdx',
    line: 4,
    field: 'date',
    says: ['"2026-02-30"', 'is not a real calendar date', 'February 2026 has 28 days', 'expected a date in quotes'],
  },
  {
    fixture: 'unquoted-date',
    file: 'events/2026-02-28-releases.mdx',
    line: 4,
    field: 'date',
    says: [
      '2026-02-30 is not in quotes',
      'YAML reads it as a timestamp',
      'e.g. date: "2026-01-03"',
      '"2026-02-30" is not a real calendar date',
      'February 2026 has 28 days',
    ],
    // YAML rolled it over to 2 March; the editor must see what they typed, not that.
    never: ['2026-03-02', 'March'],
  },
  {
    fixture: 'added-missing',
    file: 'events/2026-02-24-releases-counted.mdx',
    line: 2,
    field: 'added',
    says: ['is missing', 'expected the date and time the entry went up on the site', 'with its offset from UTC', '"2026-02-24T10:15:00-04:00"'],
  },
  {
    fixture: 'added-malformed',
    file: 'events/2026-02-24-releases-counted.mdx',
    line: 8,
    field: 'added',
    says: ['"24/02/2026 10:15" is not a date and time written as "YYYY-MM-DDTHH:MM:SS-04:00"', 'expected the date and time the entry went up on the site'],
  },
  {
    fixture: 'added-without-offset',
    file: 'events/2026-02-24-releases-counted.mdx',
    line: 8,
    field: 'added',
    says: ['"2026-02-24T10:15:00" has no offset from UTC', '-04:00 for Caracas', 'expected the date and time the entry went up on the site'],
  },
  {
    fixture: 'added-unquoted',
    file: 'events/2026-02-24-releases-counted.mdx',
    line: 8,
    field: 'added',
    says: ['2026-02-24T10:15:00-04:00 is not in quotes', 'YAML reads it as a timestamp', 'e.g. added: "2026-02-24T10:15:00-04:00"'],
    // YAML turned it into 14:15 UTC; the editor must see what they typed, and no complaint about the date itself.
    never: ['14:15', 'besides'],
  },
  {
    fixture: 'end-before-date',
    file: 'events/2026-02-20-hunger-strike.mdx',
    line: 5,
    field: 'end',
    says: ['"2026-02-20" is before the start date "2026-02-21"', 'expected an end on or after the date'],
  },
  {
    fixture: 'unknown-actor',
    file: 'events/2026-01-08-releases-begin.mdx',
    line: 8,
    field: 'actors[2]',
    says: ['unknown actor "foro-penall"', 'did you mean "foro-penal"?', 'expected an id from unknown-actor/actors.yaml'],
  },
  {
    fixture: 'unknown-place',
    file: 'events/2026-01-08-releases-begin.mdx',
    line: 8,
    field: 'places[2]',
    says: ['unknown place "maracaibo"', 'expected an id from unknown-place/places.yaml, or add it there'],
    never: ['did you mean'],
  },
  {
    fixture: 'unknown-metric',
    file: 'events/2026-01-20-foro-penal-count.mdx',
    line: 9,
    field: 'figures[1].metric',
    says: ['unknown metric "political-prisoner"', 'did you mean "political-prisoners"?', 'expected an id from unknown-metric/metrics.yaml'],
  },
  {
    fixture: 'http-url',
    file: 'events/2026-01-08-releases-begin.mdx',
    line: 10,
    field: 'sources[2].url',
    says: ['"http://elpitazo.net/example" is not an https address', 'starting with https://'],
  },
  {
    fixture: 'javascript-url',
    file: 'events/2026-01-08-releases-begin.mdx',
    line: 8,
    field: 'sources[1].url',
    says: ['"javascript:alert(1)" is not an https address', 'starting with https://'],
  },
  {
    fixture: 'figure-without-claimant',
    file: 'events/2026-01-20-foro-penal-count.mdx',
    line: 9,
    field: 'figures[1].claimant',
    says: ['is missing', 'the actor who claims the figure', 'actors.yaml'],
  },
  {
    fixture: 'duplicate-slug',
    file: 'events/releases/2026-01-08-releases-begin.mdx',
    line: 1,
    field: 'file',
    says: [
      'slug "2026-01-08-releases-begin" is already used by duplicate-slug/events/january/2026-01-08-releases-begin.mdx',
      'expected every event to have its own file name',
    ],
  },
  {
    fixture: 'inferred-without-note',
    file: 'events/2026-01-10-weekend-releases.mdx',
    line: 2,
    field: 'certaintyNote',
    says: ['is missing', 'a date that is inferred needs a note', 'expected e.g. certaintyNote:'],
  },
  {
    fixture: 'unknown-field',
    file: 'events/2026-02-19-amnesty-law-passed.mdx',
    line: 6,
    field: 'importanse',
    says: ['unknown field "importanse"', 'did you mean "importance"?', 'expected one of: title, summary, date'],
  },
  {
    fixture: 'not-mdx',
    file: 'events/2026-01-10-vigil.md',
    line: 1,
    field: 'file',
    says: ['is not an .mdx file', 'would not be published', 'expected 2026-01-10-vigil.mdx'],
  },
  {
    fixture: 'script-in-body',
    file: 'events/2026-01-08-releases-begin.mdx',
    line: 13,
    field: 'body',
    says: ['has a <script> element', 'would run code in readers’ browsers', 'expected text, Markdown and the editor components'],
  },
  {
    fixture: 'handler-in-body',
    file: 'events/2026-01-08-releases-begin.mdx',
    line: 13,
    field: 'body',
    says: ['has an event-handler attribute onerror=', 'would run code in readers’ browsers', 'expected no on… attributes'],
  },
  {
    fixture: 'missing-event-link',
    file: 'events/2026-01-08-releases-begin.mdx',
    line: 11,
    field: 'body',
    says: ['links to /events/2026-01-03-maduro-capture/, and there is no such event', 'did you mean /events/2026-01-03-maduro-captured/?'],
  },
];

describe.each(cases)('the $fixture fixture', ({ fixture, file, line, field, says, never = [] }) => {
  it(`reports exactly one error, at ${file}:${line} on ${field}`, async () => {
    const problems = checkContent(await readErrorFixture(fixture));
    expect(problems).toEqual([
      { file: `${fixture}/${file}`, line, field, message: expect.any(String), severity: 'error' },
    ]);
  });

  it('says what was found and what is expected', async () => {
    const [problem] = checkContent(await readErrorFixture(fixture));
    for (const words of says) expect(problem!.message).toContain(words);
    for (const words of never) expect(problem!.message).not.toContain(words);
  });

  it('prints the problem as file:line: field: message, then a count of one', async () => {
    const problems = checkContent(await readErrorFixture(fixture));
    expect(formatReport(problems).split('\n')).toEqual([
      `${fixture}/${file}:${line}: ${field}: ${problems[0]!.message}`,
      '1 error in 1 file: fix them and run the command again.',
    ]);
  });
});

describe('the many-problems fixture (three events, one of them notes.txt, and a broken actors.yaml)', () => {
  const expected = [
    ['many-problems/actors.yaml', 3, 'foro-penal.kind', 'found NGO (did you mean "ngo"?'],
    ['many-problems/actors.yaml', 7, 'alfredo-romero.memberOf', 'unknown actor "foro-penall" (did you mean "foro-penal"?'],
    ['many-problems/events/2026-01-03-capture.mdx', 2, 'summary', 'is missing (expected one sentence summing up the event)'],
    ['many-problems/events/2026-01-03-capture.mdx', 3, 'date', '2026-01-03 is not in quotes'],
    ['many-problems/events/2026-01-03-capture.mdx', 6, 'actors[1]', 'unknown actor "us-government" (expected an id from many-problems/actors.yaml'],
    ['many-problems/events/2026-01-20-count.mdx', 5, 'category', 'found reports (did you mean "report"?'],
    ['many-problems/events/2026-01-20-count.mdx', 10, 'figures[1].value', 'found "3,231" (expected a number without separators'],
    ['many-problems/events/notes.txt', 1, 'file', 'is not an .mdx file, so it would not be published (expected notes.mdx)'],
  ] as const;

  it('lists every problem in every file, not only the first', async () => {
    const problems = checkContent(await readErrorFixture('many-problems'));
    expect(problems).toHaveLength(expected.length);
    for (const [file, line, field, words] of expected) {
      expect(problems).toContainEqual({ file, line, field, message: expect.stringContaining(words), severity: 'error' });
    }
  });

  it('prints them sorted by file and line, and counts them on the last line', async () => {
    const problems = checkContent(await readErrorFixture('many-problems'));
    const lines = formatReport(problems).split('\n');
    expect(lines).toHaveLength(expected.length + 1);
    expect(lines.slice(0, -1).map((text) => text.split(': ')[0])).toEqual(expected.map(([file, line]) => `${file}:${line}`));
    expect(lines.slice(0, -1).sort()).toEqual(problems.map(formatProblem).sort());
    expect(lines.at(-1)).toBe('8 errors in 4 files: fix them and run the command again.');
  });
});

describe('the valid fixture', () => {
  it('passes with zero problems', async () => {
    const problems = checkContent(await readValidFixture());
    expect(problems).toEqual([]);
    expect(formatReport(problems)).toBe('Content OK.');
  });

  it('still holds a year-precision, a month-precision, a day-precision and a span event', async () => {
    const { events } = await readValidFixture();
    const dates = events.map((file) => {
      const { yaml, yamlFirstLine } = splitFrontmatter(file.text);
      const data = parseYamlSource(yaml!, yamlFirstLine).data as { date: string; end?: string };
      const parsed = parsePartialDate(data.date);
      return { precision: parsed.ok ? parsed.date.precision : 'invalid', span: data.end !== undefined };
    });
    expect(dates).toContainEqual({ precision: 'year', span: false });
    expect(dates).toContainEqual({ precision: 'month', span: false });
    expect(dates).toContainEqual({ precision: 'day', span: false });
    expect(dates).toContainEqual({ precision: 'day', span: true });
  });

  it('includes an event in a subfolder of events/, which keeps its file name as slug', async () => {
    const { events } = await readValidFixture();
    expect(events.map((file) => file.path)).toContain('content-valid/events/2026/2026-02-20-hunger-strike.mdx');
  });
});

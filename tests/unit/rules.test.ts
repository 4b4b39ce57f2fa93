/**
 * The rules across entries (one headline per event, no date after today) and the warnings
 * (a source without url or note, a summary too long for link previews, a TODO left in), then
 * `npm run check:content` itself: warnings are printed but only errors fail it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/node/content-files.ts';
import { checkContent, formatProblem, formatReport, type ContentFiles } from '../../src/lib/content-check/index.ts';
import { SUMMARY_LIMIT } from '../../src/lib/content-check/warnings.ts';
import { ERRORS_ROOT, eventText, withSharedData } from './helpers/content-fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const A = 'content/events/2026-01-08-releases-begin.mdx';
const B = 'content/events/2026-01-09-releases-continue.mdx';
const TODAY = '2026-03-01';

/** An event file like eventText(), with its own title and summary (on lines 2 and 3). */
function entry(title: string, extra = 'date: "2026-01-08"\n', summary = 'The first political prisoners are released.', body = '\nBody.\n'): string {
  return eventText(extra, body).replace('title: Releases begin', `title: ${title}`).replace('summary: The first political prisoners are released.', `summary: ${summary}`);
}

const brief = (files: ContentFiles, options = {}) => checkContent(files, options).map((p) => `${p.file.split('/').pop()}:${p.line} ${p.severity} ${p.field}: ${p.message}`);

describe('two entries with the same title', () => {
  it('is an error on the later file, at its title line, naming the entry that has it first', () => {
    const problems = checkContent(withSharedData({ [B]: entry('Releases begin'), [A]: entry('Releases begin') }));
    expect(problems).toEqual([
      {
        file: B,
        line: 2,
        field: 'title',
        severity: 'error',
        message: `"Releases begin" is already the title of ${A} (expected a headline of its own, so readers can tell the two events apart in lists, feeds and search)`,
      },
    ]);
  });

  it('ignores case and spacing, which readers would not notice either', () => {
    const problems = checkContent(withSharedData({ [A]: entry('Releases begin'), [B]: entry('releases   Begin') }));
    expect(problems.map((p) => `${p.file}:${p.field}`)).toEqual([`${B}:title`]);
  });

  it('counts a draft too: it would collide the day it is published', () => {
    const problems = checkContent(withSharedData({ [A]: entry('Releases begin'), [B]: entry('Releases begin', 'date: "2026-01-09"\ndraft: true\n') }));
    expect(problems).toHaveLength(1);
  });

  it('lets different titles pass', () => {
    expect(checkContent(withSharedData({ [A]: entry('Releases begin'), [B]: entry('Releases continue') }))).toEqual([]);
  });
});

describe('a date after today', () => {
  const future = (extra: string) => brief(withSharedData({ [A]: entry('Releases begin', extra) }), { today: TODAY });

  it('is an error in a published entry, naming today', () => {
    expect(future('date: "2026-03-02"\n')).toEqual([
      '2026-01-08-releases-begin.mdx:7 error date: "2026-03-02" is after today, 2026-03-01 (expected a date that has already come; to prepare an entry ahead of time, keep draft: true until then)',
    ]);
  });

  it.each([
    ['today itself', 'date: "2026-03-01"\n'],
    ['the current month', 'date: "2026-03"\n'],
    ['the current year', 'date: "2026"\n'],
    ['yesterday', 'date: "2026-02-28"\n'],
  ])('is not %s', (_, extra) => {
    expect(future(extra)).toEqual([]);
  });

  it('covers every date of the entry: end, updated, a figure’s asOf, a source’s publication, a correction', () => {
    const problems = future(
      [
        'date: "2026-02-20"',
        'end: "2026-03-05"',
        'updated: "2027"',
        'figures:',
        '  - metric: releases-verified',
        '    value: 3',
        '    claimant: foro-penal',
        '    asOf: "2026-04"',
        'corrections:',
        '  - date: "2026-03-02"',
        '    change: Fixed.',
        '',
      ].join('\n'),
    );
    expect(problems.map((p) => p.split(' error ')[1]!.split(':')[0])).toEqual(['end', 'updated', 'figures[1].asOf', 'corrections[1].date']);
  });

  it('is allowed in a draft, prepared ahead of the event', () => {
    expect(future('date: "2026-03-02"\ndraft: true\n')).toEqual([]);
  });

  it('is not checked unless today is given, so the result never depends on the day the test runs', () => {
    expect(brief(withSharedData({ [A]: entry('Releases begin', 'date: "2999-01-01"\n') }))).toEqual([]);
  });

  it('refuses a today that is not a day', () => {
    expect(() => checkContent(withSharedData({}), { today: '2026-03' })).toThrow('today must be a day');
  });
});

describe('an added time (or a correction time) after now', () => {
  /** 1 March 2026, 09:00 in Caracas. */
  const NOW = new Date('2026-03-01T13:00:00Z');
  /** The entry of eventText() dated 8 January, its `added` line (line 8, after `extra`) set to the given time. */
  const withAdded = (added: string, extra = '') => entry('Releases begin', `date: "2026-01-08"\n${extra}`).replace(/^added: .*$/m, `added: "${added}"`);
  const check = (text: string) => brief(withSharedData({ [A]: text }), { now: NOW });

  it('is an error, naming now in Caracas, and the offset as a likely slip', () => {
    expect(check(withAdded('2026-03-01T09:00:01-04:00'))).toEqual([
      '2026-01-08-releases-begin.mdx:8 error added: "2026-03-01T09:00:01-04:00" is after now, 2026-03-01T09:00:00-04:00 in Caracas (expected a time that has already come: check the clock and the offset, -04:00 for Caracas; to prepare an entry ahead of time, keep draft: true until then)',
    ]);
  });

  it.each([
    ['now itself', '2026-03-01T09:00:00-04:00'],
    ['a second before', '2026-03-01T08:59:59-04:00'],
    ['the same instant written in UTC', '2026-03-01T13:00:00Z'],
  ])('is not %s', (_, added) => {
    expect(check(withAdded(added))).toEqual([]);
  });

  it('judges the instant, not the digits: 12:00 in Madrid is 07:00 in Caracas; 08:00 in Los Angeles is 12:00', () => {
    expect(check(withAdded('2026-03-01T12:00:00+01:00'))).toEqual([]);
    expect(check(withAdded('2026-03-01T08:00:00-08:00'))).toEqual([expect.stringContaining('is after now')]);
  });

  it('covers a correction given with its time, on its own line', () => {
    const problems = check(withAdded('2026-02-01T10:00:00-04:00', 'corrections:\n  - date: "2026-03-01T12:00:00-04:00"\n    change: Fixed.\n'));
    expect(problems).toEqual([expect.stringMatching(/^2026-01-08-releases-begin\.mdx:9 error corrections\[1\]\.date: "2026-03-01T12:00:00-04:00" is after now/)]);
  });

  it('is allowed in a draft, to be published at that time', () => {
    expect(check(withAdded('2026-03-02T09:00:00-04:00', 'draft: true\n'))).toEqual([]);
  });

  it('makes today the day of now, in UTC, for the other dates', () => {
    expect(check(entry('Releases begin', 'date: "2026-03-02"\n'))).toEqual([expect.stringContaining('date: "2026-03-02" is after today, 2026-03-01')]);
  });

  it('is not checked unless now is given, so the result never depends on the time the test runs', () => {
    expect(brief(withSharedData({ [A]: withAdded('2999-01-01T00:00:00-04:00') }))).toEqual([]);
  });
});

describe('warnings', () => {
  const warn = (text: string) => brief(withSharedData({ [A]: text }), { warnings: true });

  it('are only reported when asked for: the schema and reference errors are unchanged', () => {
    expect(checkContent(withSharedData({ [A]: entry('Releases begin') }))).toEqual([]);
    expect(warn(entry('Releases begin'))).toEqual([
      expect.stringMatching(/^2026-01-08-releases-begin\.mdx:6 warning sources\[1\]: has no url and no note saying why \(expected url: https:\/\/… or, when the report has no address, a note saying so/),
    ]);
  });

  it('accept a source without url when a note says why, and a source with a url', () => {
    const explained = entry('Releases begin').replace('  - outlet: Reuters\n', '  - outlet: Reuters\n    note: Address not given in the copy used.\n  - outlet: AP\n    url: https://www.example.org/x\n');
    expect(warn(explained)).toEqual([]);
  });

  it('name every unexplained source in one line per entry, not one line each', () => {
    const three = entry('Releases begin').replace('  - outlet: Reuters\n', '  - outlet: Reuters\n  - outlet: AP\n    url: https://www.example.org/x\n  - outlet: EFE\n  - outlet: AFP\n');
    expect(warn(three)).toEqual([expect.stringMatching(/:6 warning sources: 1, 3 and 4 have no url and no note saying why/)]);
  });

  it(`flag a summary longer than ${SUMMARY_LIMIT} characters, too long for link previews`, () => {
    const withNote = (summary: string) => entry('Releases begin', undefined, summary).replace('  - outlet: Reuters\n', '  - outlet: Reuters\n    note: No address.\n');
    expect(warn(withNote('é'.repeat(SUMMARY_LIMIT)))).toEqual([]);
    expect(warn(withNote('é'.repeat(SUMMARY_LIMIT + 1)))).toEqual([
      `2026-01-08-releases-begin.mdx:3 warning summary: is ${SUMMARY_LIMIT + 1} characters long, too long for link previews, which cut it off (expected at most ${SUMMARY_LIMIT} characters: one short sentence)`,
    ]);
  });

  it('flag each field, and the body, that still hold the TODO placeholder, at their lines', () => {
    const text = entry('Releases begin', 'date: "2026-01-08"\n', '"TODO: one sentence"', '\nA first paragraph.\n\nTODO: write the rest.\n').replace(
      '  - outlet: Reuters\n',
      '  - outlet: "TODO: outlet"\n    note: No address.\n',
    );
    expect(warn(text)).toEqual([
      '2026-01-08-releases-begin.mdx:3 warning summary: still has the TODO placeholder (expected your own text in place of "TODO: …")',
      '2026-01-08-releases-begin.mdx:6 warning sources[1].outlet: still has the TODO placeholder (expected your own text in place of "TODO: …")',
      '2026-01-08-releases-begin.mdx:14 warning body: still has the TODO placeholder (expected the text of the entry in place of "TODO: …")',
    ]);
  });

  it('print as file:line: warning: field: problem, and leave the report “Content OK”', () => {
    const problems = checkContent(withSharedData({ [A]: entry('Releases begin') }), { warnings: true });
    expect(formatProblem(problems[0]!)).toMatch(/^content\/events\/2026-01-08-releases-begin\.mdx:6: warning: sources\[1\]: has no url/);
    expect(formatReport(problems).split('\n').at(-1)).toBe('Content OK (1 warning).');
  });
});

describe('the real content', () => {
  it('has no errors, today included, and at most one warning per entry about sources without url', async () => {
    const problems = checkContent(await readContentFiles(ROOT), { today: new Date().toISOString().slice(0, 10), warnings: true });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const sourceWarnings = problems.filter((p) => p.field.startsWith('sources') && p.message.includes('no url'));
    expect(sourceWarnings.length).toBe(new Set(sourceWarnings.map((p) => p.file)).size);
  });
});

describe('npm run check:content (scripts/check-content.ts)', () => {
  function run(events: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'check-content-'));
    try {
      cpSync(join(ERRORS_ROOT, '_shared'), dir, { recursive: true });
      mkdirSync(join(dir, 'events'));
      for (const [name, text] of Object.entries(events)) writeFileSync(join(dir, 'events', name), text);
      const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
      return { code: result.status, out: result.stdout + result.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('prints warnings and exits 0 when there are only warnings', () => {
    const result = run({ '2026-01-08-releases-begin.mdx': entry('Releases begin') });
    expect(result.out).toMatch(/2026-01-08-releases-begin\.mdx:6: warning: sources\[1\]: has no url and no note saying why/);
    // The source without url, and the Spanish edition with no translation at all (this content has no es/ folder).
    expect(result.out).toMatch(/warning: translation \(es\): is missing/);
    expect(result.out).toContain('Content OK (2 warnings).');
    expect(result.code).toBe(0);
  });

  it('refuses an added time after now, the real now, as well', () => {
    const text = entry('Releases begin').replace(/^added: .*$/m, 'added: "2999-01-08T10:00:00-04:00"');
    const result = run({ '2026-01-08-releases-begin.mdx': text });
    expect(result.out).toContain('2026-01-08-releases-begin.mdx:8: added: "2999-01-08T10:00:00-04:00" is after now');
    expect(result.code).toBe(1);
  });

  it('exits 1 on an error such as a date after today, with the warnings still printed', () => {
    const result = run({ '2026-01-08-releases-begin.mdx': entry('Releases begin', 'date: "2999-01-08"\n') });
    expect(result.out).toContain('2026-01-08-releases-begin.mdx:7: date: "2999-01-08" is after today');
    expect(result.out).toContain('warning: sources[1]');
    expect(result.code).toBe(1);
  });
});

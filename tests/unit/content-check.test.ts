/**
 * The content check on small texts written inline: locations, messages, data files, and the
 * helpers that make the report (formatProblem, formatReport, splitFrontmatter, parseYamlSource).
 */
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, formatReport, slugOf, type ContentFiles } from '../../src/lib/content-check/index.ts';
import { splitFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { compareProblems, formatFieldPath, type Problem } from '../../src/lib/content-check/problem.ts';
import { parseYamlSource } from '../../src/lib/content-check/yaml-source.ts';
import { closest } from '../../src/lib/content-check/zod-issues.ts';
import { ADDED, eventText, withSharedData } from './helpers/content-fixtures.ts';

const A = 'content/events/2026-01-08-releases-begin.mdx';

/** The problems for one event file whose frontmatter ends with `extra` (first extra line = line 7). */
function problemsFor(extra: string, data: Partial<Omit<ContentFiles, 'events'>> = {}) {
  return checkContent(withSharedData({ [A]: eventText(extra) }, data));
}

/** `line field: message` for each problem: short enough to compare whole. */
function brief(problems: Problem[]): string[] {
  return problems.map((p) => `${p.line} ${p.field}: ${p.message}`);
}

describe('checkContent() on event frontmatter', () => {
  it('finds nothing wrong with a plain valid event', () => {
    expect(problemsFor('date: "2026-01-08"\n')).toEqual([]);
  });

  it.each([
    ['date: 2024\n', 7, 'date', 'is not in quotes, so YAML reads it as a timestamp or a number'],
    ['date: "2026-13"\n', 7, 'date', '"2026-13" has month 13, and months run from 01 to 12'],
    ['date: "03/01/2026"\n', 7, 'date', '"03/01/2026" is not a date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD"'],
    ['date: "2026-01-08"\nimportance: 5\n', 8, 'importance', 'found 5 (expected 1, 2 or 3)'],
    ['date: "2026-01-08"\ndraft: "yes"\n', 8, 'draft', 'found "yes" (expected true or false)'],
    ['date: "2026-01-08"\ncertainty: infered\ncertaintyNote: From "this weekend".\n', 8, 'certainty', 'found infered (did you mean "inferred"? expected one of reported, approximate, inferred)'],
    ['date: "2026-02"\nend: "2026-01-31"\n', 8, 'end', '"2026-01-31" is before the start date "2026-02" (expected an end on or after the date)'],
    ['date: "2026-01-08"\nactors: foro-penal\n', 8, 'actors', 'found foro-penal (expected a list of actor ids)'],
  ])('with %j reports line %i, %s: %s', (extra, line, field, message) => {
    expect(problemsFor(extra)).toEqual([
      { file: A, line, field, message: expect.stringContaining(message), severity: 'error' },
    ]);
  });

  it('answers an actor written as a name rather than an id with the id it probably means', () => {
    const problems = problemsFor('date: "2026-01-08"\nactors:\n  - Foro Penal\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.line === 9 && p.field === 'actors[1]')).toBe(true);
    expect(problems.map((p) => p.message).join('\n')).toContain('did you mean "foro-penal"?');
  });

  it('accepts an end on the same day as the date: a one-day span does not run backwards', () => {
    expect(problemsFor('date: "2026-02-21"\nend: "2026-02-21"\n')).toEqual([]);
  });

  it('reads an unquoted month (2026-01) as the text it is, since YAML has no month timestamps', () => {
    expect(problemsFor('date: 2026-01\n')).toEqual([]);
  });

  it('locates an unquoted figure date inside a list and shows it as typed', () => {
    const problems = problemsFor(
      'date: "2026-01-08"\nfigures:\n  - metric: releases-verified\n    value: 3\n    claimant: foro-penal\n    asOf: 2026-01-19\n',
    );
    expect(brief(problems)).toEqual([
      '12 figures[1].asOf: 2026-01-19 is not in quotes, so YAML reads it as a timestamp or a number (expected a date in quotes, written as "YYYY", "YYYY-MM" or "YYYY-MM-DD", e.g. date: "2026-01-03")',
    ]);
  });

  it('lists every problem of a figure at once: negative value, unknown claimant, and a figure that is not a map', () => {
    const problems = problemsFor(
      'date: "2026-01-08"\nfigures:\n  - metric: releases-verified\n    value: -3\n    claimant: nobody\n    asOf: "2026-01-19"\n  - 42\n',
    );
    expect(brief(problems).sort()).toEqual([
      '10 figures[1].value: is negative (expected a count of zero or more)',
      '11 figures[1].claimant: unknown claimant "nobody" (expected an id from content/actors.yaml, or add it there)',
      '13 figures[2]: found 42 (expected a figure with metric, value, claimant and asOf)',
    ]);
  });

  it('suggests the field meant by a typo inside a source, listing the fields a source may have', () => {
    const text = eventText().replace('  - outlet: Reuters\n', '  - outlet: Reuters\n    urll: https://www.reuters.com/x\n');
    expect(brief(checkContent(withSharedData({ [A]: text })))).toEqual([
      '7 sources[1].urll: unknown field "urll" (did you mean "url"? expected one of: outlet, title, url, published, note)',
    ]);
  });

  it('refuses an empty list of sources, saying at least one is needed', () => {
    const text = `---\ntitle: T\nsummary: S\ncategory: release\ndate: "2026-01-08"\nsources: []\n${ADDED}---\n`;
    expect(brief(checkContent(withSharedData({ [A]: text })))).toEqual([
      '6 sources: is empty (expected at least one source with its outlet)',
    ]);
  });

  it('still applies the rules across fields when another field has failed, so all show at once', () => {
    const text = `---\nsummary: S\ncategory: release\ndate: "2026-02-21"\nend: "2026-02-20"\ncertainty: inferred\nsources:\n  - outlet: AP\n${ADDED}---\n`;
    expect(checkContent(withSharedData({ [A]: text })).map((p) => p.field).sort()).toEqual(['certaintyNote', 'end', 'title']);
  });

  it('counts lines from the top of the file, after a byte-order mark and with Windows line endings', () => {
    const text = `\uFEFF---\r\ntitle: T\r\nsummary: S\r\ncategory: release\r\ndate: "2026-02-30"\r\nsources:\r\n  - outlet: AP\r\n${ADDED.replace('\n', '\r\n')}---\r\nBody\r\n`;
    expect(checkContent(withSharedData({ [A]: text }))).toEqual([
      expect.objectContaining({ file: A, line: 5, field: 'date', message: expect.stringContaining('"2026-02-30" is not a real calendar date') }),
    ]);
  });

  it('says the frontmatter is missing when the file does not start with ---', () => {
    expect(checkContent(withSharedData({ [A]: 'Only a body.\n' }))).toEqual([
      { file: A, line: 1, field: 'frontmatter', message: 'is missing (expected the fields between two --- lines at the top of the file)', severity: 'error' },
    ]);
  });

  it('reports a YAML syntax error on its line, and nothing else for that file', () => {
    const text = eventText(`date: "2026-01-08"\n${ADDED}actors: [foro-penal\n`, '\nBody.\n', '');
    expect(brief(checkContent(withSharedData({ [A]: text })))).toEqual([
      '9 yaml: This [ is never closed with ] (expected valid YAML)',
    ]);
  });

  it('refuses a field given twice instead of silently keeping the last one', () => {
    expect(brief(problemsFor('date: "2026-01-08"\ntitle: Again\n'))).toEqual(['8 yaml: The same key is given twice (expected valid YAML)']);
  });

  it('checks the frontmatter of a misnamed .md entry as well as naming the file', () => {
    const path = 'content/events/2026-01-08-releases-begin.md';
    const problems = checkContent(withSharedData({ [path]: eventText('date: "2026-02-30"\n') }));
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(['1 file', '7 date']);
  });

  it('reports a stray non-entry file in events/ once, without a cascade of frontmatter problems', () => {
    const problems = checkContent(withSharedData({ 'content/events/photo.jpg': '\u00ff\u00d8binary' }));
    expect(brief(problems)).toEqual(['1 file: is not an .mdx file, so it would not be published (expected photo.mdx)']);
  });

  it('refuses a file name that is not a lowercase-and-hyphens slug', () => {
    const problems = checkContent(withSharedData({ 'content/events/Releases Begin.mdx': eventText() }));
    expect(brief(problems)).toEqual([
      '1 file: "Releases Begin" is not a valid slug (expected lowercase letters, digits and hyphens, such as 2026-02-19-amnesty-law-passed.mdx)',
    ]);
  });

  it('blames the same file for a duplicate slug whatever order the files are given in', () => {
    const first = 'content/events/a/2026-01-08-releases-begin.mdx';
    const second = 'content/events/b/2026-01-08-releases-begin.mdx';
    const forwards = checkContent(withSharedData({ [first]: eventText(), [second]: eventText() }));
    const backwards = checkContent(withSharedData({ [second]: eventText(), [first]: eventText() }));
    expect(forwards).toEqual(backwards);
    expect(forwards).toEqual([expect.objectContaining({ file: second, field: 'file', message: expect.stringContaining(`already used by ${first}`) })]);
  });
});

describe('checkContent() on the data files', () => {
  const places = (text: string) => ({ places: { path: 'content/places.yaml', text } });
  const actors = (text: string) => ({ actors: { path: 'content/actors.yaml', text } });

  it('names a missing data file, and every reference that can no longer be resolved', () => {
    const problems = problemsFor('date: "2026-01-08"\nactors:\n  - foro-penal\n', { actors: null });
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual(['content/actors.yaml:1: file', `${A}:9: actors[1]`]);
    expect(problems[0]!.message).toBe('is missing (expected a YAML file that maps ids to records)');
  });

  it('names a missing data file inside the content folder given as dir', () => {
    const files = { ...withSharedData({}), metrics: null, dir: 'tests/fixtures/x' };
    expect(checkContent(files)).toEqual([expect.objectContaining({ file: 'tests/fixtures/x/metrics.yaml', field: 'file' })]);
  });

  it('lists every problem of a place, each on its own line, with the value found', () => {
    const text = 'caracas:\n  name: Caracas\n  kind: town\n  country: Venezuela\n  lat: 100\n  lon: "-66.9"\n  website: https://caracas.gob.ve\nMaracaibo:\n  name: Maracaibo\n  kind: city\n  country: Venezuela\n  lat: 10.6\n  lon: -71.6\n';
    expect(brief(checkContent(withSharedData({}, places(text))))).toEqual([
      '3 caracas.kind: found town (expected one of city, state, country, prison, building)',
      '5 caracas.lat: found 100 (expected a latitude in degrees between -90 and 90)',
      '6 caracas.lon: found "-66.9" (expected a longitude in degrees between -180 and 180)',
      '7 caracas.website: unknown field "website" (expected one of: name, kind, country, lat, lon, note)',
      '8 Maracaibo: "Maracaibo" is not a valid id (expected lowercase letters, digits and hyphens, such as "foro-penal")',
    ]);
  });

  it('refuses an actor website that is not https, and a memberOf that names no actor', () => {
    const text = 'foro-penal:\n  name: Foro Penal\n  kind: ngo\n  url: http://foropenal.com\nalfredo-romero:\n  name: Alfredo Romero\n  kind: person\n  memberOf: foro-penall\n';
    expect(brief(checkContent(withSharedData({}, actors(text))))).toEqual([
      '4 foro-penal.url: "http://foropenal.com" is not an https address (expected their website, starting with https://; leave the field out when there is none)',
      '8 alfredo-romero.memberOf: unknown actor "foro-penall" (did you mean "foro-penal"? expected an id from content/actors.yaml, or add it there)',
    ]);
  });

  it('explains that a data file must be a map from ids, not a list', () => {
    expect(brief(checkContent(withSharedData({}, { metrics: { path: 'content/metrics.yaml', text: '- released\n- detained\n' } })))).toEqual([
      '1 file: expected a map from ids to records, such as "foro-penal:" followed by its indented fields',
    ]);
  });

  it('marks every problem it finds as an error', () => {
    const problems = problemsFor('date: 2026-02-30\nactors:\n  - nobody\n', actors('x:\n  kind: alien\n'));
    expect(problems.length).toBeGreaterThan(3);
    expect(new Set(problems.map((p) => p.severity))).toEqual(new Set(['error']));
  });
});

describe('formatProblem() and formatReport()', () => {
  const error = (file: string, line: number, field = 'date'): Problem => ({ file, line, field, message: 'is wrong (expected right)', severity: 'error' });
  const warning = (file: string, line: number): Problem => ({ file, line, field: 'summary', message: 'is long', severity: 'warning' });

  it('prints a problem as file:line: field: message, as compilers do', () => {
    expect(formatProblem(error('content/events/a.mdx', 4))).toBe('content/events/a.mdx:4: date: is wrong (expected right)');
  });

  it('marks a warning as such after the location', () => {
    expect(formatProblem(warning('content/events/a.mdx', 3))).toBe('content/events/a.mdx:3: warning: summary: is long');
  });

  it('sorts by file, then line, then field, and ends with the count of errors and files', () => {
    const report = formatReport([error('b.mdx', 2), error('a.mdx', 10), error('a.mdx', 9, 'title'), error('a.mdx', 9, 'end')]);
    expect(report.split('\n')).toEqual([
      'a.mdx:9: end: is wrong (expected right)',
      'a.mdx:9: title: is wrong (expected right)',
      'a.mdx:10: date: is wrong (expected right)',
      'b.mdx:2: date: is wrong (expected right)',
      '4 errors in 2 files: fix them and run the command again.',
    ]);
  });

  it.each([
    ['no problems', [], 'Content OK.'],
    ['one warning', [warning('a.mdx', 1)], 'Content OK (1 warning).'],
    ['two warnings', [warning('a.mdx', 1), warning('b.mdx', 1)], 'Content OK (2 warnings).'],
    ['one error', [error('a.mdx', 1)], '1 error in 1 file: fix them and run the command again.'],
    ['an error and a warning', [error('a.mdx', 1), warning('b.mdx', 1)], '1 error in 1 file, 1 warning: fix them and run the command again.'],
  ])('with %s ends with %j', (_, problems, last) => {
    expect(formatReport(problems).split('\n').at(-1)).toBe(last);
  });

  it('counts only files that have errors, not files that only have warnings', () => {
    expect(formatReport([error('a.mdx', 1), error('a.mdx', 2), warning('b.mdx', 1)]).split('\n').at(-1)).toBe(
      '2 errors in 1 file, 1 warning: fix them and run the command again.',
    );
  });

  it('compareProblems() orders lines numerically, so line 9 comes before line 10', () => {
    expect([error('a', 10), error('a', 9)].sort(compareProblems).map((p) => p.line)).toEqual([9, 10]);
  });

  it.each([
    [['figures', 0, 'claimant'], 'figures[1].claimant'],
    [['actors', 2], 'actors[3]'],
    [['foro-penal', 'url'], 'foro-penal.url'],
    [[], 'frontmatter'],
  ])('formatFieldPath(%j) counts list positions from 1: %s', (path, shown) => {
    expect(formatFieldPath(path)).toBe(shown);
  });
});

describe('splitFrontmatter()', () => {
  it('returns the YAML between the --- lines, the line it starts on, and the body', () => {
    expect(splitFrontmatter('---\ntitle: T\n---\n\nBody.\n')).toEqual({ yaml: 'title: T', yamlFirstLine: 2, body: '\nBody.\n' });
  });

  it('accepts a byte-order mark, Windows line endings and spaces after the fences', () => {
    expect(splitFrontmatter('\uFEFF---  \r\ntitle: T\r\n--- \r\nBody')).toEqual({ yaml: 'title: T', yamlFirstLine: 2, body: 'Body' });
  });

  it('stops at the first closing fence, leaving a horizontal rule in the body alone', () => {
    expect(splitFrontmatter('---\ntitle: T\n---\nOne\n\n---\n\nTwo\n')).toEqual({ yaml: 'title: T', yamlFirstLine: 2, body: 'One\n\n---\n\nTwo\n' });
  });

  it('returns empty YAML for an empty frontmatter block', () => {
    expect(splitFrontmatter('---\n---\nBody').yaml).toBe('');
  });

  it.each(['Body only', 'title: T\n---\n', '---\ntitle: T\n', ' ---\ntitle: T\n---\n'])('finds no frontmatter in %j', (text) => {
    expect(splitFrontmatter(text)).toMatchObject({ yaml: null, yamlFirstLine: 1 });
  });
});

describe('parseYamlSource()', () => {
  const text = 'title: T\ndate: "2026-02-30"\nwhen: 2026-02-30\nsources:\n  - outlet: AP\n    url: x\n  - outlet: B\n';
  const source = parseYamlSource(text, 2);

  it.each([
    [['title'], 2],
    [['date'], 3],
    [['sources'], 5],
    [['sources', 0], 6],
    [['sources', 0, 'url'], 7],
    [['sources', 1, 'outlet'], 8],
  ])('lineOf(%j) is the file line of that field when the YAML starts on line 2', (path, line) => {
    expect(source.lineOf(path)).toBe(line);
  });

  it.each([
    [['sources', 1, 'title'], 8],
    [['sources', 5], 5],
    [['summary'], 2],
  ])('lineOf(%j) falls back to the nearest parent that exists', (path, line) => {
    expect(source.lineOf(path)).toBe(line);
  });

  it('reads an unquoted date as YAML 1.1 does (a timestamp rolled over to March), but rawOf() gives it as typed', () => {
    expect(source.data).toMatchObject({ date: '2026-02-30', when: new Date(Date.UTC(2026, 2, 2)) });
    expect(source.rawOf(['when'])).toBe('2026-02-30');
    expect(source.rawOf(['date'])).toBe('"2026-02-30"');
  });

  it('reports a syntax error with its file line and no data', () => {
    const broken = parseYamlSource('title: T\nactors: [a\n', 2);
    expect(broken.data).toBeNull();
    expect(broken.errors).toEqual([{ line: 3, message: 'This [ is never closed with ]' }]);
  });
});

describe('suggestions and slugs', () => {
  it.each([
    ['foro-penall', ['foro-penal', 'national-assembly'], 'foro-penal'],
    ['NGO', ['person', 'ngo'], 'ngo'],
    ['protests', ['protest', 'report'], 'protest'],
    ['maracaibo', ['caracas', 'el-helicoide'], undefined],
  ])('closest(%j) suggests %j', (name, candidates, guess) => {
    expect(closest(name, candidates)).toBe(guess);
  });

  it.each([
    ['content/events/2026-01-08-releases-begin.mdx', '2026-01-08-releases-begin'],
    ['content/events/2026/01/2026-01-08-releases-begin.mdx', '2026-01-08-releases-begin'],
    ['content/events/notes.txt', 'notes'],
  ])('slugOf(%j) is the file name without folder or extension', (path, slug) => {
    expect(slugOf(path)).toBe(slug);
  });
});

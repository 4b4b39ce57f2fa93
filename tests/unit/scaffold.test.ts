/**
 * `npm run new`: the slug made from a title, the checks on what the editor types, the template,
 * and the script itself run with flags against a temporary content folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { checkNewEntry, titleProblem } from '../../src/lib/scaffold/input.ts';
import { entryFileName, slugFromTitle, SLUG_MAX } from '../../src/lib/scaffold/slug.ts';
import { entryTemplate } from '../../src/lib/scaffold/template.ts';
import { schemaFields } from '../../src/lib/scaffold/field-reference.ts';
import { correctionSchema, eventSchema, figureSchema, sourceSchema } from '../../src/lib/schema/index.ts';
import { ERRORS_ROOT, readWithContentDir, withSharedData } from './helpers/content-fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** When the tests start an entry: 14:15 UTC, 10:15 in Caracas. */
const NOW = new Date('2026-02-25T14:15:42.600Z');
const ADDED = '2026-02-25T10:15:42-04:00';

describe('slugFromTitle()', () => {
  it.each([
    ['Amnesty Law passed', 'amnesty-law-passed'],
    ['Rodríguez signs the Amnesty Law at Miraflores', 'rodriguez-signs-the-amnesty-law-at-miraflores'],
    ['Government says courts granted 3,231 full freedoms', 'government-says-courts-granted-3231-full-freedoms'],
    ["Foro Penal's count: 109 verified", 'foro-penals-count-109-verified'],
    ['Foro Penal’s “discriminatory” exclusions!', 'foro-penals-discriminatory-exclusions'],
    ['  Operation Gedeón   fails  ', 'operation-gedeon-fails'],
    ['U.S. forces capture Maduro', 'u-s-forces-capture-maduro'],
  ])('%j -> %j', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it(`cuts a long title at a word boundary, within ${SLUG_MAX} characters`, () => {
    const slug = slugFromTitle('Relatives say some courts did not receive amnesty applications on Monday and Tuesday either');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toBe('relatives-say-some-courts-did-not-receive-amnesty');
  });

  it('names the file by date then slug, as the existing entries are named', () => {
    expect(entryFileName('2026-02', 'el-rodeo-hunger-strike')).toBe('2026-02-el-rodeo-hunger-strike.mdx');
  });
});

describe('checkNewEntry()', () => {
  it('accepts a date as precise as known, and makes the file name from the title', () => {
    expect(checkNewEntry({ date: '2026-02', title: 'Hunger strike at El Rodeo', category: 'protest' }, NOW)).toEqual({
      ok: true,
      entry: { date: '2026-02', title: 'Hunger strike at El Rodeo', category: 'protest', slug: 'hunger-strike-at-el-rodeo', fileName: '2026-02-hunger-strike-at-el-rodeo.mdx', added: ADDED },
    });
  });

  it('records when the entry was started, to the second, as Caracas reads it, whatever the machine’s zone', () => {
    const checked = checkNewEntry({ date: '2026-02-25', title: 'Late count', category: 'report' }, new Date('2026-02-26T03:59:59Z'));
    expect(checked.ok && checked.entry.added).toBe('2026-02-25T23:59:59-04:00');
  });

  it('uses a slug of the editor’s own when given', () => {
    const checked = checkNewEntry({ date: '2026-02-25', title: 'A very long headline', category: 'report', slug: 'short' }, NOW);
    expect(checked.ok && checked.entry.fileName).toBe('2026-02-25-short.mdx');
  });

  it('refuses, all at once, an impossible date, an unknown category and a missing title, with the schema’s words', () => {
    const checked = checkNewEntry({ date: '2026-02-30', title: ' ', category: 'relase' }, NOW);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems).toEqual([
      expect.stringMatching(/^date: "2026-02-30" is not a real calendar date: February 2026 has 28 days \(expected/),
      expect.stringMatching(/^title: is missing/),
      expect.stringMatching(/^category: "relase" is not a category \(did you mean "release"\? expected one of detention, release,/),
    ]);
  });

  it.each([
    ['03/01/2026', 'is not a date written as'],
    ['2026-13', 'has month 13'],
    ['999', 'is not a date written as'],
  ])('refuses the date %j', (date, words) => {
    const checked = checkNewEntry({ date, title: 'A title', category: 'release' }, NOW);
    expect(!checked.ok && checked.problems.join('\n')).toContain(words);
  });

  it('refuses a title with nothing to make a file name from, and a slug that is not lowercase-and-hyphens', () => {
    expect(titleProblem('!!!')).toContain('has no letters or digits');
    const checked = checkNewEntry({ date: '2026-02-25', title: 'Fine', category: 'report', slug: 'Not Valid' }, NOW);
    expect(!checked.ok && checked.problems).toEqual([expect.stringContaining('slug: "Not Valid" is not a valid slug')]);
  });
});

describe('entryTemplate()', () => {
  const text = entryTemplate({ title: 'Releases continue in Barinas', date: '2026-02-25', category: 'release', added: ADDED });
  const path = 'content/events/2026-02-25-releases-continue-in-barinas.mdx';

  it('passes the check with zero errors, and warns about each placeholder left to fill in', () => {
    const problems = checkContent(withSharedData({ [path]: text }), { today: '2026-11-22', warnings: true });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => `${p.field}: ${p.message.split(' (')[0]}`).sort()).toEqual([
      'body: still has the TODO placeholder',
      'sources[1].outlet: still has the TODO placeholder',
      'sources[1]: has no url and no note saying why',
      'summary: still has the TODO placeholder',
    ]);
  });

  it('starts the entry as a draft, with the title, date and category given', () => {
    const frontmatter = text.split('\n---\n')[0]!;
    expect(frontmatter).toMatch(/^draft: true /m);
    expect(frontmatter).toMatch(/^title: "Releases continue in Barinas" /m);
    expect(frontmatter).toMatch(/^date: "2026-02-25" /m);
    expect(frontmatter).toMatch(/^category: release /m);
    expect(frontmatter).toMatch(/^added: "2026-02-25T10:15:42-04:00" +# when it goes up on the site/m);
  });

  it('keeps a title with quotes and accents intact', () => {
    const title = 'Rodríguez calls it "an act of greatness": the law is signed';
    const tricky = entryTemplate({ title, date: '2026-02-19', category: 'legislation', added: ADDED });
    const problems = checkContent(withSharedData({ [path]: tricky }));
    expect(problems).toEqual([]);
    expect(tricky).toContain(`title: ${JSON.stringify(title)}`);
  });

  it('shows every field of an event, a source, a figure and a correction, each with a comment', () => {
    const lines = text.split('\n');
    const fields = (schema: Parameters<typeof schemaFields>[0]) => schemaFields(schema).map((field) => field.name);
    for (const name of [...fields(eventSchema), ...fields(sourceSchema), ...fields(figureSchema), ...fields(correctionSchema)]) {
      const line = lines.find((candidate) => new RegExp(`^[#\\s-]*${name}:`).test(candidate));
      expect(line, `the template shows ${name}`).toBeDefined();
      expect(line, `${name} has a comment`).toMatch(/\s# \S/);
    }
  });

  it('has only real field names in its commented-out lines: uncommenting them all gives no unknown field', () => {
    const uncommented = text.replace(/^(\s*)# (\s*)(?=[-a-zA-Z]+:|- )/gm, '$1$2');
    const problems = checkContent(withSharedData({ [path]: uncommented }));
    expect(problems.filter((p) => p.message.startsWith('unknown field') || p.field === 'yaml')).toEqual([]);
    expect(uncommented).toMatch(/^corrections:/m);
    expect(uncommented).toMatch(/^ {4}asOf:/m);
  });
});

describe('npm run new (scripts/new-entry.ts) with flags', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** A temporary content folder with the shared data files and an empty events/. */
  function tempContent(): string {
    dir = mkdtempSync(join(tmpdir(), 'new-entry-'));
    cpSync(join(ERRORS_ROOT, '_shared'), dir, { recursive: true });
    rmSync(join(dir, 'events'), { recursive: true, force: true });
    return dir;
  }

  function newEntry(content: string, ...args: string[]) {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/new-entry.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: result.status, out: `${result.stdout}${result.stderr}` };
  }

  it('writes content/events/<date>-<slug>.mdx, which passes the check with zero errors', async () => {
    const content = tempContent();
    const result = newEntry(content, '--date', '2026-02-25', '--title', 'Foro Penal verifies 150 releases', '--category', 'report');
    expect(result.code, result.out).toBe(0);
    const file = join(content, 'events/2026-02-25-foro-penal-verifies-150-releases.mdx');
    expect(existsSync(file)).toBe(true);
    expect(result.out).toContain('2026-02-25-foro-penal-verifies-150-releases.mdx');

    // Checked a minute after it was written: the time it wrote is now, not ahead of it.
    const problems = checkContent(await readWithContentDir(ROOT, content), { now: new Date(Date.now() + 60_000), warnings: true });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', field: 'summary', message: expect.stringContaining('still has the TODO placeholder') }));
    const added = /^added: "([^"]+)"/m.exec(readFileSync(file, 'utf8'))![1]!;
    expect(added).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-04:00$/);
    expect(Math.abs(Date.parse(added) - Date.now())).toBeLessThan(60_000);
  });

  it('refuses to overwrite an existing entry: exit 1, a clear message, the file untouched', () => {
    const content = tempContent();
    const args = ['--date', '2026-02-25', '--title', 'Foro Penal verifies 150 releases', '--category', 'report'];
    expect(newEntry(content, ...args).code).toBe(0);
    const file = join(content, 'events/2026-02-25-foro-penal-verifies-150-releases.mdx');
    const edited = `${readFileSync(file, 'utf8')}\nThe editor's own text.\n`;
    writeFileSync(file, edited);

    const again = newEntry(content, ...args);
    expect(again.code).toBe(1);
    expect(again.out).toContain('2026-02-25-foro-penal-verifies-150-releases.mdx already exists, so nothing was written');
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('refuses the same file name in a subfolder of events/ too, since it is the same address', () => {
    const content = tempContent();
    mkdirSync(join(content, 'events/february'), { recursive: true });
    writeFileSync(join(content, 'events/february/2026-02-25-same-name.mdx'), 'An entry filed in a subfolder.\n');
    const again = newEntry(content, '--date', '2026-02-25', '--title', 'Same name', '--category', 'report');
    expect(again.code).toBe(1);
    expect(again.out).toContain('events/february/2026-02-25-same-name.mdx already exists');
  });

  it('checks the date and category before writing anything: exit 1, every problem named', () => {
    const content = tempContent();
    const result = newEntry(content, '--date', '2026-02-30', '--title', 'Releases', '--category', 'relase');
    expect(result.code).toBe(1);
    expect(result.out).toContain('date: "2026-02-30" is not a real calendar date');
    expect(result.out).toContain('did you mean "release"?');
    expect(readdirSync(content)).not.toContain('events');
  });
});

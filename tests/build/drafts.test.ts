/**
 * Drafts and corrections in a real build: a copy of content/ plus a draft entry and a corrected
 * entry (tests/fixtures/editing/) is built to a temporary folder. The draft must be absent from
 * every file of the result; the corrected entry must be marked on the timeline and on its page.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/node/content-files.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { astroBuild, ROOT } from '../support/build.ts';
import { readEntries } from '../support/content.ts';

const WORK = join(ROOT, 'tests/.tmp/editing');
const CONTENT = join(WORK, 'drafts-content');
const DIST = join(WORK, 'drafts-dist');
const FIXTURES = join(ROOT, 'tests/fixtures/editing');

const DRAFT = '2026-02-22-draft-never-published';
const CORRECTED = '2026-02-25-corrected-count';
/** Words that only the draft contains: its slug, title, summary, outlet, body and figure. */
const DRAFT_MARKS = [DRAFT, 'Zzdraft', '424242', '424,242'];

/** Every file of the built site as text; gzip files (the search index) are unpacked first. */
function builtFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      let bytes = readFileSync(full);
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      return { path: relative(dir, full), text: bytes.toString('utf8') };
    });
}

const page = (path: string) => parse(readFileSync(join(DIST, path), 'utf8'));

describe('a build with a draft entry and a corrected entry', () => {
  beforeAll(async () => {
    rmSync(CONTENT, { recursive: true, force: true });
    rmSync(DIST, { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
    cpSync(join(FIXTURES, 'draft'), join(CONTENT, 'events'), { recursive: true });
    cpSync(join(FIXTURES, 'corrected'), join(CONTENT, 'events'), { recursive: true });
    const result = await astroBuild(DIST, { CONTENT_DIR: CONTENT });
    expect(result.code, result.output).toBe(0);
  });

  it('builds from a draft that is a valid entry, so only draft: true keeps it out', async () => {
    process.env.CONTENT_DIR = CONTENT;
    const problems = checkContent(await readContentFiles(ROOT));
    delete process.env.CONTENT_DIR;
    expect(problems).toEqual([]);
    expect(readFileSync(join(CONTENT, `events/${DRAFT}.mdx`), 'utf8')).toMatch(/^draft: true$/m);
  });

  it('gives the draft no page', () => {
    for (const edition of ['es', 'en']) {
      expect(existsSync(join(DIST, edition, 'events', DRAFT))).toBe(false);
      expect(existsSync(join(DIST, edition, 'events', CORRECTED, 'index.html'))).toBe(true);
    }
  });

  it('leaves no trace of the draft in any file: pages, timeline, facet pages, data files or search index', () => {
    const files = builtFiles(DIST);
    expect(files.length).toBeGreaterThan(20);
    const traces = files.flatMap((file) => DRAFT_MARKS.filter((mark) => file.path.includes(mark) || file.text.includes(mark)).map((mark) => `${file.path}: ${mark}`));
    expect(traces).toEqual([]);
    // The same search does find a published fixture entry, so it would have found the draft.
    const published = files.filter((file) => file.text.includes('Test entry with corrections')).map((file) => file.path);
    expect(published).toContain('en/index.html');
    expect(published).toContain(`en/events/${CORRECTED}/index.html`);
    expect(published.some((path) => /^pagefind\/en\/fragment\//.test(path)), 'the unpacked search index is searched too').toBe(true);
  });

  it('marks the corrected entry "Corrected" on the timeline, linking to its corrections, and no entry without corrections', () => {
    const home = page('en/index.html');
    const marks = home.querySelectorAll('.event-card .entry-stamps a');
    // The real entries that carry corrections are marked too; every other entry is not.
    const corrected = [CORRECTED, ...readEntries(join(CONTENT, 'events')).filter(({ data }) => data.corrections?.length).map(({ slug }) => slug)];
    expect(marks.map((mark) => mark.closest('.event-card')!.id).sort()).toEqual([...new Set(corrected)].sort());
    const mark = marks.find((one) => one.closest('.event-card')!.id === CORRECTED)!;
    expect(mark.text.replace(/\s+/g, ' ').trim()).toBe('Corrected 27 February 2026, 16:20');
    expect(mark.getAttribute('href')).toBe(`/en/events/${CORRECTED}/#corrections`);
  });

  it('shows "Corrected" with the latest correction at the top of the event page, and lists every correction', () => {
    const event = page(`en/events/${CORRECTED}/index.html`);
    const flag = event.querySelector('.event-page__header .entry-stamps a')!;
    expect(flag.text.replace(/\s+/g, ' ').trim()).toBe('Corrected 27 February 2026, 16:20');
    expect(flag.getAttribute('href')).toBe('#corrections');
    const items = event.querySelectorAll('#corrections li').map((item) => item.text.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      '26 February 2026: The count was first given as 190; the report says 109.',
      '27 February 2026, 16:20 (Caracas time): The outlet was first named wrongly.',
    ]);
  });

  it('shows no "Draft" badge anywhere in a build', () => {
    expect(builtFiles(DIST).filter((file) => file.path.endsWith('.html') && file.text.includes('class="draft-badge'))).toEqual([]);
  });
});
